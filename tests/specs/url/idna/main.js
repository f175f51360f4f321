// Hosts go through IDNA: Unicode labels become Punycode; domainToASCII/domainToUnicode.
const url = require('url');
for (const host of ['bücher.de', 'FAß.de', 'xn--fa-hia.de', 'ＥＸＡＭＰＬＥ．com', 'ශ්‍රී.lk', 'a.b.c.中国', '☕.example']) {
  console.log(host, new URL(`http://${host}/`).hostname);
}
for (const bad of ['xn--a.ß', 'a\u200D.com', '\uFFFD.com', 'a%41.com']) {
  try { console.log(JSON.stringify(bad), new URL(`http://${bad}/`).hostname); } catch (e) { console.log(JSON.stringify(bad), e.code); }
}
console.log(url.domainToASCII('español.com'), url.domainToASCII('xn--iñvalid.com') === '', url.domainToASCII(''));
console.log(url.domainToUnicode('xn--espaol-zwa.com'), url.domainToUnicode('xn--fa-hia.de'), JSON.stringify(url.domainToUnicode('xn--iñvalid.com')));
console.log(url.domainToASCII('1.2.3'), url.domainToUnicode('EXAMPLE.com'));
