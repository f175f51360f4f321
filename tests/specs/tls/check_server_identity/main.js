// tls.checkServerIdentity: DNS names with and without wildcards, IP addresses (IPv6 in any
// spelling), the Common Name only when there are no DNS names, trailing dots, case, quoted names.
const tls = require('tls');
const check = (host, cert) => {
  const err = tls.checkServerIdentity(host, cert);
  console.log(JSON.stringify(host), err === undefined ? 'ok' : `${err.code} ${err.message} | ${err.reason} | ${err.host}`);
};
const dns = (s) => ({ subject: { CN: 'ignored.example' }, subjectaltname: s });
check('a.example.com', dns('DNS:a.example.com'));
check('A.Example.COM.', dns('DNS:a.example.com'));
check('b.example.com', dns('DNS:a.example.com, DNS:*.example.com'));
check('x.y.example.com', dns('DNS:*.example.com'));
check('example.com', dns('DNS:*.example.com'));
check('foo.com', dns('DNS:*.com'));
check('www.example.com', dns('DNS:w*.example.com'));
check('www.example.com', dns('DNS:*w.example.com'));
check('www.example.com', dns('DNS:w*w*.example.com'));
check('xn--abc.example.com', dns('DNS:xn--*.example.com'));
check('ignored.example', dns('DNS:a.example.com'));
check('127.0.0.1', dns('DNS:localhost, IP Address:127.0.0.1'));
check('127.0.0.2', dns('DNS:localhost, IP Address:127.0.0.1'));
check('::1', dns('IP Address:0:0:0:0:0:0:0:1'));
check('0:0::1', dns('IP Address:0:0:0:0:0:0:0:1'));
check('2001:DB8::A', dns('IP Address:2001:DB8:0:0:0:0:0:A'));
check('127.0.0.1', { subject: { CN: '127.0.0.1' } });
check('cn.example', { subject: { CN: 'cn.example' } });
check('cn.example', { subject: { CN: ['other.example', 'cn.example'] } });
check('cn.example', { subject: { CN: 'other.example' } });
check('cn.example', { subject: {} });
check('a,b.example', dns('DNS:"a,b.example"'));
check('a.example', dns('DNS:"a,b.example", DNS:a.example'));
check('a.example', dns('email:x@a.example, URI:https://a.example/'));
try {
  tls.checkServerIdentity('a.example', dns('DNS:"unterminated'));
} catch (e) {
  console.log(e.name, e.code, e.message);
}
