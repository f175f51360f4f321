'use strict';
// Request (WHATWG Fetch), with undici's messages as Node 20 has them.

const {
  HeadersList, fillHeaders, headersFromList, getHeadersGuard, argumentsRequired,
} = require('internal/fetch/headers');
const { extractBody, cloneBody, isUnusable, mixinBody, Body } = require('internal/fetch/body');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kState = Symbol('request state');
const kHeaders = Symbol('headers');
const kSignal = Symbol('signal');
const kParentSignal = Symbol('parent signal');
let inspectModule;
let abortModule;
let patchWarned = false;

const tokenRegExp = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const normalizedMethods = new Map(
  ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT'].map((m) => [m.toLowerCase(), m]));
const forbiddenMethods = new Set(['CONNECT', 'TRACE', 'TRACK']);

const enums = {
  mode: ['navigate', 'same-origin', 'no-cors', 'cors'],
  credentials: ['omit', 'same-origin', 'include'],
  cache: ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached'],
  redirect: ['follow', 'manual', 'error'],
  referrerPolicy: ['', 'no-referrer', 'no-referrer-when-downgrade', 'same-origin', 'origin',
    'strict-origin', 'origin-when-cross-origin', 'strict-origin-when-cross-origin', 'unsafe-url'],
  duplex: ['half'],
};

function checkEnum(name, value) {
  value = `${value}`;
  if (!enums[name].includes(value)) {
    throw new TypeError(`Request constructor: ${value} is not an accepted type. Expected one of ` +
                        `${enums[name].join(', ')}.`);
  }
  return value;
}

function lazyAbort() {
  abortModule ??= require('internal/abort_controller');
  return abortModule;
}

function isAbortSignal(value) {
  return value !== null && typeof value === 'object' && value instanceof lazyAbort().AbortSignal;
}

function parseURL(input) {
  try {
    return new URL(`${input}`);
  } catch (error) {
    throw new TypeError(`Failed to parse URL from ${input}`, { cause: error });
  }
}

function getState(object) {
  const state = object?.[kState];
  if (state === undefined) throw new TypeError('Illegal invocation');
  return state;
}

// A signal that aborts when `parent` does (the request's own signal, as in the spec).
function followingSignal(parent) {
  const controller = new (lazyAbort().AbortController)();
  if (parent !== null) {
    if (parent.aborted) {
      controller.abort(parent.reason);
    } else {
      const ref = new WeakRef(controller);
      parent.addEventListener('abort', () => ref.deref()?.abort(parent.reason), { once: true });
    }
  }
  return controller.signal;
}

class Request {
  constructor(input, init = undefined) {
    if (arguments.length < 1) throw argumentsRequired('Request constructor', 1, 0);
    if (init !== undefined && init !== null && typeof init !== 'object' && typeof init !== 'function') {
      throw new TypeError('Request constructor: Expected init to be a dictionary.');
    }
    init ??= {};
    let state;
    let inputBody = null;
    let parentSignal = null;
    if (input instanceof Request) {
      const source = getState(input);
      state = {
        ...source,
        headersList: source.headersList.clone(),
        urlList: source.urlList.slice(),
        body: null,
      };
      inputBody = source.body;
      parentSignal = input[kParentSignal];
    } else {
      const url = parseURL(input);
      if (url.username !== '' || url.password !== '') {
        throw new TypeError('Request cannot be constructed from a URL that includes credentials: ' +
                            `${input}`);
      }
      state = {
        method: 'GET',
        urlList: [url.href],
        parsedURL: url,
        headersList: new HeadersList(),
        mode: 'cors',
        credentials: 'same-origin',
        cache: 'default',
        redirect: 'follow',
        integrity: '',
        keepalive: false,
        referrer: 'about:client',
        referrerPolicy: '',
        duplex: 'half',
        body: null,
      };
    }
    if (init.window !== undefined && init.window !== null) {
      throw new TypeError("'window' option 'client' must be null");
    }
    if (init.referrer !== undefined) {
      const referrer = `${init.referrer}`;
      state.referrer = referrer === '' ? 'no-referrer' : parseURL(referrer).href;
    }
    if (init.referrerPolicy !== undefined) {
      state.referrerPolicy = checkEnum('referrerPolicy', init.referrerPolicy);
    }
    if (init.mode !== undefined) {
      const mode = checkEnum('mode', init.mode);
      if (mode === 'navigate') throw new TypeError('Request constructor: invalid request mode navigate.');
      state.mode = mode;
    }
    if (init.credentials !== undefined) state.credentials = checkEnum('credentials', init.credentials);
    if (init.cache !== undefined) {
      state.cache = checkEnum('cache', init.cache);
      if (state.cache === 'only-if-cached' && state.mode !== 'same-origin') {
        throw new TypeError("'only-if-cached' can be set only with 'same-origin' mode");
      }
    }
    if (init.redirect !== undefined) state.redirect = checkEnum('redirect', init.redirect);
    if (init.integrity !== undefined) state.integrity = `${init.integrity}`;
    if (init.keepalive !== undefined) state.keepalive = Boolean(init.keepalive);
    if (init.method !== undefined) {
      let method = init.method;
      if (typeof method !== 'string') method = `${method}`;
      if (!tokenRegExp.test(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
      const upper = method.toUpperCase();
      if (forbiddenMethods.has(upper)) throw new TypeError(`'${method}' HTTP method is unsupported.`);
      state.method = normalizedMethods.get(method.toLowerCase()) ?? method;
      if (method === 'patch' && !patchWarned) {
        patchWarned = true;
        process.emitWarning('Using `patch` is highly likely to result in a `405 Method Not Allowed`. ' +
                            '`PATCH` is much more likely to succeed.', { code: 'UNDICI-FETCH-patch' });
      }
    }
    if (init.signal !== undefined && init.signal !== null) {
      if (!isAbortSignal(init.signal)) {
        throw new TypeError("Failed to construct 'Request': member signal is not of type AbortSignal.");
      }
      parentSignal = init.signal;
    }
    this[kState] = state;
    // The request's own signal is made when first read; until then the parent stands for it.
    this[kParentSignal] = parentSignal;
    this[kSignal] = undefined;
    this[kHeaders] = headersFromList(state.headersList, 'request');
    if (state.mode === 'no-cors') {
      if (!['GET', 'HEAD', 'POST'].includes(state.method)) {
        throw new TypeError(`'${state.method} is unsupported in no-cors mode.`);
      }
    }
    if (init.headers !== undefined) {
      state.headersList = new HeadersList();
      this[kHeaders] = headersFromList(state.headersList, 'request');
      fillHeaders(this[kHeaders], init.headers);
    }
    const hasInitBody = init.body !== undefined && init.body !== null;
    if ((hasInitBody || inputBody !== null) && (state.method === 'GET' || state.method === 'HEAD')) {
      throw new TypeError('Request with GET/HEAD method cannot have body.');
    }
    let body = null;
    if (hasInitBody) {
      const extracted = extractBody(init.body);
      body = extracted.body;
      if (extracted.type !== null && !state.headersList.contains('content-type')) {
        state.headersList.append('content-type', extracted.type);
      }
    }
    const finalBody = body ?? inputBody;
    if (finalBody !== null && finalBody.stream !== null && finalBody.bytes === null && body !== null) {
      if (init.duplex === undefined) {
        throw new TypeError('RequestInit: duplex option is required when sending a body.');
      }
      checkEnum('duplex', init.duplex);
    }
    if (body === null && inputBody !== null) {
      if (isUnusable(inputBody)) {
        throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
      }
      // The input's body moves here; the input becomes used.
      const moved = new Body(inputBody.bytes, inputBody.stream, inputBody.source, inputBody.length);
      inputBody.used = true;
      inputBody.bytes = null;
      body = moved;
    }
    state.body = body;
  }

  get method() { return getState(this).method; }
  get url() { return getState(this).urlList[0]; }
  get headers() { getState(this); return this[kHeaders]; }
  get destination() { getState(this); return ''; }
  get referrer() {
    const { referrer } = getState(this);
    return referrer === 'no-referrer' ? '' : referrer;
  }
  get referrerPolicy() { return getState(this).referrerPolicy; }
  get mode() { return getState(this).mode; }
  get credentials() { return getState(this).credentials; }
  get cache() { return getState(this).cache; }
  get redirect() { return getState(this).redirect; }
  get integrity() { return getState(this).integrity; }
  get keepalive() { return getState(this).keepalive; }
  get isReloadNavigation() { getState(this); return false; }
  get isHistoryNavigation() { getState(this); return false; }
  get signal() {
    getState(this);
    this[kSignal] ??= followingSignal(this[kParentSignal]);
    return this[kSignal];
  }
  get duplex() { getState(this); return 'half'; }

  clone() {
    const state = getState(this);
    if (isUnusable(state.body)) throw new TypeError('Request.clone: Body has already been consumed.');
    const copy = { ...state, headersList: state.headersList.clone(), urlList: state.urlList.slice() };
    copy.body = cloneBody(state.body);
    const request = Object.create(Request.prototype);
    request[kState] = copy;
    request[kHeaders] = headersFromList(copy.headersList, getHeadersGuard(this[kHeaders]));
    request[kParentSignal] = this[kParentSignal];
    request[kSignal] = undefined;
    return request;
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    inspectModule ??= require('internal/util/inspect');
    const object = {
      method: this.method,
      url: this.url,
      headers: this.headers,
      destination: this.destination,
      referrer: this.referrer,
      referrerPolicy: this.referrerPolicy,
      mode: this.mode,
      credentials: this.credentials,
      cache: this.cache,
      redirect: this.redirect,
      integrity: this.integrity,
      keepalive: this.keepalive,
      isReloadNavigation: this.isReloadNavigation,
      isHistoryNavigation: this.isHistoryNavigation,
      signal: this.signal,
    };
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Request ${inspectModule.inspect(object, opts)}`;
  }
}

mixinBody(Request, 'Request', getState);

for (const name of ['method', 'url', 'headers', 'destination', 'referrer', 'referrerPolicy',
  'mode', 'credentials', 'cache', 'redirect', 'integrity', 'keepalive', 'isReloadNavigation',
  'isHistoryNavigation', 'signal', 'duplex', 'clone']) {
  Object.defineProperty(Request.prototype, name, { enumerable: true });
}
Object.defineProperty(Request.prototype, Symbol.toStringTag, { value: 'Request', configurable: true });

function getRequestState(request) { return getState(request); }
// The signal fetch listens to: the request's own if made, else the one it follows (or null).
function getRequestSignal(request) { return request[kSignal] ?? request[kParentSignal]; }

module.exports = { Request, getRequestState, getRequestSignal };
