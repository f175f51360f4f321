// IPv4 in every notation and IPv6 hosts are parsed and serialized canonically.
for (const host of ['127.0.0.1', '0x7f.1', '0177.0.0.1', '2130706433', '0x7F000001', '127.1', '1.2.3.4.',
  '[::1]', '[0:0:0:0:0:0:0:1]', '[2001:db8::ff00:42:8329]', '[::ffff:192.168.0.1]', '[1:0:0:2:0:0:0:3]']) {
  const url = new URL(`http://${host}/`);
  console.log(host, url.hostname, url.host);
}
for (const bad of ['1.2.3.4.5', '256.0.0.1', '[::1::]', '[1:2:3:4:5:6:7:8:9]', '0x100000000', '[::1]x']) {
  try { new URL(`http://${bad}/`); console.log(bad, 'parsed'); } catch (e) { console.log(bad, e.code); }
}
console.log(new URL('http://[::1]:8080/').port, new URL('sc://[::1]/').host);
