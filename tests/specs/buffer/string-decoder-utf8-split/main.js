// StringDecoder holds back a UTF-8 character split across chunks until it is complete.
const { StringDecoder } = require('string_decoder');
const decoder = new StringDecoder('utf8');
const euro = [0xe2, 0x82, 0xac];
console.log(JSON.stringify(decoder.write(Buffer.from([0x61, euro[0]]))), decoder.lastNeed, decoder.lastTotal);
console.log(JSON.stringify(decoder.write(Buffer.from([euro[1]]))), decoder.lastNeed, decoder.lastTotal);
console.log(JSON.stringify(decoder.write(Buffer.from([euro[2], 0x62]))), decoder.lastNeed);
const smile = Buffer.from('😀');
for (let cut = 1; cut < 4; cut++) {
  const parts = [decoder.write(smile.subarray(0, cut)), decoder.write(smile.subarray(cut))];
  console.log(cut, JSON.stringify(parts));
}
console.log(JSON.stringify(decoder.write(Buffer.from([0xe2, 0x82]))), JSON.stringify(decoder.write(Buffer.from('A'))));
console.log(JSON.stringify(decoder.write(Buffer.from([0xf0, 0x9f]))), JSON.stringify(decoder.end()));
console.log(JSON.stringify(decoder.end(Buffer.from([0xc3]))), JSON.stringify(decoder.write(Buffer.from([0xa9]))));
