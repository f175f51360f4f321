// node:punycode encodes and decodes labels and domains, as punycode.js 2.1.0.
const punycode = require('punycode');
console.log(punycode.version, Object.keys(punycode), Object.keys(punycode.ucs2));
console.log(punycode.encode('mañana'), punycode.decode('maana-pta'), punycode.encode('☃-⌘'), punycode.decode('--dqo34k'));
console.log(punycode.toASCII('mañana.com'), punycode.toASCII('джумла@джpумлатест.bрфa'), punycode.toUnicode('xn--maana-pta.com'));
console.log(punycode.toUnicode('user@xn--maana-pta.com'), punycode.toASCII('example.com'), punycode.toASCII('a。b．c｡d'));
console.log(punycode.ucs2.decode('\uD834\uDF06a'), punycode.ucs2.encode([0x1D306, 97]));
for (const bad of ['ab-\u00ff', '99999999999999']) {
  try { punycode.decode(bad); } catch (e) { console.log(e.name, e.message); }
}
