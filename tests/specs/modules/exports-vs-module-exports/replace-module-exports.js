module.exports = { replaced: true };
