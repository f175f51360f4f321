module.exports = 'config (require)';
