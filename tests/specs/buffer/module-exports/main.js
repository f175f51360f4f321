// node:buffer exports, constants and the global Buffer.
const buffer = require('node:buffer');
console.log(Object.keys(buffer));
console.log(buffer.constants, buffer.kMaxLength, buffer.kStringMaxLength, buffer.INSPECT_MAX_BYTES);
console.log(globalThis.Buffer === buffer.Buffer, require('buffer') === buffer, typeof buffer.SlowBuffer);
console.log(buffer.atob('aGk='), buffer.btoa('hi'), buffer.resolveObjectURL('blob:nodedata:x'));
const slow = buffer.SlowBuffer(3);
console.log(slow.length, slow instanceof Buffer, Object.getPrototypeOf(Buffer) === Uint8Array);
console.log(Buffer.from('x') instanceof Uint8Array, Buffer.from('x').constructor.name, Buffer.name, Buffer.length);
console.log(Buffer.from('abc').map((byte) => byte + 1), Buffer.from('abc').parent.byteLength, Buffer.from('xyz').offset >= 0);
