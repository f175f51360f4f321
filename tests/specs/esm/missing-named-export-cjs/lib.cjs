exports.known = 1;
const name = 'notDetected';
exports[name] = 2;
