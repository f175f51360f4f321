'use strict';
// node:readline/promises: the Interface whose question() returns a promise, and Readline.

const { validateAbortSignal } = require('internal/validators');
const {
  Interface: BaseInterface, abortError, kQuestion, kQuestionCancel, kQuestionReject,
} = require('internal/readline/interface');
const { Readline } = require('internal/readline/promises');

const kEmptyOptions = Object.freeze({ __proto__: null });

class Interface extends BaseInterface {
  // eslint-disable-next-line no-useless-constructor
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  question(query, options = kEmptyOptions) {
    return new Promise((resolve, reject) => {
      let callback = resolve;
      // ctrl-c and ctrl-d on an empty line reject the latest question.
      this[kQuestionReject] = reject;
      if (options?.signal) {
        const { signal } = options;
        validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) {
          reject(abortError(signal));
          return;
        }
        const onAbort = () => {
          this[kQuestionCancel]();
          reject(abortError(signal));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        callback = (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      this[kQuestion](query, callback);
    });
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = { Interface, Readline, createInterface };
