// slice() and subarray() are views of the same memory (unlike Uint8Array#slice).
const buf = Buffer.from('abcdef');
const part = buf.slice(1, 4);
part[0] = 0x5a;
console.log(buf.toString(), part.toString(), part.buffer === buf.buffer, part instanceof Buffer);
console.log(buf.subarray(-2).toString(), buf.slice(4, 1).length, buf.slice(1.5, 3.5).toString(), buf.slice('2').toString());
console.log(buf.slice(-100, 2).toString(), buf.slice(0, Infinity).toString(), buf.slice(NaN, 2).toString());
console.log(Uint8Array.prototype.slice.call(buf, 0, 1).buffer === buf.buffer);
