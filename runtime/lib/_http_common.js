'use strict';
// node:_http_common: the parser callbacks shared by the HTTP server and client, and the token
// and header-value checks. The parser is internalBinding('http_parser') (llhttp).

const { HTTPParser, methods, allMethods } = internalBinding('http_parser');
const { getOptionValue } = require('internal/options');
// --max-http-header-size, or Node's 16 KiB.
const maxHeaderSize = Number(getOptionValue('--max-http-header-size')) || 16 * 1024;
const { IncomingMessage, readStart, readStop } = require('_http_incoming');

const kIncomingMessage = Symbol('IncomingMessage');
const kRequestTimeout = Symbol('RequestTimeout');
const kOnMessageBegin = HTTPParser.kOnMessageBegin | 0;
const kOnHeaders = HTTPParser.kOnHeaders | 0;
const kOnHeadersComplete = HTTPParser.kOnHeadersComplete | 0;
const kOnBody = HTTPParser.kOnBody | 0;
const kOnMessageComplete = HTTPParser.kOnMessageComplete | 0;
const kOnExecute = HTTPParser.kOnExecute | 0;
const kOnTimeout = HTTPParser.kOnTimeout | 0;

const MAX_HEADER_PAIRS = 2000;

// Trailers (and, in Node, header batches) arrive here before the message completes.
function parserOnHeaders(headers, url) {
  for (let i = 0; i < headers.length; i++) this._headers.push(headers[i]);
  this._url += url;
}

function parserOnHeadersComplete(versionMajor, versionMinor, headers, method, url,
                                 statusCode, statusMessage, upgrade, shouldKeepAlive) {
  const parser = this;
  const { socket } = parser;
  if (parser._headers.length > 0) {
    headers = parser._headers.concat(headers);
    parser._headers = [];
  }
  if (parser._url) {
    url = parser._url + (url ?? '');
    parser._url = '';
  }
  const IncomingMessageClass = (socket && socket.server && socket.server[kIncomingMessage]) ||
    IncomingMessage;
  const incoming = parser.incoming = new IncomingMessageClass(socket);
  incoming.httpVersionMajor = versionMajor;
  incoming.httpVersionMinor = versionMinor;
  incoming.httpVersion = `${versionMajor}.${versionMinor}`;
  incoming.joinDuplicateHeaders = socket?.server?.joinDuplicateHeaders ||
    parser.joinDuplicateHeaders;
  incoming.url = url ?? '';
  incoming.upgrade = upgrade;

  let n = headers.length;
  if (parser.maxHeaderPairs > 0) n = Math.min(n, parser.maxHeaderPairs);
  incoming._addHeaderLines(headers, n);

  if (typeof method === 'number') {
    incoming.method = allMethods[method];
  } else {
    incoming.statusCode = statusCode;
    incoming.statusMessage = statusMessage;
  }
  return parser.onIncoming(incoming, shouldKeepAlive);
}

function parserOnBody(buffer, start, length) {
  const stream = this.incoming;
  if (stream == null || stream._dumped) return;
  const ret = stream.push(buffer.slice(start, start + length));
  if (!ret) readStop(this.socket);
}

function parserOnMessageComplete() {
  const parser = this;
  const stream = parser.incoming;
  if (stream != null) {
    stream.complete = true;
    const headers = parser._headers;
    if (headers.length) {
      stream._addHeaderLines(headers, headers.length);
      parser._headers = [];
      parser._url = '';
    }
    stream.push(null);
  }
  if (typeof parser.onMessageComplete === 'function') parser.onMessageComplete();
  readStart(parser.socket);
}

class ParserPool {
  alloc() {
    const parser = new HTTPParser();
    setupParser(parser);
    return parser;
  }

  free() {
    return false;
  }
}

function setupParser(parser) {
  cleanParser(parser);
  parser[kOnHeaders] = parserOnHeaders;
  parser[kOnHeadersComplete] = parserOnHeadersComplete;
  parser[kOnBody] = parserOnBody;
  parser[kOnMessageComplete] = parserOnMessageComplete;
}

const parsers = new ParserPool();

function cleanParser(parser) {
  parser._headers = [];
  parser._url = '';
  parser.socket = null;
  parser.incoming = null;
  parser.outgoing = null;
  parser.maxHeaderPairs = MAX_HEADER_PAIRS;
  parser.onIncoming = null;
  parser.onMessageComplete = null;
  parser.joinDuplicateHeaders = false;
}

function freeParser(parser, req, socket) {
  if (parser) {
    if (parser._consumed) parser.unconsume();
    cleanParser(parser);
    parser.remove();
    parser.free();
  }
  if (req) req.parser = null;
  if (socket) socket.parser = null;
}

const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
// A valid HTTP token (RFC 9110): method names, header names.
function checkIsHttpToken(value) {
  return tokenRegExp.test(value);
}

const headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;
// True when a header value holds a character that may not be sent (controls other than tab).
function checkInvalidHeaderChar(value) {
  return headerCharRegex.test(value);
}

module.exports = {
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  _checkIsHttpToken: checkIsHttpToken,
  chunkExpression: /(?:^|\W)chunked(?:$|\W)/i,
  continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
  CRLF: '\r\n',
  freeParser,
  methods,
  parsers,
  setupParser,
  kIncomingMessage,
  kRequestTimeout,
  kOnExecute,
  kOnTimeout,
  kOnMessageBegin,
  HTTPParser,
  isLenient() { return getOptionValue('--insecure-http-parser'); },
  maxHeaderSize,
  prepareError(err, parser, rawPacket) {
    err.rawPacket = rawPacket;
    if (typeof err.reason === 'string') err.message = `Parse Error: ${err.reason}`;
  },
};
