const net = require('net');
for (const s of ['127.0.0.1', '255.255.255.255', '256.0.0.1', '1.2.3', '::1', '::', 'fe80::1%eth0',
  '2001:db8::ff00:42:8329', '::ffff:192.168.0.1', 'hello', '', 1, '01.2.3.4', ':::1', undefined]) {
  console.log(JSON.stringify(s), net.isIP(s), net.isIPv4(s), net.isIPv6(s));
}
