// Buffer.from of arrays, array-likes, typed arrays and objects with valueOf/toPrimitive.
console.log(Buffer.from([1, 2, 255, 256, -1, 1.9, 'x', '7']));
console.log(Buffer.from({ length: 3, 0: 65, 2: 67 }), Buffer.from({ length: 'x' }));
console.log(Buffer.from({ type: 'Buffer', data: [104, 105] }));
console.log(Buffer.from(new Uint16Array([1, 258, 65535])));
console.log(Buffer.from(new String('str')));
console.log(Buffer.from({ valueOf() { return 'from valueOf'; } }));
console.log(Buffer.from({ [Symbol.toPrimitive]() { return 'prim'; } }));
console.log(Buffer.from({ valueOf() { return [1, 2]; } }));
console.log(Buffer.of(1, 2, 300), Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1));
for (const value of [5, null, undefined, Symbol('s'), {}, () => {}]) {
  try {
    Buffer.from(value);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
