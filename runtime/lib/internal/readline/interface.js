'use strict';
// The readline Interface shared by node:readline and node:readline/promises: splitting a
// stream into lines, and in terminal mode a line editor (cursor keys, kill ring, undo,
// history with prefix search, tab completion) that redraws the line with ANSI sequences.

const EventEmitter = require('events');
const {
  AbortError,
  codes: { ERR_INVALID_ARG_VALUE, ERR_USE_AFTER_CLOSE },
} = require('internal/errors');
const {
  validateAbortSignal, validateArray, validateNumber, validateString, validateUint32,
} = require('internal/validators');
const { getStringWidth, inspect, stripVTControlCharacters } = require('internal/util/inspect');
const { charLengthAt, charLengthLeft, commonPrefix } = require('internal/readline/utils');
const { cursorTo, moveCursor, clearScreenDown } = require('internal/readline/callbacks');
const emitKeypressEvents = require('internal/readline/emit_keypress_events');
const { createLineIterator, kTakeLines } = require('internal/readline/line_iterator');
const {
  kSawKeyPress, kQuestion, kQuestionCancel, kQuestionReject,
} = require('internal/readline/symbols');

const kHistorySize = 30;
const kMaxUndoRedoStackSize = 2048;
const kMinCrlfDelay = 100;
const kMaxKillRingLength = 32;
const lineEnding = /\r?\n|\r(?!\n)/g;
// Private state, symbol-keyed so that node:readline's Interface can expose it under Node's
// historical underscore names.
const kAddHistory = Symbol('_addHistory');
const kBeforeEdit = Symbol('_beforeEdit');
const kDecoder = Symbol('_decoder');
const kDeleteLeft = Symbol('_deleteLeft');
const kDeleteLineLeft = Symbol('_deleteLineLeft');
const kDeleteLineRight = Symbol('_deleteLineRight');
const kDeleteRight = Symbol('_deleteRight');
const kDeleteWordLeft = Symbol('_deleteWordLeft');
const kDeleteWordRight = Symbol('_deleteWordRight');
const kGetDisplayPos = Symbol('_getDisplayPos');
const kHistoryNext = Symbol('_historyNext');
const kHistoryPrev = Symbol('_historyPrev');
const kInsertString = Symbol('_insertString');
const kLine = Symbol('_line');
const kLineBuffer = Symbol('_line_buffer');
const kLineIterator = Symbol('_lineObjectStream');
const kMoveCursor = Symbol('_moveCursor');
const kNormalWrite = Symbol('_normalWrite');
const kOldPrompt = Symbol('_oldPrompt');
const kOnLine = Symbol('_onLine');
const kPreviousKey = Symbol('_previousKey');
const kPrompt = Symbol('_prompt');
const kQuestionCallback = Symbol('_questionCallback');
const kRedo = Symbol('_redo');
const kRedoStack = Symbol('_redoStack');
const kRefreshLine = Symbol('_refreshLine');
const kSawReturnAt = Symbol('_sawReturnAt');
const kSetRawMode = Symbol('_setRawMode');
const kSubstringSearch = Symbol('_substringSearch');
const kTabComplete = Symbol('_tabComplete');
const kTabCompleter = Symbol('_tabCompleter');
const kTtyWrite = Symbol('_ttyWrite');
const kUndo = Symbol('_undo');
const kUndoStack = Symbol('_undoStack');
const kWordLeft = Symbol('_wordLeft');
const kWordRight = Symbol('_wordRight');
const kWriteToOutput = Symbol('_writeToOutput');
const kYank = Symbol('_yank');
const kYanking = Symbol('_yanking');
const kYankPop = Symbol('_yankPop');
const kKillRing = Symbol('_killRing');
const kKillRingCursor = Symbol('_killRingCursor');

const kEmptyKey = Object.freeze({ __proto__: null });

function reverseString(str) {
  let out = '';
  for (const ch of str) out = ch + out;
  return out;
}

// Both node:readline's function-style Interface and the classes call this with `this` set.
function InterfaceConstructor(input, output, completer, terminal) {
  this[kSawReturnAt] = 0;
  this.isCompletionEnabled = true;
  this[kSawKeyPress] = false;
  this[kPreviousKey] = null;
  this.escapeCodeTimeout = 500;
  this.tabSize = 8;
  EventEmitter.call(this);

  let history;
  let historySize;
  let removeHistoryDuplicates = false;
  let crlfDelay;
  let prompt = '> ';
  let signal;

  if (input?.input) {
    // The options-object form.
    const options = input;
    output = options.output;
    completer = options.completer;
    terminal = options.terminal;
    history = options.history;
    historySize = options.historySize;
    signal = options.signal;
    if (options.tabSize !== undefined) {
      validateUint32(options.tabSize, 'tabSize', true);
      this.tabSize = options.tabSize;
    }
    removeHistoryDuplicates = options.removeHistoryDuplicates;
    if (options.prompt !== undefined) prompt = options.prompt;
    if (options.escapeCodeTimeout !== undefined) {
      if (!Number.isFinite(options.escapeCodeTimeout)) {
        throw new ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout', this.escapeCodeTimeout);
      }
      this.escapeCodeTimeout = options.escapeCodeTimeout;
    }
    if (signal) validateAbortSignal(signal, 'options.signal');
    crlfDelay = options.crlfDelay;
    input = options.input;
  }

  if (completer !== undefined && typeof completer !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('completer', completer);
  }
  if (history === undefined) history = [];
  else validateArray(history, 'history');
  if (historySize === undefined) historySize = kHistorySize;
  validateNumber(historySize, 'historySize', 0);

  // Without an explicit `terminal`, a TTY output means terminal mode.
  if (terminal === undefined && output != null) terminal = !!output.isTTY;

  this.line = '';
  this[kSubstringSearch] = null;
  this.output = output;
  this.input = input;
  this[kUndoStack] = [];
  this[kRedoStack] = [];
  this.history = history;
  this.historySize = historySize;
  this[kKillRing] = [];
  this[kKillRingCursor] = 0;
  this[kYanking] = false;
  this.removeHistoryDuplicates = !!removeHistoryDuplicates;
  this.crlfDelay = crlfDelay ? Math.max(kMinCrlfDelay, crlfDelay) : kMinCrlfDelay;
  this.completer = completer;
  this.setPrompt(prompt);
  this.terminal = !!terminal;
  this[kLineIterator] = undefined;
  this[kQuestionCallback] = null;
  this[kOldPrompt] = undefined;

  const self = this;
  function onError(error) { self.emit('error', error); }
  input.on('error', onError);

  if (!this.terminal) {
    const onData = (data) => self[kNormalWrite](data);
    const onEnd = () => {
      const rest = self[kLineBuffer];
      if (typeof rest === 'string' && rest.length > 0) self.emit('line', rest);
      self.close();
    };
    input.on('data', onData);
    input.on('end', onEnd);
    this.once('close', () => {
      input.removeListener('data', onData);
      input.removeListener('error', onError);
      input.removeListener('end', onEnd);
    });
    const { StringDecoder } = require('string_decoder');
    this[kDecoder] = new StringDecoder('utf8');
  } else {
    const onKeypress = (s, key) => {
      self[kTtyWrite](s, key);
      if (key && key.sequence) {
        // A lone surrogate half was typed: redraw once the pair is complete.
        const code = key.sequence.codePointAt(0);
        if (code >= 0xd800 && code <= 0xdfff) self[kRefreshLine]();
      }
    };
    const onTermEnd = () => {
      if (typeof self.line === 'string' && self.line.length > 0) self.emit('line', self.line);
      self.close();
    };
    const onResize = () => self[kRefreshLine]();
    emitKeypressEvents(input, this);
    input.on('keypress', onKeypress);
    input.on('end', onTermEnd);
    this[kSetRawMode](true);
    this.terminal = true;
    this.cursor = 0;
    this.historyIndex = -1;
    if (output != null) output.on('resize', onResize);
    this.once('close', () => {
      input.removeListener('keypress', onKeypress);
      input.removeListener('error', onError);
      input.removeListener('end', onTermEnd);
      if (output != null) output.removeListener('resize', onResize);
    });
  }

  if (signal) {
    const onAborted = () => self.close();
    if (signal.aborted) {
      process.nextTick(onAborted);
    } else {
      signal.addEventListener('abort', onAborted, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }

  this.line = '';
  input.resume();
}

Object.setPrototypeOf(InterfaceConstructor.prototype, EventEmitter.prototype);
Object.setPrototypeOf(InterfaceConstructor, EventEmitter);

// The pieces of `string` between \r\n, \n and lone \r line endings (the last piece is what
// follows the last ending). String.prototype.split makes all the pieces in one native call, so
// text with only \n endings (the common case) and with \r\n endings (from Windows: split at
// \n, then drop each piece's \r) takes it; a \r not followed by \n needs the regex.
function splitLines(string) {
  let cr = string.indexOf('\r');
  if (cr === -1) return string.split('\n');
  do {
    if (string.charCodeAt(cr + 1) !== 10) return splitLineEndings(string);
    cr = string.indexOf('\r', cr + 2);
  } while (cr !== -1);
  const lines = string.split('\n');
  const last = lines.length - 1;
  for (let i = 0; i < last; i++) {
    const line = lines[i];
    if (line.charCodeAt(line.length - 1) === 13) lines[i] = line.slice(0, -1);
  }
  return lines;
}

// The line iterator's batch entry when its listener is the interface's only 'line' listener.
function soleLineIteratorTaker(rl) {
  if (rl[kLineIterator] === undefined || rl.listenerCount('line') !== 1) return undefined;
  return rl.rawListeners('line')[0][kTakeLines];
}

function splitLineEndings(string) {
  const lines = [];
  let start = 0;
  let match;
  lineEnding.lastIndex = 0;
  while ((match = lineEnding.exec(string)) !== null) {
    lines.push(string.slice(start, match.index));
    start = lineEnding.lastIndex;
  }
  lines.push(string.slice(start));
  return lines;
}

class Interface extends InterfaceConstructor {
  // eslint-disable-next-line no-useless-constructor
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  get columns() {
    if (this.output && this.output.columns) return this.output.columns;
    return Infinity;
  }

  setPrompt(prompt) {
    this[kPrompt] = prompt;
  }

  getPrompt() {
    return this[kPrompt];
  }

  [kSetRawMode](mode) {
    const wasRaw = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
    return wasRaw;
  }

  prompt(preserveCursor) {
    if (this.paused) this.resume();
    if (this.terminal && process.env.TERM !== 'dumb') {
      if (!preserveCursor) this.cursor = 0;
      this[kRefreshLine]();
    } else {
      this[kWriteToOutput](this[kPrompt]);
    }
  }

  [kQuestion](query, callback) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this[kQuestionCallback]) {
      this.prompt();
    } else {
      this[kOldPrompt] = this[kPrompt];
      this.setPrompt(query);
      this[kQuestionCallback] = callback;
      this.prompt();
    }
  }

  [kOnLine](line) {
    const callback = this[kQuestionCallback];
    if (callback) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      callback(line);
    } else {
      this.emit('line', line);
    }
  }

  [kQuestionCancel]() {
    if (this[kQuestionCallback]) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      this.clearLine();
    }
  }

  [kWriteToOutput](stringToWrite) {
    validateString(stringToWrite, 'stringToWrite');
    if (this.output != null) this.output.write(stringToWrite);
  }

  [kAddHistory]() {
    if (this.line.length === 0) return '';
    if (this.historySize === 0) return this.line;
    if (this.line.trim().length === 0) return this.line;
    if (this.history.length === 0 || this.history[0] !== this.line) {
      if (this.removeHistoryDuplicates) {
        const duplicate = this.history.indexOf(this.line);
        if (duplicate !== -1) this.history.splice(duplicate, 1);
      }
      this.history.unshift(this.line);
      if (this.history.length > this.historySize) this.history.pop();
    }
    this.historyIndex = -1;
    // A 'history' listener may rewrite the list (drop a password, say): answer its first entry.
    const line = this.history[0];
    this.emit('history', this.history);
    return line;
  }

  [kRefreshLine]() {
    const line = this[kPrompt] + this.line;
    const end = this[kGetDisplayPos](line);
    const cursor = this.getCursorPos();
    const previousRows = this.prevRows || 0;
    if (previousRows > 0) moveCursor(this.output, 0, -previousRows);
    cursorTo(this.output, 0);
    clearScreenDown(this.output);
    this[kWriteToOutput](line);
    // Make the terminal wrap to a new row when the text fills the last one exactly.
    if (end.cols === 0) this[kWriteToOutput](' ');
    cursorTo(this.output, cursor.cols);
    const rowsBelow = end.rows - cursor.rows;
    if (rowsBelow > 0) moveCursor(this.output, 0, -rowsBelow);
    this.prevRows = cursor.rows;
  }

  close() {
    if (this.closed) return;
    this.pause();
    if (this.terminal) this[kSetRawMode](false);
    this.closed = true;
    this.emit('close');
  }

  pause() {
    if (this.paused) return;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.paused) return;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  write(data, key) {
    if (this.paused) this.resume();
    if (this.terminal) this[kTtyWrite](data, key);
    else this[kNormalWrite](data);
  }

  [kNormalWrite](chunk) {
    if (chunk === undefined) return;
    let string = this[kDecoder].write(chunk);
    if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
      // The \n of a \r\n split across chunks.
      if (string.charCodeAt(0) === 10) string = string.slice(1);
      this[kSawReturnAt] = 0;
    }
    if (string.length === 0) return;
    // The buffered rest of the last chunk holds no \r or \n, so splitting only the new text
    // finds the same line ends as splitting the two joined, without copying the rest into a
    // flat string first. All lines are split off before any is emitted: a listener may write to
    // the interface re-entrantly.
    const lines = splitLines(string);
    const last = lines.length - 1;
    const buffered = this[kLineBuffer];
    if (last === 0) {
      this[kLineBuffer] = buffered ? buffered + string : string;
      return;
    }
    this[kSawReturnAt] = string.charCodeAt(string.length - 1) === 13 ? Date.now() : 0;
    this[kLineBuffer] = lines[last];
    if (buffered) lines[0] = buffered + lines[0];
    // `for await (const line of rl)` alone: its queue takes the lines without an emit each.
    const takeLines = this[kQuestionCallback] ? undefined : soleLineIteratorTaker(this);
    if (takeLines !== undefined) {
      takeLines(lines, last);
      return;
    }
    for (let i = 0; i < last; i++) this[kOnLine](lines[i]);
  }


  [kInsertString](text) {
    this[kBeforeEdit](this.line, this.cursor);
    if (!this.isCompletionEnabled) {
      // Inside a pasted chunk (more keys follow): append without redrawing, as Node 20 does;
      // the chunk's last key redraws.
      this.line += text;
      this.cursor += text.length;
      this[kWriteToOutput](text);
      return;
    }
    if (this.cursor < this.line.length) {
      this.line = this.line.slice(0, this.cursor) + text + this.line.slice(this.cursor);
      this.cursor += text.length;
      this[kRefreshLine]();
    } else {
      const before = this.getCursorPos();
      this.line += text;
      this.cursor += text.length;
      const after = this.getCursorPos();
      if (before.rows < after.rows) this[kRefreshLine]();
      else this[kWriteToOutput](text);
    }
  }

  async [kTabComplete](lastKeypressWasTab) {
    this.pause();
    const text = this.line.slice(0, this.cursor);
    let value;
    try {
      value = await this.completer(text);
    } catch (error) {
      this[kWriteToOutput](`Tab completion error: ${inspect(error)}`);
      return;
    } finally {
      this.resume();
    }
    this[kTabCompleter](lastKeypressWasTab, value);
  }

  [kTabCompleter](lastKeypressWasTab, { 0: completions, 1: completeOn }) {
    if (!completions || completions.length === 0) return;
    const prefix = commonPrefix(completions.filter((entry) => entry !== ''));
    if (prefix.startsWith(completeOn) && prefix.length > completeOn.length) {
      this[kInsertString](prefix.slice(completeOn.length));
      return;
    }
    if (!completeOn.startsWith(prefix)) {
      this.line = this.line.slice(0, this.cursor - completeOn.length) + prefix +
        this.line.slice(this.cursor, this.line.length);
      this.cursor = this.cursor - completeOn.length + prefix.length;
      this[kRefreshLine]();
      return;
    }
    if (!lastKeypressWasTab) return;
    this[kBeforeEdit](this.line, this.cursor);

    // A second tab lists the candidates in columns; '' entries start a new group.
    const widths = completions.map((entry) => getStringWidth(entry));
    const width = Math.max(...widths) + 2;
    let maxColumns = Math.floor(this.columns / width) || 1;
    if (maxColumns === Infinity) maxColumns = 1;
    let output = '\r\n';
    let column = 0;
    let padding = 0;
    for (let i = 0; i < completions.length; i++) {
      const completion = completions[i];
      if (completion === '' || column === maxColumns) {
        output += '\r\n';
        column = 0;
        padding = 0;
      } else {
        output += ' '.repeat(padding);
      }
      if (completion !== '') {
        output += completion;
        padding = width - widths[i];
        column++;
      } else {
        output += '\r\n';
      }
    }
    if (column !== 0) output += '\r\n\r\n';
    this[kWriteToOutput](output);
    this[kRefreshLine]();
  }

  [kWordLeft]() {
    if (this.cursor > 0) {
      const reversed = reverseString(this.line.slice(0, this.cursor));
      const match = /^\s*(?:[^\w\s]+|\w+)?/.exec(reversed);
      this[kMoveCursor](-match[0].length);
    }
  }

  [kWordRight]() {
    if (this.cursor < this.line.length) {
      const match = /^(?:\s+|[^\w\s]+|\w+)\s*/.exec(this.line.slice(this.cursor));
      this[kMoveCursor](match[0].length);
    }
  }

  [kDeleteLeft]() {
    if (this.cursor > 0 && this.line.length > 0) {
      this[kBeforeEdit](this.line, this.cursor);
      const size = charLengthLeft(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor - size) + this.line.slice(this.cursor);
      this.cursor -= size;
      this[kRefreshLine]();
    }
  }

  [kDeleteRight]() {
    if (this.cursor < this.line.length) {
      this[kBeforeEdit](this.line, this.cursor);
      const size = charLengthAt(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + size);
      this[kRefreshLine]();
    }
  }

  [kDeleteWordLeft]() {
    if (this.cursor > 0) {
      this[kBeforeEdit](this.line, this.cursor);
      let leading = this.line.slice(0, this.cursor);
      const match = /^\s*(?:[^\w\s]+|\w+)?/.exec(reverseString(leading));
      leading = leading.slice(0, leading.length - match[0].length);
      this.line = leading + this.line.slice(this.cursor);
      this.cursor = leading.length;
      this[kRefreshLine]();
    }
  }

  [kDeleteWordRight]() {
    if (this.cursor < this.line.length) {
      this[kBeforeEdit](this.line, this.cursor);
      const trailing = this.line.slice(this.cursor);
      const match = /^(?:\s+|\W+|\w+)\s*/.exec(trailing);
      this.line = this.line.slice(0, this.cursor) + trailing.slice(match[0].length);
      this[kRefreshLine]();
    }
  }

  [kDeleteLineLeft]() {
    this[kBeforeEdit](this.line, this.cursor);
    const deleted = this.line.slice(0, this.cursor);
    this.line = this.line.slice(this.cursor);
    this.cursor = 0;
    pushToKillRing(this, deleted);
    this[kRefreshLine]();
  }

  [kDeleteLineRight]() {
    this[kBeforeEdit](this.line, this.cursor);
    const deleted = this.line.slice(this.cursor);
    this.line = this.line.slice(0, this.cursor);
    pushToKillRing(this, deleted);
    this[kRefreshLine]();
  }

  [kYank]() {
    if (this[kKillRing].length > 0) {
      this[kYanking] = true;
      this[kInsertString](this[kKillRing][this[kKillRingCursor]]);
    }
  }

  [kYankPop]() {
    if (!this[kYanking]) return;
    const ring = this[kKillRing];
    if (ring.length > 1) {
      const lastYank = ring[this[kKillRingCursor]];
      this[kKillRingCursor]++;
      if (this[kKillRingCursor] >= ring.length) this[kKillRingCursor] = 0;
      const currentYank = ring[this[kKillRingCursor]];
      const head = this.line.slice(0, this.cursor - lastYank.length);
      const tail = this.line.slice(this.cursor);
      this.line = head + currentYank + tail;
      this.cursor = head.length + currentYank.length;
      this[kRefreshLine]();
    }
  }

  clearLine() {
    this[kMoveCursor](+Infinity);
    this[kWriteToOutput]('\r\n');
    this.line = '';
    this.cursor = 0;
    this.prevRows = 0;
  }

  [kLine]() {
    const line = this[kAddHistory]();
    this[kUndoStack] = [];
    this[kRedoStack] = [];
    this.clearLine();
    this[kOnLine](line);
  }

  [kBeforeEdit](text, cursor) {
    const stack = this[kUndoStack];
    if (stack.push({ text, cursor }) > kMaxUndoRedoStackSize) stack.shift();
  }

  [kUndo]() {
    if (this[kUndoStack].length <= 0) return;
    this[kRedoStack].push({ text: this.line, cursor: this.cursor });
    const entry = this[kUndoStack].pop();
    this.line = entry.text;
    this.cursor = entry.cursor;
    this[kRefreshLine]();
  }

  [kRedo]() {
    if (this[kRedoStack].length <= 0) return;
    this[kUndoStack].push({ text: this.line, cursor: this.cursor });
    const entry = this[kRedoStack].pop();
    this.line = entry.text;
    this.cursor = entry.cursor;
    this[kRefreshLine]();
  }

  [kHistoryNext]() {
    if (this.historyIndex >= 0) {
      this[kBeforeEdit](this.line, this.cursor);
      const search = this[kSubstringSearch] || '';
      let index = this.historyIndex - 1;
      while (index >= 0 &&
             (!this.history[index].startsWith(search) || this.line === this.history[index])) {
        index--;
      }
      this.line = index === -1 ? search : this.history[index];
      this.historyIndex = index;
      this.cursor = this.line.length;
      this[kRefreshLine]();
    }
  }

  [kHistoryPrev]() {
    if (this.historyIndex < this.history.length && this.history.length) {
      this[kBeforeEdit](this.line, this.cursor);
      const search = this[kSubstringSearch] || '';
      let index = this.historyIndex + 1;
      while (index < this.history.length &&
             (!this.history[index].startsWith(search) || this.line === this.history[index])) {
        index++;
      }
      this.line = index === this.history.length ? search : this.history[index];
      this.historyIndex = index;
      this.cursor = this.line.length;
      this[kRefreshLine]();
    }
  }

  // Columns and rows the text occupies on a terminal of this.columns columns: wide characters
  // take two cells and never straddle a row end, tabs stop every tabSize cells.
  [kGetDisplayPos](str) {
    let offset = 0;
    const columns = this.columns;
    let rows = 0;
    str = stripVTControlCharacters(str);
    for (const ch of str) {
      if (ch === '\n') {
        rows += Math.ceil(offset / columns) || 1;
        offset = 0;
        continue;
      }
      if (ch === '\t') {
        offset += this.tabSize - (offset % this.tabSize);
        continue;
      }
      const width = getStringWidth(ch, false);
      if (width === 0 || width === 1) {
        offset += width;
      } else {
        if ((offset + 1) % columns === 0) offset++;
        offset += 2;
      }
    }
    const cols = offset % columns;
    rows += (offset - cols) / columns;
    return { cols, rows };
  }

  getCursorPos() {
    return this[kGetDisplayPos](this[kPrompt] + this.line.slice(0, this.cursor));
  }

  [kMoveCursor](dx) {
    if (dx === 0) return;
    const before = this.getCursorPos();
    this.cursor += dx;
    if (this.cursor < 0) this.cursor = 0;
    else if (this.cursor > this.line.length) this.cursor = this.line.length;
    const after = this.getCursorPos();
    if (before.rows === after.rows) moveCursor(this.output, after.cols - before.cols, 0);
    else this[kRefreshLine]();
  }

  // One key from the keypress decoder (or rl.write(data, key)).
  [kTtyWrite](s, key) {
    const previousKey = this[kPreviousKey];
    key = key || kEmptyKey;
    this[kPreviousKey] = key;
    if (!key.meta || key.name !== 'y') this[kYanking] = false;

    // Up and down search the history for entries starting with what precedes the cursor.
    if ((key.name === 'up' || key.name === 'down') && !key.ctrl && !key.meta && !key.shift) {
      if (this[kSubstringSearch] === null) {
        this[kSubstringSearch] = this.line.slice(0, this.cursor);
      }
    } else if (this[kSubstringSearch] !== null) {
      this[kSubstringSearch] = null;
      if (this.history.length === this.historyIndex) this.historyIndex = -1;
    }

    if (typeof key.sequence === 'string') {
      const code = key.sequence.codePointAt(0);
      if (code === 0x1f) { // ctrl+- (or ctrl+_)
        this[kUndo]();
        return;
      }
      if (code === 0x1e) { // ctrl+6 (or ctrl+^)
        this[kRedo]();
        return;
      }
    }

    if (key.name === 'escape') return;

    if (key.ctrl && key.shift) {
      if (key.name === 'backspace') this[kDeleteLineLeft]();
      else if (key.name === 'delete') this[kDeleteLineRight]();
    } else if (key.ctrl) {
      ctrlKey(this, key);
    } else if (key.meta) {
      metaKey(this, key);
    } else {
      plainKey(this, s, key, previousKey);
    }
  }

  // for await (const line of rl): see line_iterator.js.
  [Symbol.asyncIterator]() {
    if (this[kLineIterator] === undefined) this[kLineIterator] = createLineIterator(this);
    return this[kLineIterator];
  }
}

function ctrlKey(rl, key) {
  switch (key.name) {
    case 'c':
      if (rl.listenerCount('SIGINT') > 0) {
        rl.emit('SIGINT');
      } else {
        rl.close();
        // A pending readline/promises question rejects (Node 20.19+).
        rl[kQuestionReject]?.(new AbortError('Aborted with Ctrl+C'));
      }
      break;
    case 'h': rl[kDeleteLeft](); break;
    case 'd':
      if (rl.cursor === 0 && rl.line.length === 0) {
        rl.close();
        rl[kQuestionReject]?.(new AbortError('Aborted with Ctrl+D'));
      } else if (rl.cursor < rl.line.length) {
        rl[kDeleteRight]();
      }
      break;
    case 'u': rl[kDeleteLineLeft](); break;
    case 'k': rl[kDeleteLineRight](); break;
    case 'a': rl[kMoveCursor](-Infinity); break;
    case 'e': rl[kMoveCursor](+Infinity); break;
    case 'b': rl[kMoveCursor](-charLengthLeft(rl.line, rl.cursor)); break;
    case 'f': rl[kMoveCursor](+charLengthAt(rl.line, rl.cursor)); break;
    case 'l':
      cursorTo(rl.output, 0, 0);
      clearScreenDown(rl.output);
      rl[kRefreshLine]();
      break;
    case 'n': rl[kHistoryNext](); break;
    case 'p': rl[kHistoryPrev](); break;
    case 'y': rl[kYank](); break;
    case 'z': suspend(rl); break;
    case 'w':
    case 'backspace':
      rl[kDeleteWordLeft]();
      break;
    case 'delete': rl[kDeleteWordRight](); break;
    case 'left': rl[kWordLeft](); break;
    case 'right': rl[kWordRight](); break;
  }
}

function suspend(rl) {
  if (rl.listenerCount('SIGTSTP') > 0) {
    rl.emit('SIGTSTP');
    return;
  }
  process.once('SIGCONT', () => {
    // After a resume from the shell the stream must be paused and resumed to see keys again.
    if (!rl.paused) {
      rl.pause();
      rl.emit('SIGCONT');
    }
    rl[kSetRawMode](true);
    rl[kRefreshLine]();
  });
  rl[kSetRawMode](false);
  process.kill(process.pid, 'SIGTSTP');
}

function metaKey(rl, key) {
  switch (key.name) {
    case 'b': rl[kWordLeft](); break;
    case 'f': rl[kWordRight](); break;
    case 'd':
    case 'delete':
      rl[kDeleteWordRight]();
      break;
    case 'backspace': rl[kDeleteWordLeft](); break;
    case 'y': rl[kYankPop](); break;
  }
}

function plainKey(rl, s, key, previousKey) {
  // A \r only matters when a \n follows it within crlfDelay.
  if (rl[kSawReturnAt] && key.name !== 'enter') rl[kSawReturnAt] = 0;
  switch (key.name) {
    case 'return':
      rl[kSawReturnAt] = Date.now();
      rl[kLine]();
      return;
    case 'enter':
      if (rl[kSawReturnAt] === 0 || Date.now() - rl[kSawReturnAt] > rl.crlfDelay) {
        rl[kLine]();
      }
      rl[kSawReturnAt] = 0;
      return;
    case 'backspace': rl[kDeleteLeft](); return;
    case 'delete': rl[kDeleteRight](); return;
    case 'left': rl[kMoveCursor](-charLengthLeft(rl.line, rl.cursor)); return;
    case 'right': rl[kMoveCursor](+charLengthAt(rl.line, rl.cursor)); return;
    case 'home': rl[kMoveCursor](-Infinity); return;
    case 'end': rl[kMoveCursor](+Infinity); return;
    case 'up': rl[kHistoryPrev](); return;
    case 'down': rl[kHistoryNext](); return;
    case 'tab':
      if (typeof rl.completer === 'function' && rl.isCompletionEnabled) {
        rl[kTabComplete](previousKey != null && previousKey.name === 'tab');
        return;
      }
      break;
  }
  if (typeof s === 'string' && s) {
    // Text with line breaks (a paste, or rl.write) is typed line by line.
    lineEnding.lastIndex = 0;
    let start = 0;
    let match;
    while ((match = lineEnding.exec(s)) !== null) {
      rl[kInsertString](s.slice(start, match.index));
      start = lineEnding.lastIndex;
      rl[kLine]();
      lineEnding.lastIndex = start;
    }
    rl[kInsertString](s.slice(start));
  }
}

function pushToKillRing(rl, deleted) {
  const ring = rl[kKillRing];
  if (!deleted || deleted === ring[0]) return;
  ring.unshift(deleted);
  rl[kKillRingCursor] = 0;
  while (ring.length > kMaxKillRingLength) ring.pop();
}

// The rejection of a question() whose AbortSignal fired.
function abortError(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

module.exports = {
  Interface,
  InterfaceConstructor,
  abortError,
  kAddHistory,
  kDecoder,
  kDeleteLeft,
  kDeleteLineLeft,
  kDeleteLineRight,
  kDeleteRight,
  kDeleteWordLeft,
  kDeleteWordRight,
  kGetDisplayPos,
  kHistoryNext,
  kHistoryPrev,
  kInsertString,
  kLine,
  kLineBuffer,
  kMoveCursor,
  kNormalWrite,
  kOldPrompt,
  kOnLine,
  kPreviousKey,
  kPrompt,
  kQuestion,
  kQuestionCallback,
  kQuestionCancel,
  kQuestionReject,
  kRefreshLine,
  kSawKeyPress,
  kSawReturnAt,
  kSetRawMode,
  kTabComplete,
  kTabCompleter,
  kTtyWrite,
  kWordLeft,
  kWordRight,
  kWriteToOutput,
};
