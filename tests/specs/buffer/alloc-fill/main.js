// Buffer.alloc zero-fills, or fills with a number, string (in an encoding) or buffer.
console.log(Buffer.alloc(4));
console.log(Buffer.alloc(5, 1), Buffer.alloc(5, 257), Buffer.alloc(5, -1));
console.log(Buffer.alloc(5, 'ab'), Buffer.alloc(5, '€'));
console.log(Buffer.alloc(5, 'aGk=', 'base64'), Buffer.alloc(5, '0102', 'hex'));
console.log(Buffer.alloc(5, 'é', 'latin1'), Buffer.alloc(6, 'ab', 'ucs2'));
console.log(Buffer.alloc(5, Buffer.from([7, 8])), Buffer.alloc(0, 'x'), Buffer.alloc(3, ''));
