const dns = require('dns');
dns.lookup('localhost', { family: 4 }, (err, address, family) => {
  console.log('family 4:', err, address, family);
  dns.lookup('localhost', { all: true, family: 4 }, (err, addresses) => {
    console.log('all:', err, JSON.stringify(addresses));
    dns.lookup('127.0.0.1', (err, address, family) => {
      console.log('ip literal:', err, address, family);
      dns.lookup('::1', { all: true }, (err, addresses) => console.log('ip6 literal all:', err, JSON.stringify(addresses)));
    });
  });
});
console.log(dns.getDefaultResultOrder(), typeof dns.lookup('localhost', () => {}));
