'use strict';
// Response (WHATWG Fetch), with undici's messages as Node 20 has them.

const {
  HeadersList, fillHeaders, headersFromList, getHeadersGuard, argumentsRequired,
} = require('internal/fetch/headers');
const { extractBody, cloneBody, isUnusable, mixinBody, encode, Body } = require('internal/fetch/body');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kState = Symbol('response state');
const kHeaders = Symbol('headers');
let inspectModule;

const nullBodyStatus = new Set([101, 103, 204, 205, 304]);
const redirectStatus = new Set([301, 302, 303, 307, 308]);
const reasonPhrase = /^[\t\x20-\x7e\x80-\xff]*$/;

function makeState(init) {
  return {
    type: 'default',
    status: 200,
    statusText: '',
    urlList: [],
    headersList: new HeadersList(),
    body: null,
    ...init,
  };
}

function createResponse(state, guard) {
  const response = Object.create(Response.prototype);
  response[kState] = state;
  response[kHeaders] = headersFromList(state.headersList, guard);
  return response;
}

function getState(object) {
  const state = object?.[kState];
  if (state === undefined) throw new TypeError('Illegal invocation');
  return state;
}

function toDictionary(init, context) {
  if (init === undefined || init === null) return {};
  if (typeof init !== 'object' && typeof init !== 'function') {
    throw new TypeError(`${context}: Expected init to be a dictionary.`);
  }
  return init;
}

// The spec's "initialize a response".
function initializeResponse(response, init, bodyWithType) {
  const state = response[kState];
  if (init.status !== undefined) {
    const status = Number(init.status);
    const integer = Number.isFinite(status) ? Math.trunc(status) : NaN;
    if (!(integer >= 200 && integer <= 599)) {
      throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
    }
  }
  if (init.statusText !== undefined && !reasonPhrase.test(`${init.statusText}`)) {
    throw new TypeError('Invalid statusText');
  }
  if (init.status !== undefined) state.status = Math.trunc(Number(init.status)) & 0xffff;
  if (init.statusText !== undefined) state.statusText = `${init.statusText}`;
  if (init.headers !== undefined) fillHeaders(response[kHeaders], init.headers);
  if (bodyWithType !== null) {
    if (nullBodyStatus.has(state.status)) {
      throw new TypeError(`Response constructor: Invalid response status code ${state.status}`);
    }
    state.body = bodyWithType.body;
    if (bodyWithType.type !== null && !state.headersList.contains('content-type')) {
      state.headersList.append('content-type', bodyWithType.type);
    }
  }
}

class Response {
  constructor(body = null, init = undefined) {
    init = toDictionary(init, 'Response constructor');
    this[kState] = makeState();
    this[kHeaders] = headersFromList(this[kState].headersList, 'response');
    const bodyWithType = body !== null && body !== undefined ? extractBody(body) : null;
    initializeResponse(this, init, bodyWithType);
  }

  static error() {
    return createResponse(makeState({ type: 'error', status: 0 }), 'immutable');
  }

  static json(data, init = undefined) {
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    init = toDictionary(init, 'Response.json');
    const bytes = encode(text);
    const response = createResponse(makeState(), 'response');
    initializeResponse(response, init, {
      body: new Body(bytes, null, null, bytes.byteLength), type: 'application/json',
    });
    return response;
  }

  static redirect(url, status = 302) {
    if (arguments.length < 1) throw argumentsRequired('Response.redirect', 1, 0);
    let parsed;
    try {
      parsed = new URL(`${url}`);
    } catch (error) {
      throw new TypeError(`Failed to parse URL from ${url}`, { cause: error });
    }
    status = Number(status);
    if (!redirectStatus.has(status)) throw new RangeError(`Invalid status code ${status}`);
    const response = createResponse(makeState({ status }), 'immutable');
    response[kState].headersList.append('location', parsed.href);
    return response;
  }

  get type() { return getState(this).type; }

  get url() {
    const { urlList } = getState(this);
    if (urlList.length === 0) return '';
    const url = urlList[urlList.length - 1];
    const hash = url.indexOf('#');
    return hash === -1 ? url : url.slice(0, hash);
  }

  get redirected() { return getState(this).urlList.length > 1; }
  get status() { return getState(this).status; }
  get ok() {
    const { status } = getState(this);
    return status >= 200 && status <= 299;
  }
  get statusText() { return getState(this).statusText; }
  get headers() {
    getState(this);
    return this[kHeaders];
  }

  clone() {
    const state = getState(this);
    if (isUnusable(state.body)) {
      throw new TypeError('Response.clone: Body has already been consumed.');
    }
    const copy = { ...state, headersList: state.headersList.clone(), urlList: state.urlList.slice() };
    copy.body = cloneBody(state.body);
    return createResponse(copy, getHeadersGuard(this[kHeaders]));
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    inspectModule ??= require('internal/util/inspect');
    const object = {
      status: this.status,
      statusText: this.statusText,
      headers: this.headers,
      body: this.body,
      bodyUsed: this.bodyUsed,
      ok: this.ok,
      redirected: this.redirected,
      type: this.type,
      url: this.url,
    };
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Response ${inspectModule.inspect(object, opts)}`;
  }
}

mixinBody(Response, 'Response', getState);

for (const name of ['type', 'url', 'redirected', 'status', 'ok', 'statusText', 'headers', 'clone']) {
  Object.defineProperty(Response.prototype, name, { enumerable: true });
}
Object.defineProperty(Response.prototype, Symbol.toStringTag, { value: 'Response', configurable: true });
for (const name of ['error', 'json', 'redirect']) {
  Object.defineProperty(Response, name, { enumerable: true });
}

module.exports = {
  Response,
  createResponse,
  makeResponseState: makeState,
  getResponseState: getState,
  nullBodyStatus,
  redirectStatus,
};
