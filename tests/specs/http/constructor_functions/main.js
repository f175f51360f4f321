// Node's http classes are constructor functions: libraries inherit from them with
// util.inherits and call them on their own objects (the light-my-request pattern).
const http = require('http');
const util = require('util');
const { Readable } = require('stream');

function FakeRequest(url) {
  Readable.call(this);
  this.method = 'GET';
  this.url = url;
  this.headers = {};
  this.httpVersionMajor = 1;
  this.httpVersionMinor = 1;
}
util.inherits(FakeRequest, Readable);
FakeRequest.prototype._read = function() { this.push(null); };

function FakeResponse(req) {
  http.ServerResponse.call(this, req);
  this.chunks = [];
}
util.inherits(FakeResponse, http.ServerResponse);
FakeResponse.prototype._writeRaw = function(data, encoding, callback) {
  this.chunks.push(Buffer.isBuffer(data) ? data.toString() : data);
  if (typeof callback === 'function') process.nextTick(callback);
  return true;
};

const res = new FakeResponse(new FakeRequest('/x'));
console.log(res instanceof http.ServerResponse, res instanceof http.OutgoingMessage, res.statusCode);
res.setHeader('X-A', '1');
res.end('body');
console.log(res.finished, res.chunks.join('').replace(/Date: [^\r]*\r\n/, ''));

const incoming = new http.IncomingMessage(null);
console.log(incoming instanceof Readable, incoming.headers, incoming.complete);
const agent = http.Agent({ keepAlive: true });
console.log(agent instanceof http.Agent, agent.keepAlive);
console.log(typeof http.OutgoingMessage.prototype.setHeader, Object.keys(http.OutgoingMessage.prototype).includes('setHeader'));
const out = new http.OutgoingMessage();
out.setHeader('a', 'b');
console.log(out.getHeaders(), out.headersSent, out.writableEnded);

const net = require('net');
const plain = http.Server((req, res) => res.end());
console.log(plain instanceof http.Server, plain instanceof net.Server, plain.listenerCount('request'));
class MyServer extends http.Server {
  constructor() {
    super({ keepAliveTimeout: 1234 });
    this.mine = true;
  }
}
const mine = new MyServer();
console.log(mine instanceof MyServer, mine instanceof http.Server, mine.mine, mine.keepAliveTimeout);
