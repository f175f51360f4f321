'use strict';
// Buffer.from(string, 'utf8') and buf.toString('utf8') on 1 MB of mixed ASCII and non-ASCII
// text, 50 round trips.
const text = ('The quick brown fox — jumps över the lazy dög; 速い茶色の狐 🦊. ').repeat(16000)
  .slice(0, 1 << 20);
let total = 0;
for (let i = 0; i < 50; i++) {
  const buf = Buffer.from(text, 'utf8');
  total += buf.toString('utf8').length;
}
if (total !== text.length * 50) throw new Error('round trip lost characters');
