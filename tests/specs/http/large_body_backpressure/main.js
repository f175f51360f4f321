// Large bodies both ways, written with write() until it returns false, then 'drain'.
const http = require('http');
const SIZE = 8 * 1024 * 1024;
const chunk = Buffer.alloc(64 * 1024, 'x');
function writeAll(stream, total, done) {
  let written = 0;
  let drains = 0;
  function more() {
    while (written < total) {
      written += chunk.length;
      if (!stream.write(chunk)) {
        drains++;
        stream.once('drain', more);
        return;
      }
    }
    stream.end(() => done(drains));
  }
  more();
}
const server = http.createServer((req, res) => {
  let received = 0;
  req.on('data', (d) => { received += d.length; });
  req.on('end', () => {
    console.log('server received', received);
    writeAll(res, SIZE, (drains) => console.log('server waited for drain', drains > 0));
  });
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'PUT' }, (res) => {
    let got = 0;
    let paused = false;
    res.on('data', (d) => {
      got += d.length;
      if (!paused && got > SIZE / 2) {
        // A slow consumer: stop reading for a moment.
        paused = true;
        res.pause();
        setTimeout(() => res.resume(), 50);
      }
    });
    res.on('end', () => {
      console.log('client received', got, res.headers['transfer-encoding']);
      server.close();
    });
  });
  writeAll(req, SIZE, (drains) => console.log('client waited for drain', drains > 0));
});
