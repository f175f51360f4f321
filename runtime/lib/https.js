'use strict';
// node:https: http's client and server code over TLS sockets. The Agent makes connections
// with tls.connect, keys pooled sockets by the TLS options too (as Node does) and keeps TLS
// sessions per key for resumption; the Server is a tls.Server whose secure connections go to
// http's connection listener.

const tls = require('tls');
const { Agent: HttpAgent } = require('_http_agent');
const { ClientRequest } = require('_http_client');
const { Server: HttpServer, _connectionListener, initServerState } = require('_http_server');
const { inherit } = require('internal/http');
const { urlToHttpOptions, isURL } = require('internal/url');
const { validateObject } = require('internal/validators');

// ---- Agent ----

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  HttpAgent.call(this, options);
  this.defaultPort = 443;
  this.protocol = 'https:';
  this.maxCachedSessions = this.options.maxCachedSessions ?? 100;
  this._sessionCache = { map: {}, list: [] };
}
inherit(Agent, HttpAgent);

Agent.prototype.createConnection = function createConnection(port, host, options) {
  if (port !== null && typeof port === 'object') {
    options = port;
  } else if (host !== null && typeof host === 'object') {
    options = { ...host };
  } else if (options === null || typeof options !== 'object') {
    options = {};
  } else {
    options = { ...options };
  }
  if (typeof port === 'number') options.port = port;
  if (typeof host === 'string') options.host = host;

  if (options._agentKey) {
    const session = this._getSession(options._agentKey);
    if (session) options = { session, ...options };
  }
  const socket = tls.connect(options);
  if (options._agentKey) {
    socket.on('session', (session) => this._cacheSession(options._agentKey, session));
    socket.once('close', (hadError) => {
      if (hadError) this._evictSession(options._agentKey);
    });
  }
  return socket;
};

const kNameOptions = ['ca', 'cert', 'clientCertEngine', 'ciphers', 'key', 'pfx',
  'rejectUnauthorized', 'servername', 'minVersion', 'maxVersion', 'secureProtocol', 'crl',
  'honorCipherOrder', 'ecdhCurve', 'dhparam', 'secureOptions', 'sessionIdContext', 'sigalgs',
  'privateKeyIdentifier', 'privateKeyEngine'];

Agent.prototype.getName = function getName(options = {}) {
  let name = HttpAgent.prototype.getName.call(this, options);
  for (const key of kNameOptions) {
    name += ':';
    const value = options[key];
    if (key === 'rejectUnauthorized') {
      if (value !== undefined) name += value;
    } else if (key === 'servername') {
      if (value && value !== options.host) name += value;
    } else if (key === 'secureOptions' || key === 'honorCipherOrder') {
      if (value !== undefined) name += value;
    } else if (value) {
      name += value;
    }
  }
  return name;
};

Agent.prototype._getSession = function _getSession(key) {
  return this._sessionCache.map[key];
};

Agent.prototype._cacheSession = function _cacheSession(key, session) {
  if (this.maxCachedSessions === 0) return;
  const cache = this._sessionCache;
  if (cache.map[key]) {
    cache.map[key] = session;
    return;
  }
  if (cache.list.length >= this.maxCachedSessions) {
    const oldKey = cache.list.shift();
    delete cache.map[oldKey];
  }
  cache.list.push(key);
  cache.map[key] = session;
};

Agent.prototype._evictSession = function _evictSession(key) {
  const cache = this._sessionCache;
  const index = cache.list.indexOf(key);
  if (index === -1) return;
  cache.list.splice(index, 1);
  delete cache.map[key];
};

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

// ---- client ----

function request(input, options, callback) {
  if (typeof input === 'string' || isURL(input)) {
    input = urlToHttpOptions(typeof input === 'string' ? new URL(input) : input);
  } else {
    callback = options;
    options = input;
    input = null;
  }
  if (typeof options === 'function') {
    callback = options;
    options = input || {};
  } else {
    options = Object.assign(input || {}, options);
  }
  options._defaultAgent = module.exports.globalAgent;
  return new ClientRequest(options, callback);
}

function get(input, options, callback) {
  const req = request(input, options, callback);
  req.end();
  return req;
}

// ---- server ----

function Server(options, requestListener) {
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  const tlsOptions = {
    noDelay: true,
    // The only protocol offered: http/1.0 has no ALPN id.
    ALPNProtocols: ['http/1.1'],
    ...options,
    allowHalfOpen: true,
  };
  const self = Reflect.construct(tls.Server, [tlsOptions, _connectionListener],
                                 new.target || Server);
  initServerState(self, options, requestListener);
  return self;
}
Object.setPrototypeOf(Server.prototype, tls.Server.prototype);
Object.setPrototypeOf(Server, tls.Server);
for (const name of ['close', 'closeAllConnections', 'closeIdleConnections', 'setTimeout']) {
  Server.prototype[name] = HttpServer.prototype[name];
}
Server.prototype[Symbol.for('nodejs.rejection')] =
  HttpServer.prototype[Symbol.for('nodejs.rejection')];

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

module.exports = { Agent, globalAgent, Server, createServer, get, request };
