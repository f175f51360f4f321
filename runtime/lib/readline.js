'use strict';
// node:readline. Interface is Node's function-style class: it wraps a synchronous completer
// into the callback form, keeps question()'s callback API, and exposes the editor's steps
// under their historical underscore names (_writeToOutput, _ttyWrite, _refreshLine, …) so
// that programs overriding one on an instance (password prompts do) change the behaviour.

const { validateAbortSignal } = require('internal/validators');
const { inspect } = require('internal/util/inspect');
const {
  Interface: BaseInterface,
  InterfaceConstructor,
  abortError,
  kAddHistory, kDecoder, kDeleteLeft, kDeleteLineLeft, kDeleteLineRight, kDeleteRight,
  kDeleteWordLeft, kDeleteWordRight, kGetDisplayPos, kHistoryNext, kHistoryPrev,
  kInsertString, kLine, kLineBuffer, kMoveCursor, kNormalWrite, kOldPrompt, kOnLine,
  kPreviousKey, kPrompt, kQuestion, kQuestionCallback, kQuestionCancel, kRefreshLine,
  kSawKeyPress, kSawReturnAt, kSetRawMode, kTabComplete, kTabCompleter, kTtyWrite, kWordLeft,
  kWordRight, kWriteToOutput,
} = require('internal/readline/interface');
const { cursorTo, moveCursor, clearLine, clearScreenDown } =
  require('internal/readline/callbacks');
const emitKeypressEvents = require('internal/readline/emit_keypress_events');

const kEmptyOptions = Object.freeze({ __proto__: null });
const kPromisifyCustom = Symbol.for('nodejs.util.promisify.custom');

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  if (input?.input && typeof input.completer === 'function' && input.completer.length !== 2) {
    const { completer: syncCompleter } = input;
    input.completer = (value, callback) => callback(null, syncCompleter(value));
  } else if (typeof completer === 'function' && completer.length !== 2) {
    const syncCompleter = completer;
    completer = (value, callback) => callback(null, syncCompleter(value));
  }
  InterfaceConstructor.call(this, input, output, completer, terminal);
  if (process.env.TERM === 'dumb') this._ttyWrite = ttyWriteDumb.bind(this);
}

Object.setPrototypeOf(Interface.prototype, BaseInterface.prototype);
Object.setPrototypeOf(Interface, BaseInterface);

// Private state under its old public names.
const stateNames = [
  ['_decoder', kDecoder], ['_line_buffer', kLineBuffer], ['_oldPrompt', kOldPrompt],
  ['_previousKey', kPreviousKey], ['_prompt', kPrompt], ['_questionCallback', kQuestionCallback],
  ['_sawKeyPress', kSawKeyPress], ['_sawReturnAt', kSawReturnAt],
];

Interface.prototype.question = function question(query, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  if (options === null || typeof options !== 'object') options = kEmptyOptions;
  if (options.signal) {
    const { signal } = options;
    validateAbortSignal(signal, 'options.signal');
    if (signal.aborted) return;
    const onAbort = () => this[kQuestionCancel]();
    signal.addEventListener('abort', onAbort, { once: true });
    const cleanup = () => signal.removeEventListener('abort', onAbort);
    const original = callback;
    callback = typeof original === 'function' ? (answer) => {
      cleanup();
      return original(answer);
    } : cleanup;
  }
  if (typeof callback === 'function') this[kQuestion](query, callback);
};

Interface.prototype.question[kPromisifyCustom] = function question(query, options) {
  if (options === null || typeof options !== 'object') options = kEmptyOptions;
  const { signal } = options;
  if (signal && signal.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    let callback = resolve;
    if (signal) {
      const onAbort = () => reject(abortError(signal));
      signal.addEventListener('abort', onAbort, { once: true });
      callback = (answer) => {
        signal.removeEventListener('abort', onAbort);
        resolve(answer);
      };
    }
    this.question(query, options, callback);
  });
};

for (const [name, symbol] of stateNames) {
  Object.defineProperty(Interface.prototype, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return this[symbol]; },
    set(value) { this[symbol] = value; },
  });
}

// The editor's steps: the underscore method runs the step, and the step's internal entry
// point calls the underscore method, so an instance override is seen from inside.
const stepNames = [
  ['_setRawMode', kSetRawMode], ['_onLine', kOnLine], ['_writeToOutput', kWriteToOutput],
  ['_addHistory', kAddHistory], ['_refreshLine', kRefreshLine], ['_normalWrite', kNormalWrite],
  ['_insertString', kInsertString], ['_tabComplete', kTabComplete], ['_wordLeft', kWordLeft],
  ['_wordRight', kWordRight], ['_deleteLeft', kDeleteLeft], ['_deleteRight', kDeleteRight],
  ['_deleteWordLeft', kDeleteWordLeft], ['_deleteWordRight', kDeleteWordRight],
  ['_deleteLineLeft', kDeleteLineLeft], ['_deleteLineRight', kDeleteLineRight],
  ['_line', kLine], ['_historyNext', kHistoryNext], ['_historyPrev', kHistoryPrev],
  ['_getDisplayPos', kGetDisplayPos], ['_getCursorPos', null], ['_moveCursor', kMoveCursor],
  ['_ttyWrite', kTtyWrite],
];

// The callback form of tab completion (the completer was wrapped to take a callback).
function tabCompleteWithCallback(lastKeypressWasTab) {
  this.pause();
  const text = this.line.slice(0, this.cursor);
  this.completer(text, (error, value) => {
    this.resume();
    if (error) {
      this._writeToOutput(`Tab completion error: ${inspect(error)}`);
      return;
    }
    this[kTabCompleter](lastKeypressWasTab, value);
  });
}

// Entry points written out for the two steps that run per chunk and per line of non-terminal
// input: the ones made in the loop below share one function literal, hence one feedback vector,
// so their `this[name]` lookup and call are megamorphic (~30 % of the cost of a line).
const dedicatedEntryPoints = {
  __proto__: null,
  _onLine: { _onLine(first, second) { return this._onLine(first, second); } }._onLine,
  _normalWrite: {
    _normalWrite(first, second) { return this._normalWrite(first, second); },
  }._normalWrite,
};

for (const [name, symbol] of stepNames) {
  let implementation;
  if (symbol === null) implementation = BaseInterface.prototype.getCursorPos;
  else if (symbol === kTabComplete) implementation = tabCompleteWithCallback;
  else implementation = BaseInterface.prototype[symbol];
  Object.defineProperty(Interface.prototype, name, {
    __proto__: null, configurable: true, enumerable: true, writable: true, value: implementation,
  });
  if (symbol !== null) {
    Object.defineProperty(Interface.prototype, symbol, {
      __proto__: null,
      configurable: true,
      writable: true,
      value: dedicatedEntryPoints[name] ?? {
        [name](first, second) { return this[name](first, second); },
      }[name],
    });
  }
}

// With TERM=dumb the terminal cannot move the cursor: keys only append, no redraws.
function ttyWriteDumb(s, key) {
  key = key || kEmptyOptions;
  if (key.name === 'escape') return;
  if (this[kSawReturnAt] && key.name !== 'enter') this[kSawReturnAt] = 0;
  if (key.ctrl) {
    if (key.name === 'c') {
      if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
      else this.close();
      return;
    }
    if (key.name === 'd') {
      this.close();
      return;
    }
  }
  switch (key.name) {
    case 'return':
      this[kSawReturnAt] = Date.now();
      this._line();
      break;
    case 'enter':
      if (this[kSawReturnAt] === 0 || Date.now() - this[kSawReturnAt] > this.crlfDelay) {
        this._line();
      }
      this[kSawReturnAt] = 0;
      break;
    default:
      if (typeof s === 'string' && s) {
        this.line += s;
        this.cursor += s.length;
        this._writeToOutput(s);
      }
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

let promises;

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};

Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    promises ??= require('readline/promises');
    return promises;
  },
});
