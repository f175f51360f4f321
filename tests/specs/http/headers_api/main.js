// The outgoing header API and its errors.
const http = require('http');
function attempt(label, fn) {
  try {
    const value = fn();
    console.log(label, 'ok', value);
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
attempt('validateHeaderName ok', () => http.validateHeaderName('x-good'));
attempt('validateHeaderName bad', () => http.validateHeaderName('bad name'));
attempt('validateHeaderName empty', () => http.validateHeaderName(''));
attempt('validateHeaderName number', () => http.validateHeaderName(5));
attempt('validateHeaderValue undefined', () => http.validateHeaderValue('x-a', undefined));
attempt('validateHeaderValue ctl', () => http.validateHeaderValue('x-a', 'a\nb'));
attempt('validateHeaderValue ok', () => http.validateHeaderValue('x-a', 'tab\there'));

const server = http.createServer((req, res) => {
  res.setHeader('X-One', '1');
  res.setHeader('Set-Cookie', ['a=1', 'b=2']);
  res.appendHeader('X-One', '2');
  console.log('getHeader', res.getHeader('x-one'), res.getHeader('SET-COOKIE'), res.getHeader('none'));
  console.log('hasHeader', res.hasHeader('X-ONE'), res.hasHeader('nope'));
  console.log('names', res.getHeaderNames(), res.getRawHeaderNames());
  console.log('headers', res.getHeaders());
  res.removeHeader('x-one');
  console.log('after remove', res.hasHeader('x-one'));
  attempt('setHeader bad name', () => res.setHeader('a b', 'x'));
  attempt('setHeader bad value', () => res.setHeader('x-a', 'line\r\nbreak'));
  attempt('setHeader undefined', () => res.setHeader('x-a', undefined));
  attempt('getHeader number', () => res.getHeader(1));
  attempt('writeHead bad status', () => res.writeHead(42));
  attempt('writeHead odd array', () => res.writeHead(200, ['a']));
  console.log('headersSent before', res.headersSent);
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  console.log('headersSent after', res.headersSent);
  attempt('setHeader after', () => res.setHeader('x-late', '1'));
  attempt('removeHeader after', () => res.removeHeader('x-late'));
  attempt('writeHead twice', () => res.writeHead(201));
  attempt('write number', () => res.write(5));
  attempt('write null', () => res.write(null));
  res.end('done', () => console.log('end callback'));
  res.end();
  res.write('late', (err) => console.log('write after end callback', err.code));
  res.on('error', (err) => console.log('error event', err.code));
});
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => {
    console.log('client set-cookie', res.headers['set-cookie'], res.headers['x-one']);
    res.resume();
    res.on('end', () => server.close());
  });
});
