require('./b');
