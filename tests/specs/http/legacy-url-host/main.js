// A legacy url.parse() object as request options (node-fetch 2 passes one): its `host` carries
// the port, and `hostname` is what the agent connects to.
const http = require('http');
const url = require('url');
const server = http.createServer((req, res) => res.end(`${req.method} ${req.url} ${req.headers.host === `127.0.0.1:${server.address().port}`}`));
server.listen(0, '127.0.0.1', () => {
  const options = Object.assign({}, url.parse(`http://127.0.0.1:${server.address().port}/a?b=1`), { method: 'GET' });
  http.request(options, (res) => {
    let body = '';
    res.on('data', (chunk) => { body += chunk; });
    res.on('end', () => { console.log(res.statusCode, body); server.close(); });
  }).end();
});
