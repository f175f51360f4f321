'use strict';
// node:repl: a read-eval-print loop on readline, as `kiln` starts it with no script on a
// terminal (or `kiln -i`). Each input is compiled as a script; one that ends too early (an open
// brace, an unfinished template) waits for more lines behind the "... " prompt. Results are
// printed with util.inspect and kept in `_`, errors in `_error`. Top-level `await` works for
// an expression or statements (declarations inside such an input stay local to it).

const fs = require('fs');
const vm = require('vm');
const { Interface } = require('readline');
const { inspect } = require('internal/util/inspect');
const { builtinModules } = require('internal/modules/cjs/loader').Module;

const REPL_MODE_SLOPPY = Symbol('repl-sloppy');
const REPL_MODE_STRICT = Symbol('repl-strict');

function writer(value) {
  return inspect(value, writer.options);
}
writer.options = { ...inspect.defaultOptions, showProxy: true };

// Syntax errors that more input can still fix.
function isRecoverableError(error) {
  if (!(error instanceof SyntaxError)) return false;
  return /^(Unexpected end of input|Unterminated template literal|missing \) after argument list)$/
    .test(error.message);
}

// [script, whether it is an async wrapper whose promise gives the value].
function compileScript(code, filename) {
  // `{ a: 1 }` alone is an object to print, not a block: tried as an expression first, as Node.
  if (/^\s*\{/.test(code) && /\}\s*;?\s*$/.test(code)) {
    try {
      return [new vm.Script(`(${code.replace(/;\s*$/, '')})\n`, { filename }), false];
    } catch {
      // A block after all.
    }
  }
  try {
    return [new vm.Script(code, { filename }), false];
  } catch (error) {
    if (!(error instanceof SyntaxError) || !/\bawait\b/.test(code) ||
        !/await is only valid/.test(error.message)) {
      throw error;
    }
  }
  // Top-level await: an expression is awaited for its value, statements run in an async body.
  const body = code.trim().replace(/;$/, '');
  try {
    return [new vm.Script(`(async () => { return (${body}\n); })()`, { filename }), true];
  } catch {
    return [new vm.Script(`(async () => { ${code}\n})()`, { filename }), true];
  }
}

function defaultEval(code, context, filename, callback) {
  let result;
  try {
    const [script, awaited] = compileScript(code, filename);
    result = this.useGlobal ?
      script.runInThisContext({ displayErrors: false }) :
      script.runInContext(context, { displayErrors: false });
    if (awaited) {
      result.then((value) => callback(null, value), (error) => callback(error));
      return;
    }
  } catch (error) {
    callback(error);
    return;
  }
  callback(null, result);
}

// The stack of an error thrown by REPL input, without the frames of the REPL itself.
function formatError(error) {
  if (!(error instanceof Error) || typeof error.stack !== 'string') {
    return `Uncaught ${inspect(error)}`;
  }
  const lines = error.stack.split('\n');
  const kept = [];
  for (const line of lines) {
    if (/^\s+at (REPL\d+:\d+:\d+|.*\(node:|node:|Script\.run)/.test(line)) break;
    kept.push(line);
  }
  return `Uncaught ${kept.join('\n')}`;
}

// The built-in modules as globals of the CLI REPL (`fs.readFileSync(...)` without require),
// loaded on first use; assigning one replaces it.
function addBuiltinLibsToObject(object) {
  for (const name of builtinModules) {
    if (name.startsWith('_') || name.includes('/') || name in object) continue;
    Object.defineProperty(object, name, {
      __proto__: null,
      configurable: true,
      enumerable: false,
      get() {
        const lib = require(name);
        Object.defineProperty(object, name, { __proto__: null, value: lib, writable: true,
                                              configurable: true, enumerable: false });
        return lib;
      },
      set(value) {
        Object.defineProperty(object, name, { __proto__: null, value, writable: true,
                                              configurable: true, enumerable: true });
      },
    });
  }
}

function createContext() {
  const context = vm.createContext();
  for (const name of Object.getOwnPropertyNames(globalThis)) {
    if (name in context) continue;
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, name);
    Object.defineProperty(context, name, descriptor);
  }
  context.global = context;
  context.module = { exports: {}, id: '<repl>', children: [], paths: [] };
  context.require = require('module').createRequire(`${process.cwd()}/<repl>`);
  return context;
}

function REPLServer(prompt, stream, eval_, useGlobal, ignoreUndefined, replMode) {
  if (!(this instanceof REPLServer)) {
    return new REPLServer(prompt, stream, eval_, useGlobal, ignoreUndefined, replMode);
  }
  const options = prompt !== null && typeof prompt === 'object' ? prompt :
    { prompt, stream, eval: eval_, useGlobal, ignoreUndefined, replMode };
  const input = options.input ?? options.stream ?? process.stdin;
  const output = options.output ?? options.stream ?? process.stdout;
  const terminal = options.terminal ?? Boolean(output.isTTY);
  Interface.call(this, { input, output, terminal, prompt: options.prompt ?? '> ',
                         completer: options.completer ?? ((line) => this.complete(line)) });
  this.useGlobal = Boolean(options.useGlobal);
  this.ignoreUndefined = Boolean(options.ignoreUndefined);
  this.replMode = options.replMode ?? REPL_MODE_SLOPPY;
  this.useColors = options.useColors ?? terminal;
  this.writer = options.writer ?? writer;
  if (this.writer === writer) writer.options.colors = this.useColors;
  this.eval = options.eval ?? defaultEval;
  this.commands = { __proto__: null };
  this.lines = [];
  this.bufferedCommand = '';
  this.underscoreAssigned = false;
  this.underscoreErrAssigned = false;
  this._initialPrompt = options.prompt ?? '> ';
  this.resetContext();
  defineDefaultCommands(this);

  let sawSIGINT = false;
  let evalCount = 0;
  this.on('SIGINT', () => {
    if (this.line.length > 0 || this.bufferedCommand !== '') {
      sawSIGINT = false;
      this.clearBufferedCommand();
      this.line = '';
      this.output.write('\n');
      this.displayPrompt();
      return;
    }
    if (sawSIGINT) {
      this.close();
      return;
    }
    this.output.write('(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n');
    sawSIGINT = true;
    this.displayPrompt();
  });
  this.on('line', (line) => {
    sawSIGINT = false;
    const trimmed = line.trim();
    if (this.bufferedCommand === '' && /^\.[^\s.\d]/.test(trimmed)) {
      const match = /^\.([^\s]+)\s*(.*)$/.exec(trimmed);
      const command = this.commands[match[1]];
      if (command) {
        command.action.call(this, match[2]);
        return;
      }
      this.output.write('Invalid REPL keyword\n');
      this.displayPrompt();
      return;
    }
    const code = `${this.bufferedCommand}${line}\n`;
    if (code.trim() === '') {
      this.displayPrompt();
      return;
    }
    this.pause();
    this.eval(code, this.context, `REPL${++evalCount}`, (error, result) => {
      this.resume();
      if (error && isRecoverableError(error)) {
        this.bufferedCommand = code;
        this.displayPrompt();
        return;
      }
      this.clearBufferedCommand();
      this.lines.push(...code.replace(/\n$/, '').split('\n'));
      showResult(this, error, result);
    });
  });
  this.on('close', () => this.emit('exit'));
  this.displayPrompt();
}
Object.setPrototypeOf(REPLServer.prototype, Interface.prototype);
Object.setPrototypeOf(REPLServer, Interface);

// Prints what an input gave (kept in `_`) or threw (kept in `_error`), then the prompt.
function showResult(server, error, result) {
  if (error) {
    if (!server.underscoreErrAssigned) server.last_error = error;
    setUnderscore(server, '_error', error);
    server.output.write(`${formatError(error)}\n`);
  } else if (!(server.ignoreUndefined && result === undefined)) {
    setUnderscore(server, '_', result);
    server.output.write(`${server.writer(result)}\n`);
  }
  server.displayPrompt();
}

function setUnderscore(server, name, value) {
  const assigned = name === '_' ? 'underscoreAssigned' : 'underscoreErrAssigned';
  if (server[assigned]) return;
  const descriptor = Object.getOwnPropertyDescriptor(server.context, name);
  if (descriptor && !descriptor.get) {
    // The program assigned it: from now on it is theirs, as in Node.
    server[assigned] = true;
    return;
  }
  Object.defineProperty(server.context, name, {
    __proto__: null, configurable: true, enumerable: false,
    get: () => value,
    set: (newValue) => {
      server[assigned] = true;
      Object.defineProperty(server.context, name, { __proto__: null, value: newValue,
                                                    writable: true, configurable: true,
                                                    enumerable: true });
    },
  });
}

REPLServer.prototype.resetContext = function resetContext() {
  this.context = this.useGlobal ? globalThis : createContext();
  if (this.useGlobal) addBuiltinLibsToObject(globalThis);
  this.emit('reset', this.context);
};

REPLServer.prototype.clearBufferedCommand = function clearBufferedCommand() {
  this.bufferedCommand = '';
};

REPLServer.prototype.displayPrompt = function displayPrompt(preserveCursor) {
  this.setPrompt(this.bufferedCommand !== '' ? '... ' : this._initialPrompt);
  this.prompt(preserveCursor);
};

REPLServer.prototype.defineCommand = function defineCommand(keyword, command) {
  if (typeof command === 'function') command = { action: command };
  if (command === null || typeof command !== 'object' || typeof command.action !== 'function') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('cmd.action', 'Function', command?.action);
  }
  this.commands[keyword] = command;
};

// Tab completion: the properties of the expression before the last dot, or the globals and
// keywords that start the last word.
REPLServer.prototype.complete = function complete(line) {
  const match = /([\w$.]*)$/.exec(line);
  const word = match[1];
  const dot = word.lastIndexOf('.');
  let names = [];
  let prefix = word;
  try {
    if (dot >= 0 && /^[\w$.]+$/.test(word.slice(0, dot))) {
      const expression = word.slice(0, dot);
      const object = this.useGlobal ? vm.runInThisContext(expression) :
        vm.runInContext(expression, this.context);
      prefix = word.slice(dot + 1);
      for (let o = object; o !== null && o !== undefined; o = Object.getPrototypeOf(o)) {
        names.push(...Object.getOwnPropertyNames(o));
      }
    } else {
      names = Object.getOwnPropertyNames(this.context);
    }
  } catch {
    names = [];
  }
  const hits = [...new Set(names)].filter((name) => name.startsWith(prefix) && /^[\w$]+$/.test(name))
    .sort();
  return [hits, prefix];
};

function defineDefaultCommands(server) {
  server.defineCommand('break', {
    help: 'Sometimes you get stuck, this gets you out',
    action() {
      this.clearBufferedCommand();
      this.displayPrompt();
    },
  });
  server.defineCommand('clear', {
    help: server.useGlobal ? 'Alias for .break' : 'Break, and also clear the local context',
    action() {
      this.clearBufferedCommand();
      if (!this.useGlobal) {
        this.output.write('Clearing context...\n');
        this.resetContext();
      }
      this.displayPrompt();
    },
  });
  server.defineCommand('exit', {
    help: 'Exit the REPL',
    action() { this.close(); },
  });
  server.defineCommand('help', {
    help: 'Print this help message',
    action() {
      const names = Object.keys(this.commands).sort();
      const width = Math.max(...names.map((name) => name.length)) + 3;
      for (const name of names) {
        this.output.write(`${`.${name}`.padEnd(width + 1)}${this.commands[name].help ?? ''}\n`);
      }
      this.output.write('\nPress Ctrl+C to abort current expression, Ctrl+D to exit the REPL\n');
      this.displayPrompt();
    },
  });
  server.defineCommand('load', {
    help: 'Load JS from a file into the REPL session',
    action(file) {
      try {
        const code = fs.readFileSync(file, 'utf8');
        this.eval(code, this.context, file, (error, result) => {
          showResult(this, error, result);
          this.displayPrompt();  // Node's .load shows the prompt twice.
        });
      } catch (error) {
        this.output.write(`Failed to load: ${file}\n`);
        this.displayPrompt();
      }
    },
  });
  server.defineCommand('save', {
    help: 'Save all evaluated commands in this REPL session to a file',
    action(file) {
      try {
        fs.writeFileSync(file, `${this.lines.join('\n')}\n`);
        this.output.write(`Session saved to: ${file}\n`);
      } catch {
        this.output.write(`Failed to save: ${file}\n`);
      }
      this.displayPrompt();
    },
  });
}

function start(prompt, source, eval_, useGlobal, ignoreUndefined, replMode) {
  return new REPLServer(prompt, source, eval_, useGlobal, ignoreUndefined, replMode);
}

class Recoverable extends SyntaxError {
  constructor(err) {
    super();
    this.err = err;
  }
}

module.exports = {
  start,
  writer,
  REPLServer,
  REPL_MODE_SLOPPY,
  REPL_MODE_STRICT,
  Recoverable,
  builtinModules: builtinModules.filter((name) => !name.startsWith('_')),
};
