// Buffer() and new Buffer() still work and warn once with DEP0005.
console.log(Buffer(3), new Buffer('ab'), new Buffer([1, 2]), Buffer('6869', 'hex'));
try {
  Buffer(2, 'utf8');
} catch (err) {
  console.log(err.name, err.code, err.message);
}
