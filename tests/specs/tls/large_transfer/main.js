// 8 MiB each way through TLS with backpressure (write() returning false, 'drain', a paused
// reader), checked by SHA-256; writev of many small chunks; bytesWritten/bytesRead.
const fs = require('fs');
const path = require('path');
const tls = require('tls');
const f = (n) => fs.readFileSync(path.join(__dirname, '../../../fixtures/tls', n));
const crypto = require('crypto');
const big = Buffer.alloc(8 << 20);
for (let i = 0; i < big.length; i++) big[i] = Math.imul(i, 2654435761) >>> 24;
const digest = (b) => crypto.createHash('sha256').update(b).digest('hex').slice(0, 16);
const server = tls.createServer({ key: f('agent-key.pem'), cert: f('agent-cert.pem'), allowHalfOpen: true }, (s) => {
  const chunks = [];
  s.on('data', (d) => chunks.push(d));
  s.on('end', () => {
    const got = Buffer.concat(chunks);
    console.log('server got', got.length, digest(got) === digest(big));
    let drains = 0;
    s.on('drain', () => drains++);
    let offset = 0;
    const pump = () => {
      while (offset < big.length) {
        const ok = s.write(big.subarray(offset, offset + 65536));
        offset += 65536;
        if (!ok) return s.once('drain', pump);
      }
      s.end(() => console.log('server wrote all, drained', drains > 0));
    };
    pump();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: f('ca-cert.pem'), allowHalfOpen: true }, () => {
    c.cork();
    for (let i = 0; i < 1000; i++) c.write(big.subarray(i * 100, (i + 1) * 100));
    c.uncork();
    c.end(big.subarray(100000));
  });
  const chunks = [];
  c.pause();
  setTimeout(() => c.resume(), 200);
  c.on('data', (d) => chunks.push(d));
  c.on('end', () => {
    const got = Buffer.concat(chunks);
    console.log('client got', got.length, digest(got) === digest(big), c.bytesRead > got.length, c.bytesWritten > big.length);
    server.close();
  });
});
