// A Duplex has independent sides; allowHalfOpen: false ends the writable side after 'end'.
const { Duplex } = require('stream');

const echo = new Duplex({
  allowHalfOpen: false,
  read() {},
  write(chunk, encoding, callback) {
    console.log('written', chunk.toString());
    callback();
  },
});
console.log(echo.allowHalfOpen, echo.readable, echo.writable);
echo.on('finish', () => console.log('finish'));
echo.on('end', () => console.log('end'));
echo.on('close', () => console.log('close', echo.writableEnded));
echo.write('in');
echo.push('out');
echo.push(null);
echo.on('data', (chunk) => console.log('read', chunk.toString()));
