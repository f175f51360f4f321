// Small allocUnsafe()/from() results are slices of one shared 8 KiB pool, 8-byte aligned.
const a = Buffer.allocUnsafe(10);
const b = Buffer.allocUnsafe(10);
console.log(Buffer.poolSize, a.buffer === b.buffer, a.buffer.byteLength);
console.log('aligned gap', b.byteOffset - a.byteOffset);
const c = Buffer.from('abc');
const d = Buffer.from([1, 2, 3]);
console.log('from shares the pool', c.buffer === b.buffer, d.buffer === c.buffer, d.byteOffset - c.byteOffset);
console.log('half a pool or more is not pooled', Buffer.allocUnsafe(4096).buffer.byteLength);
console.log('just under half is', Buffer.allocUnsafe(4095).buffer.byteLength);
console.log('allocUnsafeSlow never is', Buffer.allocUnsafeSlow(10).buffer.byteLength);
console.log('alloc never is', Buffer.alloc(10).buffer.byteLength);
console.log('empty', Buffer.allocUnsafe(0).buffer.byteLength);
