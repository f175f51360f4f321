const dns = require('dns');
dns.lookup('does-not-exist.invalid', (err, address) => {
  console.log(err.message, err.code, err.syscall, err.hostname, typeof err.errno, address);
});
dns.lookup('', (err, address, family) => console.log('empty:', err, address, family));
