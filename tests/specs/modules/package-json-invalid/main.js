try {
  require('./pkg');
} catch (error) {
  console.log(error.name, error.code);
  console.log(error.message.replace(__dirname, '<dir>'));
}
