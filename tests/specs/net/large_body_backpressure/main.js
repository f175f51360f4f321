const net = require('net');
const crypto = require('crypto');
const SIZE = 8 * 1024 * 1024;
const data = Buffer.alloc(SIZE);
for (let i = 0; i < SIZE; i++) data[i] = (i * 31 + 7) & 0xff;
const server = net.createServer((s) => {
  const chunks = [];
  let paused = false;
  s.on('data', (d) => {
    chunks.push(d);
    if (!paused) {
      paused = true;
      s.pause();
      setTimeout(() => s.resume(), 20);
    }
  });
  s.on('end', () => {
    const got = Buffer.concat(chunks);
    console.log('server received', got.length, got.equals(data));
    s.end(crypto.createHash('sha256').update(got).digest('hex'));
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let writes = 0, falses = 0, drains = 0;
  let offset = 0;
  function pump() {
    while (offset < SIZE) {
      const chunk = data.subarray(offset, offset + 65536);
      offset += chunk.length;
      writes++;
      if (!c.write(chunk)) { falses++; c.once('drain', () => { drains++; pump(); }); return; }
    }
    c.end();
  }
  c.on('connect', pump);
  let reply = '';
  c.on('data', (d) => { reply += d; });
  c.on('end', () => {
    console.log('hash ok', reply === crypto.createHash('sha256').update(data).digest('hex'));
    console.log('writes', writes, 'backpressure seen', falses > 0, falses === drains);
    console.log('bytesWritten', c.bytesWritten);
    server.close();
  });
});
