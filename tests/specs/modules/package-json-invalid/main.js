try {
  require('./pkg');
} catch (error) {
  console.log(error.name, error.code, error instanceof SyntaxError);
  console.log(error.path === require('path').join(__dirname, 'pkg', 'package.json'));
  console.log(error.message.replace(__dirname, '<dir>'));
}
