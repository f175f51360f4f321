try {
  require('./pkg');
} catch (error) {
  console.log(error.message);
  console.log(error.code);
  console.log(error.path.replace(__dirname, '<dir>'));
  console.log(error.requestPath);
}
