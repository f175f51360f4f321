// Invalid UTF-8 decodes to U+FFFD per maximal subpart; lone surrogates encode as EF BF BD.
const show = (bytes) => JSON.stringify(Buffer.from(bytes).toString());
console.log(show([0xe2, 0x82, 0xac]), show([0xe2, 0x82]), show([0xe2, 0x82, 0x41]));
console.log(show([0xc0, 0x80]), show([0xed, 0xa0, 0x80]), show([0xf4, 0x90, 0x80, 0x80]));
console.log(show([0xff, 0xfe, 0x41]), show([0xf0, 0x9f, 0x98, 0x80]), show([0x80]));
console.log(Buffer.from('\ud800'), Buffer.from('a\udc00b'), Buffer.from('\ud83d\ude00'));
console.log(Buffer.byteLength('\ud800'), Buffer.byteLength('😀'), Buffer.byteLength('€'));
