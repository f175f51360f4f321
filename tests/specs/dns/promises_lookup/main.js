const dnsPromises = require('dns/promises');
const dns = require('dns');
const util = require('util');
(async () => {
  console.log(await dnsPromises.lookup('localhost', { family: 4 }));
  console.log(await dns.promises.lookup('127.0.0.1', { all: true }));
  console.log(await util.promisify(dns.lookup)('localhost', 4));
  try {
    await dnsPromises.lookup('does-not-exist.invalid');
  } catch (e) {
    console.log(e.message, e.code, e.syscall, e.hostname);
  }
})();
