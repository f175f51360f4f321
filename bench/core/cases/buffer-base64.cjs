'use strict';
// buf.toString('base64') and Buffer.from(string, 'base64') on 1 MB of bytes, 50 round trips.
const bytes = Buffer.alloc(1 << 20);
for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
let total = 0;
for (let i = 0; i < 50; i++) {
  const encoded = bytes.toString('base64');
  total += Buffer.from(encoded, 'base64').length;
}
if (total !== bytes.length * 50) throw new Error('round trip lost bytes');
