// serialization: 'advanced' carries what JSON cannot: Buffers, typed arrays, Maps, BigInt,
// Dates, undefined.
const { fork } = require('child_process');
if (process.argv[2] === 'child') {
  process.on('message', (m) => {
    process.send({ echo: m, types: Object.values(m).map((v) => Object.prototype.toString.call(v)) });
    process.disconnect();
  });
} else {
  const child = fork(__filename, ['child'], { serialization: 'advanced' });
  child.on('message', (m) => console.log(m));
  child.on('exit', (code) => console.log('exit', code));
  child.send({
    buf: Buffer.from('hi'),
    u16: new Uint16Array([1, 65535]),
    f64: new Float64Array([0.5]),
    map: new Map([['k', new Set([1])]]),
    big: 2n ** 70n,
    date: new Date(0),
    undef: undefined,
    nested: { arr: [1, [2, [3]]] },
  });
}
