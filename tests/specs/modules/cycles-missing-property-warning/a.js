exports.early = 'early';
require('./b');
exports.late = 'late';
