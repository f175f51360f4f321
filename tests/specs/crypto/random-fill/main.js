// randomFillSync and randomFill over Buffers, typed arrays, DataViews and ArrayBuffers.
const crypto = require('crypto');
const zeroCount = (u8) => u8.reduce((n, b) => n + (b === 0 ? 1 : 0), 0);
const buf = Buffer.alloc(64);
console.log(crypto.randomFillSync(buf) === buf, zeroCount(buf) < 10);
const part = Buffer.alloc(16);
crypto.randomFillSync(part, 4, 8);
console.log(zeroCount(part.subarray(0, 4)), zeroCount(part.subarray(12)), zeroCount(part.subarray(4, 12)) < 4);
const u32 = new Uint32Array(8);
crypto.randomFillSync(u32, 2, 4);
console.log(u32[0], u32[1], u32[6], u32[7], u32.subarray(2, 6).every((x) => x !== 0));
const ab = new ArrayBuffer(32);
console.log(crypto.randomFillSync(ab) === ab, zeroCount(new Uint8Array(ab)) < 8);
const dv = new DataView(new ArrayBuffer(8));
crypto.randomFillSync(dv);
console.log(dv.getUint32(0) !== 0 || dv.getUint32(4) !== 0);
// One after another: thread-pool jobs may finish in any order.
crypto.randomFill(Buffer.alloc(8), (err, b) => {
  console.log('cb1', err, b.length);
  crypto.randomFill(Buffer.alloc(8), 4, (err, b) => {
    console.log('cb2', err, zeroCount(b.subarray(0, 4)));
    crypto.randomFill(Buffer.alloc(8), 2, 2, (err, b) => {
      console.log('cb3', err, zeroCount(b.subarray(4)));
      crypto.randomFill(Buffer.alloc(8), 8, (err, b) => console.log('cb4 (size 0)', err, b.length));
    });
  });
});
function t(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(`${e.name} ${e.code} ${e.message}`); }
}
t(() => crypto.randomFillSync(1));
t(() => crypto.randomFillSync('abc'));
t(() => crypto.randomFillSync(Buffer.alloc(4), 5));
t(() => crypto.randomFillSync(Buffer.alloc(4), -1));
t(() => crypto.randomFillSync(Buffer.alloc(4), 1, 4));
t(() => crypto.randomFillSync(Buffer.alloc(4), '1'));
t(() => crypto.randomFillSync(new Uint32Array(4), 5));
t(() => crypto.randomFillSync(new Uint32Array(4), 1, 4));
t(() => crypto.randomFill(Buffer.alloc(4)));
t(() => crypto.randomFill(Buffer.alloc(4), 1, 2));
t(() => crypto.randomFill(Buffer.alloc(4), 5, () => {}));
console.log('sync done');
