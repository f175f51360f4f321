const module = { value: 1 };
exports.result = 'plain CommonJS';
