// ArrayBuffer shows its bytes in hex; DataView its window.
const { inspect } = require('util');
const buffer = new ArrayBuffer(4);
new Uint8Array(buffer).set([1, 2, 255, 16]);
console.log(inspect(buffer));
console.log(inspect(new DataView(buffer, 1, 2)));
console.log(inspect(new ArrayBuffer(120)));
console.log(inspect({ nested: buffer }));
