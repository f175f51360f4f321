const decoder = new TextDecoder();
console.log(decoder.encoding, decoder.fatal, decoder.ignoreBOM);
console.log(decoder.decode(new Uint8Array([104, 195, 169, 108, 108, 111, 32, 226, 130, 172])));
console.log(JSON.stringify(decoder.decode(new Uint8Array([0xff, 0x61, 0xc3]))));
console.log(decoder.decode(), JSON.stringify(decoder.decode(new ArrayBuffer(0))));
console.log(decoder.decode(new DataView(new Uint8Array([111, 107]).buffer)));
console.log(new TextDecoder('UTF8').encoding, new TextDecoder(' utf-8 ').encoding, new TextDecoder('unicode-1-1-utf-8').encoding);
try { new TextDecoder('no-such-encoding'); } catch (e) { console.log(e.name, e.code, e.message); }
try { decoder.decode('string'); } catch (e) { console.log(e.name, e.code, e.message); }
