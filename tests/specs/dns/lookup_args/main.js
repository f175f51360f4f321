const dns = require('dns');
function t(f) {
  try { f(); console.log('no throw'); } catch (e) { console.log(e.code, e.name, e.message); }
}
t(() => dns.lookup(5, () => {}));
t(() => dns.lookup('localhost'));
t(() => dns.lookup('localhost', 'x', () => {}));
t(() => dns.lookup('localhost', { family: 5 }, () => {}));
t(() => dns.lookup('localhost', { all: 'yes' }, () => {}));
t(() => dns.lookup('localhost', { hints: 'x' }, () => {}));
t(() => dns.lookup('localhost', { hints: 1 << 20 }, () => {}));
t(() => dns.lookup('localhost', { order: 'random' }, () => {}));
t(() => dns.setDefaultResultOrder('nope'));
t(() => dns.lookup('localhost', 7, () => {}));
console.log(dns.ADDRCONFIG > 0, dns.V4MAPPED > 0, dns.NOTFOUND);
