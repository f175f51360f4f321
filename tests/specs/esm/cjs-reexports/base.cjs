exports.base1 = 'b1';
exports.base2 = 'b2';
