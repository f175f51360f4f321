module.exports = 'resolved against __dirname, not cwd';
