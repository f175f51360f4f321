console.log(require('./app/src/deep/file.js'));
