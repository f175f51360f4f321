try {
  process.chdir('does-not-exist');
} catch (e) {
  console.log(e.name, e.code, e.errno === -2, e.syscall);
  console.log(e.message.replace(__dirname, '<dir>'));
  console.log(e.path, e.dest);
}
process.chdir('does-not-exist-either');
