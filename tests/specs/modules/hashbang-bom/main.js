console.log(require('./both'));
