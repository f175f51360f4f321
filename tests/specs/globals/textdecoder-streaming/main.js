const bytes = new TextEncoder().encode('a€b𝄞c');
const decoder = new TextDecoder();
let out = '';
for (const b of bytes) out += decoder.decode(new Uint8Array([b]), { stream: true });
out += decoder.decode();
console.log(out, out === 'a€b𝄞c');
const partial = new TextDecoder();
console.log(JSON.stringify(partial.decode(new Uint8Array([0xe2, 0x82]), { stream: true })));
console.log(JSON.stringify(partial.decode()));
const fatal = new TextDecoder('utf-8', { fatal: true });
fatal.decode(new Uint8Array([0xf0, 0x9d]), { stream: true });
try { fatal.decode(); } catch (e) { console.log(e.code); }
console.log(JSON.stringify(fatal.decode(new Uint8Array([0x7a]))));
