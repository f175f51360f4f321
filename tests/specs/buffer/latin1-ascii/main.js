// latin1 keeps the low byte of each code unit; ascii decoding clears the high bit.
console.log(Buffer.from('é€ÿ', 'latin1'), Buffer.from('é€', 'ascii'), Buffer.from('\u0141', 'binary'));
const bytes = Buffer.from([0x41, 0xe9, 0xff, 0x80, 0x7f]);
console.log(JSON.stringify(bytes.toString('latin1')), JSON.stringify(bytes.toString('ascii')));
console.log(Buffer.byteLength('é€', 'latin1'), Buffer.byteLength('é€', 'ascii'));
