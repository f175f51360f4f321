const s = new SharedArrayBuffer(4);
const c = structuredClone({ a: s, b: s, d: [s], v: new Int32Array(s) });
c.v[0] = 9;
console.log(c.a === c.b, c.a === c.d[0], c.a.byteLength, new Int32Array(s)[0]);
