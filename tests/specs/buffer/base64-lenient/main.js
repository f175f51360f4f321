// base64 decoding accepts both alphabets, skips junk and whitespace, stops at '='.
const cases = ['aGVsbG8=', 'aGVsbG8', 'aGVs bG8\n', 'aG!V*sbG8', 'aGk=aGk=', 'a', 'aG', 'aGV',
  '_-_-', '+/+/', 'QUJDRA===', '=QUJD'];
for (const text of cases) {
  console.log(JSON.stringify(text).padEnd(14), Buffer.from(text, 'base64'), Buffer.from(text, 'base64url'),
    Buffer.byteLength(text, 'base64'));
}
const bytes = Buffer.from([0xfb, 0xff, 0xbf, 0x00]);
console.log(bytes.toString('base64'), bytes.toString('base64url'), bytes.subarray(0, 1).toString('base64'));
