'use strict';
// node:https: the https Agent (port 443, protocol 'https:') and request/get with http's argument
// forms. Connecting needs TLS, which Kiln lacks: a request fails with an 'error' event
// (ERR_KILN_TLS_UNAVAILABLE), and createServer throws it.

const { Agent: HttpAgent } = require('_http_agent');
const { ClientRequest } = require('_http_client');
const { inherit } = require('internal/http');
const { urlToHttpOptions, isURL } = require('internal/url');
const { unavailable, unavailableError } = require('internal/unavailable');

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  HttpAgent.call(this, options);
  this.defaultPort = 443;
  this.protocol = 'https:';
  this.maxCachedSessions = this.options.maxCachedSessions ?? 100;
}
inherit(Agent, HttpAgent);

Agent.prototype.createConnection = function createConnection(options, callback) {
  process.nextTick(callback, unavailableError('tls', 'An https request'));
};

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

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

const Server = unavailable('tls', 'An https server');
const createServer = unavailable('tls', 'An https server');

module.exports = { Agent, globalAgent, Server, createServer, get, request };
