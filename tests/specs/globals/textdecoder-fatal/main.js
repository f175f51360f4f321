const decoder = new TextDecoder('utf-8', { fatal: true });
console.log(decoder.fatal);
console.log(decoder.decode(new Uint8Array([0x6f, 0x6b])));
for (const bytes of [[0xff], [0xc3], [0xed, 0xa0, 0x80], [0xe2, 0x82]]) {
  try {
    decoder.decode(new Uint8Array(bytes));
    console.log('decoded');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(decoder.decode(new Uint8Array([0x61])));
