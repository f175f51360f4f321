const withBom = new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x62]);
console.log(JSON.stringify(new TextDecoder().decode(withBom)));
const keep = new TextDecoder('utf-8', { ignoreBOM: true });
console.log(keep.ignoreBOM, JSON.stringify(keep.decode(withBom)), keep.decode(withBom).length);
const d = new TextDecoder();
console.log(JSON.stringify(d.decode(new Uint8Array([0xef, 0xbb]), { stream: true }) + d.decode(new Uint8Array([0xbf, 0x63]))));
console.log(JSON.stringify(d.decode(withBom)), JSON.stringify(d.decode(withBom)));
