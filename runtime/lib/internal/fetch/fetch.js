'use strict';
// fetch() (WHATWG Fetch as Node 20's undici implements it) over internalBinding('curl'):
// schemes, request headers, bodies, redirects (done here, never by curl), abort, errors.

const { getRequestState, getRequestSignal, Request } = require('internal/fetch/request');
const { createResponse, makeResponseState, redirectStatus, nullBodyStatus } =
  require('internal/fetch/response');
const { HeadersList } = require('internal/fetch/headers');
const { Body, bodyStream, concat, streams } = require('internal/fetch/body');

let binding;
let insecureWarned = false;

function curl() {
  binding ??= internalBinding('curl');
  return binding;
}

// CURLcode values (stable ABI numbers).
const CURLE_UNSUPPORTED_PROTOCOL = 1;
const CURLE_COULDNT_RESOLVE_HOST = 6;
const CURLE_WEIRD_SERVER_REPLY = 8;
const CURLE_COULDNT_CONNECT = 7;
const CURLE_PARTIAL_FILE = 18;
const CURLE_OPERATION_TIMEDOUT = 28;
const CURLE_SSL_CONNECT_ERROR = 35;
const CURLE_GOT_NOTHING = 52;
const CURLE_SEND_ERROR = 55;
const CURLE_RECV_ERROR = 56;
const CURLE_PEER_FAILED_VERIFICATION = 60;
const CURLE_BAD_CONTENT_ENCODING = 61;
const kInvalidResponse = -1;

// The Fetch standard's bad ports.
const badPorts = new Set([
  '1', '7', '9', '11', '13', '15', '17', '19', '20', '21', '22', '23', '25', '37', '42', '43', '53',
  '69', '77', '79', '87', '95', '101', '102', '103', '104', '109', '110', '111', '113', '115',
  '117', '119', '123', '135', '137', '139', '143', '161', '179', '389', '427', '465', '512', '513',
  '514', '515', '526', '530', '531', '532', '540', '548', '554', '556', '563', '587', '601', '636',
  '989', '990', '993', '995', '1719', '1720', '1723', '2049', '3659', '4045', '4190', '5060',
  '5061', '6000', '6566', '6665', '6666', '6667', '6668', '6669', '6679', '6697', '10080',
]);

const requestBodyHeaders = ['content-encoding', 'content-language', 'content-location',
  'content-type', 'content-length'];

const tlsCodes = new Map([
  ['self-signed certificate', 'DEPTH_ZERO_SELF_SIGNED_CERT'],
  ['self signed certificate', 'DEPTH_ZERO_SELF_SIGNED_CERT'],
  ['self-signed certificate in certificate chain', 'SELF_SIGNED_CERT_IN_CHAIN'],
  ['self signed certificate in certificate chain', 'SELF_SIGNED_CERT_IN_CHAIN'],
  ['unable to get local issuer certificate', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY'],
  ['unable to verify the first certificate', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE'],
  ['certificate has expired', 'CERT_HAS_EXPIRED'],
  ['certificate is not yet valid', 'CERT_NOT_YET_VALID'],
]);

function fetchFailed(cause) {
  return new TypeError('fetch failed', { cause });
}

function plainError(message, props) {
  const error = new Error(message);
  if (props !== undefined) Object.assign(error, props);
  return error;
}

function undiciError(name, code, message) {
  const error = new Error(message);
  error.name = name;
  error.code = code;
  return error;
}

// What undici's llhttp reports for a response that is not HTTP/1.1.
function parserError(code, reason) {
  const error = undiciError('HTTPParserError', code,
                            `Response does not match the HTTP/1.1 protocol (${reason})`);
  return error;
}

function errname(errno) {
  try {
    return internalBinding('uv').errname(errno);
  } catch {
    return `Unknown system error ${errno}`;
  }
}

// The `cause` Node's fetch gives for a failed exchange.
function networkCause(code, errno, message, url, ip, port) {
  const hostname = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
      return plainError(`getaddrinfo ENOTFOUND ${hostname}`, {
        errno: -3008, code: 'ENOTFOUND', syscall: 'getaddrinfo', hostname,
      });
    case CURLE_COULDNT_CONNECT: {
      const name = errno < 0 ? errname(errno) : 'ECONNREFUSED';
      const address = ip || hostname;
      const portNumber = port || Number(url.port || (url.protocol === 'https:' ? 443 : 80));
      return plainError(`connect ${name} ${address}:${portNumber}`, {
        errno: errno < 0 ? errno : -111, code: name, syscall: 'connect', address, port: portNumber,
      });
    }
    case CURLE_OPERATION_TIMEDOUT:
      return undiciError('ConnectTimeoutError', 'UND_ERR_CONNECT_TIMEOUT', 'Connect Timeout Error');
    case CURLE_PEER_FAILED_VERIFICATION: {
      const problem = /SSL certificate problem: (.*)$/.exec(message);
      if (problem !== null) {
        const error = plainError(problem[1]);
        error.code = tlsCodes.get(problem[1]) ?? 'UNABLE_TO_VERIFY_LEAF_SIGNATURE';
        return error;
      }
      if (/subject name|alternative certificate/.test(message)) {
        const error = plainError(`Hostname/IP does not match certificate's altnames: Host: ${hostname}. is not in the cert's altnames`);
        error.code = 'ERR_TLS_CERT_ALTNAME_INVALID';
        error.reason = `Host: ${hostname}. is not in the cert's altnames`;
        error.host = hostname;
        return error;
      }
      return plainError(message, { code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' });
    }
    case CURLE_SSL_CONNECT_ERROR:
      return plainError(`Client network socket disconnected before secure TLS connection was established`,
                        { code: 'ECONNRESET', host: hostname, port: Number(port) || undefined });
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
      return undiciError('SocketError', 'UND_ERR_SOCKET', 'other side closed');
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
      if (errno < 0) {
        const name = errname(errno);
        const syscall = code === CURLE_SEND_ERROR ? 'write' : 'read';
        return plainError(`${syscall} ${name}`, { errno, code: name, syscall });
      }
      return undiciError('SocketError', 'UND_ERR_SOCKET', 'other side closed');
    case kInvalidResponse:
      return parserError('HPE_INVALID_HEADER_TOKEN', 'Invalid header token');
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_UNSUPPORTED_PROTOCOL:
      if (/header/i.test(message)) return parserError('HPE_INVALID_HEADER_TOKEN', 'Invalid header token');
      return parserError('HPE_INVALID_CONSTANT', 'Expected HTTP/');
    case CURLE_BAD_CONTENT_ENCODING:
      return plainError(message, { code: 'Z_DATA_ERROR' });
    default:
      return plainError(message);
  }
}

// The body of a response being received: chunks are kept until someone reads them, either
// all at once (collect) or through a byte ReadableStream with backpressure.
class NetworkSource {
  constructor(handle) {
    this.handle = handle;
    this.chunks = [];
    this.length = 0;
    this.ended = false;
    this.error = null;
    this.controller = null;
    this.waiter = null;
    this.paused = false;
  }

  push(chunk) {
    if (this.controller !== null) {
      this.controller.enqueue(chunk);
      if (this.controller.desiredSize <= 0 && !this.paused && !this.ended) {
        this.paused = true;
        curl().pause(this.handle, true);
      }
      return;
    }
    this.chunks.push(chunk);
    this.length += chunk.byteLength;
  }

  end() {
    if (this.ended || this.error !== null) return;
    this.ended = true;
    if (this.controller !== null) {
      this.controller.close();
      this.controller.byobRequest?.respond(0);
    }
    if (this.waiter !== null) {
      const { resolve } = this.waiter;
      this.waiter = null;
      resolve(this.take());
    }
  }

  fail(error) {
    if (this.ended || this.error !== null) return;
    this.error = error;
    curl().abort(this.handle);
    if (this.controller !== null) this.controller.error(error);
    if (this.waiter !== null) {
      const { reject } = this.waiter;
      this.waiter = null;
      reject(error);
    }
  }

  take() {
    const bytes = concat(this.chunks, this.length);
    this.chunks = [];
    this.length = 0;
    return bytes;
  }

  collect() {
    if (this.error !== null) return Promise.reject(this.error);
    if (this.ended) return Promise.resolve(this.take());
    curl().collect(this.handle);
    return new Promise((resolve, reject) => { this.waiter = { resolve, reject }; });
  }

  toStream() {
    const source = this;
    return new (streams().ReadableStream)({
      type: 'bytes',
      start(controller) {
        for (const chunk of source.chunks) controller.enqueue(chunk);
        source.chunks = [];
        source.length = 0;
        if (source.error !== null) {
          controller.error(source.error);
        } else if (source.ended) {
          controller.close();
        } else {
          source.controller = controller;
        }
      },
      pull() {
        if (source.paused) {
          source.paused = false;
          curl().pause(source.handle, false);
        }
      },
      cancel() {
        source.ended = true;
        curl().abort(source.handle);
      },
    }, { highWaterMark: 65536 });
  }
}

// Writes a streaming request body into the transfer, waiting for it to drain.
async function pumpRequestBody(handle, stream, state) {
  const reader = stream.getReader();
  state.reader = reader;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (state.finished) return;
      if (done) break;
      if (!(value instanceof Uint8Array)) throw new TypeError('Received non-Uint8Array chunk');
      const queued = curl().write(handle, value);
      if (queued > 65536) {
        await new Promise((resolve) => { handle.ondrain = resolve; });
        handle.ondrain = null;
      }
    }
    curl().end(handle);
  } catch (error) {
    state.onBodyError(error);
  }
}

function requestHeaderLines(url, headersList, body, method) {
  const lines = ['connection: keep-alive'];
  for (const line of headersList.toLines()) {
    // The body decides the framing.
    if (!/^(content-length|transfer-encoding|connection):/i.test(line)) lines.push(line);
  }
  if (!headersList.contains('accept')) lines.push('accept: */*');
  if (!headersList.contains('accept-language')) lines.push('accept-language: *');
  if (!headersList.contains('sec-fetch-mode')) lines.push('sec-fetch-mode: cors');
  if (!headersList.contains('user-agent')) lines.push('user-agent: node');
  if (!headersList.contains('accept-encoding')) lines.push('accept-encoding: gzip, deflate');
  if (body === null) {
    if (method === 'POST' || method === 'PUT') lines.push('content-length: 0');
  } else if (body.bytes !== null) {
    lines.push(`content-length: ${body.bytes.byteLength}`);
  } else {
    lines.push('transfer-encoding: chunked');
  }
  return lines;
}

// One HTTP exchange: resolves with a response state once the head has arrived.
function httpExchange(url, method, headersList, body, signal) {
  return new Promise((resolve, reject) => {
    const { Transfer } = curl();
    const handle = new Transfer();
    const exchange = { finished: false, reader: null, onBodyError: null };
    let source = null;
    let settled = false;
    const onAbort = () => {
      const reason = signal.reason;
      exchange.finished = true;
      curl().abort(handle);
      exchange.reader?.cancel(reason).catch(() => {});
      if (!settled) {
        settled = true;
        reject(reason);
      } else if (source !== null) {
        source.fail(reason);
      }
    };
    const cleanup = () => {
      signal?.removeEventListener('abort', onAbort);
    };
    exchange.onBodyError = (error) => {
      exchange.finished = true;
      curl().abort(handle);
      cleanup();
      if (!settled) {
        settled = true;
        reject(fetchFailed(error));
      }
    };
    handle.onheaders = (status, statusText, pairs) => {
      const headers = new HeadersList();
      for (let i = 0; i < pairs.length; i += 2) headers.append(pairs[i], pairs[i + 1]);
      source = new NetworkSource(handle);
      const hasBody = method !== 'HEAD' && !nullBodyStatus.has(status);
      const state = makeResponseState({
        type: 'basic',
        status,
        statusText,
        headersList: headers,
        body: hasBody ? new Body(null, null, source, null) : null,
      });
      state.source = source;
      settled = true;
      resolve(state);
    };
    handle.ondata = (chunk) => { source?.push(chunk); };
    handle.oncomplete = (code, errno, message, ip, port) => {
      exchange.finished = true;
      cleanup();
      if (code === 0 && source !== null) {
        source.end();
        return;
      }
      const cause = networkCause(code, errno, message, url, ip, port);
      if (!settled) {
        settled = true;
        reject(fetchFailed(cause));
      } else if (source !== null) {
        source.fail(new TypeError('terminated', { cause }));
      }
    };
    let flags = 0;
    if (body !== null && body.bytes === null) flags |= 1;
    if (url.protocol === 'https:' && process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0') {
      flags |= 2;
      if (!insecureWarned) {
        insecureWarned = true;
        process.emitWarning("Setting the NODE_TLS_REJECT_UNAUTHORIZED environment variable to '0' " +
          'makes TLS connections and HTTPS requests insecure by disabling certificate verification.');
      }
    }
    const lines = requestHeaderLines(url, headersList, body, method);
    const error = curl().start(handle, method, url.href.replace(/#.*$/, ''), lines,
                               body !== null && body.bytes !== null ? body.bytes : undefined, flags);
    if (error !== undefined) {
      reject(fetchFailed(new Error(error)));
      return;
    }
    if (signal !== null) signal.addEventListener('abort', onAbort, { once: true });
    if (flags & 1) {
      const stream = body.stream ?? bodyStream(body);
      pumpRequestBody(handle, stream, exchange);
    }
  });
}

// The data: URL processor of the Fetch standard.
function fetchDataURL(url) {
  let input = url.href.slice(5);
  const hash = input.indexOf('#');
  if (hash !== -1) input = input.slice(0, hash);
  const comma = input.indexOf(',');
  if (comma === -1) throw fetchFailed(new Error('invalid data: URL'));
  let mimeType = input.slice(0, comma).replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
  let bytes = percentDecode(input.slice(comma + 1));
  const base64 = /;[\t\n\f\r ]*base64[\t\n\f\r ]*$/i.exec(mimeType);
  if (base64 !== null) {
    mimeType = mimeType.slice(0, base64.index);
    let text = '';
    for (const byte of bytes) text += String.fromCharCode(byte);
    text = text.replace(/[\t\n\f\r ]/g, '');
    if (text.length % 4 === 0) text = text.replace(/==?$/, '');
    if (text.length % 4 === 1 || /[^+/0-9A-Za-z]/.test(text)) {
      throw fetchFailed(new Error('invalid data: URL'));
    }
    bytes = new Uint8Array(Buffer.from(text, 'base64'));
  }
  if (mimeType.startsWith(';')) mimeType = `text/plain${mimeType}`;
  let type = serializeMimeType(mimeType);
  if (type === null) type = 'text/plain;charset=US-ASCII';
  const headersList = new HeadersList();
  headersList.append('content-type', type);
  return makeResponseState({
    type: 'basic',
    status: 200,
    statusText: 'OK',
    headersList,
    body: new Body(bytes, null, null, bytes.byteLength),
  });
}

function percentDecode(text) {
  const bytes = Buffer.from(text, 'utf8');
  const out = [];
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === 0x25 && i + 2 < bytes.length + 0 && /^[0-9A-Fa-f]{2}$/.test(String.fromCharCode(bytes[i + 1], bytes[i + 2]))) {
      out.push(parseInt(String.fromCharCode(bytes[i + 1], bytes[i + 2]), 16));
      i += 2;
    } else {
      out.push(byte);
    }
  }
  return new Uint8Array(out);
}

const tokenRegExp = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

// A parsed and serialized MIME type, or null when it does not parse.
function serializeMimeType(text) {
  const parts = text.split(';');
  const essence = parts[0].trim();
  const slash = essence.indexOf('/');
  if (slash === -1) return null;
  const type = essence.slice(0, slash);
  const subtype = essence.slice(slash + 1).trim();
  if (!tokenRegExp.test(type) || !tokenRegExp.test(subtype)) return null;
  let result = `${type.toLowerCase()}/${subtype.toLowerCase()}`;
  const seen = new Set();
  for (const part of parts.slice(1)) {
    const equals = part.indexOf('=');
    if (equals === -1) continue;
    const name = part.slice(0, equals).trim().toLowerCase();
    let value = part.slice(equals + 1).trim();
    if (!tokenRegExp.test(name) || seen.has(name)) continue;
    if (value.startsWith('"')) value = value.slice(1, value.indexOf('"', 1) === -1 ? undefined : value.indexOf('"', 1));
    if (value === '') continue;
    seen.add(name);
    result += `;${name}=${tokenRegExp.test(value) ? value : `"${value.replace(/(["\\])/g, '\\$1')}"`}`;
  }
  return result;
}

async function drainUnused(state) {
  if (state.source !== undefined && state.source !== null) {
    state.source.collect().catch(() => {});
  }
}

// The spec's main fetch + HTTP-redirect fetch, for http(s), data: and the rest.
async function mainFetch(requestState, signal) {
  const urlList = requestState.urlList.slice();
  let method = requestState.method;
  let headersList = requestState.headersList;
  let body = requestState.body;
  if (body !== null) body.used = true;
  let next = requestState.parsedURL ?? new URL(urlList[0]);
  for (let redirects = 0; ; redirects++) {
    const url = next;
    let state;
    switch (url.protocol) {
      case 'data:':
        state = fetchDataURL(url);
        break;
      case 'http:':
      case 'https:':
        if (badPorts.has(url.port)) throw fetchFailed(new Error('bad port'));
        state = await httpExchange(url, method, headersList, body, signal);
        break;
      case 'about:':
        throw fetchFailed(new Error('about scheme is not supported'));
      case 'blob:':
        throw fetchFailed(new Error('invalid method'));
      case 'file:':
        throw fetchFailed(new Error('not implemented... yet...'));
      default:
        throw fetchFailed(new Error('unknown scheme'));
    }
    state.urlList = urlList;
    const location = state.headersList.get('location');
    if (!redirectStatus.has(state.status) || location === null ||
        requestState.redirect === 'manual') {
      return state;
    }
    if (requestState.redirect === 'error') {
      drainUnused(state);
      throw fetchFailed(new Error('unexpected redirect'));
    }
    try {
      next = new URL(location, url);
    } catch (error) {
      drainUnused(state);
      throw fetchFailed(error);
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      drainUnused(state);
      throw fetchFailed(new Error('URL scheme must be a HTTP(S) scheme'));
    }
    if (redirects >= 20) {
      drainUnused(state);
      throw fetchFailed(new Error('redirect count exceeded'));
    }
    if (next.username !== '' || next.password !== '') {
      drainUnused(state);
      throw fetchFailed(new Error('cross origin not allowed for request mode "cors"'));
    }
    if (state.status !== 303 && body !== null && body.bytes === null) {
      drainUnused(state);
      throw fetchFailed(new Error('Cannot follow redirect with a streamed body'));
    }
    if (((state.status === 301 || state.status === 302) && method === 'POST') ||
        (state.status === 303 && method !== 'GET' && method !== 'HEAD')) {
      method = 'GET';
      body = null;
      headersList = headersList.clone();
      for (const name of requestBodyHeaders) headersList.delete(name);
    }
    if (next.origin !== url.origin) {
      headersList = headersList.clone();
      headersList.delete('authorization');
      headersList.delete('proxy-authorization');
      headersList.delete('cookie');
      headersList.delete('host');
    }
    drainUnused(state);
    urlList.push(next.href);
  }
}

function fetch(input, init = undefined) {
  let request;
  try {
    request = new Request(input, init);
  } catch (error) {
    return Promise.reject(error);
  }
  const requestState = getRequestState(request);
  const signal = getRequestSignal(request);
  if (signal !== null && signal.aborted) {
    return Promise.reject(signal.reason);
  }
  return mainFetch(requestState, signal).then(
    (state) => createResponse(state, 'immutable'));
}

module.exports = { fetch };
