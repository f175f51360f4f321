// Long hex text: decoding stops at the first pair that is not two hex digits, wherever it is;
// uppercase digits are accepted; an odd last digit is dropped.
const bytes = Buffer.alloc(500);
for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
const hex = bytes.toString('hex');
console.log(hex.length, hex.slice(0, 40), hex.slice(-40));
console.log(Buffer.from(hex.toUpperCase(), 'hex').equals(bytes));
for (const at of [0, 1, 31, 32, 33, 63, 64, 65, 500, 999]) {
  const bad = hex.slice(0, at) + 'g' + hex.slice(at + 1);
  console.log(at, Buffer.from(bad, 'hex').length);
}
console.log(Buffer.from(hex + 'a', 'hex').length);
const target = Buffer.alloc(40);
console.log(target.write(hex, 'hex'), target.equals(bytes.subarray(0, 40)));
console.log(Buffer.from('\u0161' + hex.slice(1, 100), 'hex').toString('hex'));
