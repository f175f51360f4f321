'use strict';
// Helpers shared by node:readline's parts: the terminal escape sequences it writes, UTF-16
// character lengths around a cursor, and the parser that turns terminal input into Node's
// keypress events ({ sequence, name, ctrl, meta, shift, code }).

const CSI = '\x1b[';
const kEscape = '\x1b';

const kClearToLineBeginning = `${CSI}1K`;
const kClearToLineEnd = `${CSI}0K`;
const kClearLine = `${CSI}2K`;
const kClearScreenDown = `${CSI}0J`;

// UTF-16 units of the character that starts at index i (2 for a surrogate pair).
function charLengthAt(str, i) {
  if (str.length <= i) return 1;  // Pretend a character lies past the end (Node does).
  return str.codePointAt(i) >= 0x10000 ? 2 : 1;
}

// UTF-16 units to step left from index i: 2 when either of the two code points before i is
// astral (Node's rule, which also steps over a lone low surrogate's neighbour).
function charLengthLeft(str, i) {
  if (i <= 0) return 0;
  if ((i > 1 && str.codePointAt(i - 2) >= 0x10000) || str.codePointAt(i - 1) >= 0x10000) {
    return 2;
  }
  return 1;
}

function commonPrefix(strings) {
  if (strings.length === 0) return '';
  if (strings.length === 1) return strings[0];
  const sorted = strings.slice().sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  let i = 0;
  while (i < first.length && first[i] === last[i]) i++;
  return first.slice(0, i);
}

// Names of the keys that terminals send as ESC [ … or ESC O … (xterm, rxvt, putty, cygwin),
// keyed by the code the parser extracts. Entries with a modifier force it on.
const kKeyNames = {
  __proto__: null,
  '[P': 'f1', '[Q': 'f2', '[R': 'f3', '[S': 'f4',
  'OP': 'f1', 'OQ': 'f2', 'OR': 'f3', 'OS': 'f4',
  '[11~': 'f1', '[12~': 'f2', '[13~': 'f3', '[14~': 'f4',
  '[[A': 'f1', '[[B': 'f2', '[[C': 'f3', '[[D': 'f4', '[[E': 'f5',
  '[15~': 'f5', '[17~': 'f6', '[18~': 'f7', '[19~': 'f8', '[20~': 'f9', '[21~': 'f10',
  '[23~': 'f11', '[24~': 'f12',
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left', '[E': 'clear', '[F': 'end',
  '[H': 'home',
  'OA': 'up', 'OB': 'down', 'OC': 'right', 'OD': 'left', 'OE': 'clear', 'OF': 'end',
  'OH': 'home',
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end', '[5~': 'pageup',
  '[6~': 'pagedown', '[[5~': 'pageup', '[[6~': 'pagedown', '[7~': 'home', '[8~': 'end',
  '[200~': 'paste-start', '[201~': 'paste-end',
};
const kShiftKeyNames = {
  __proto__: null,
  '[a': 'up', '[b': 'down', '[c': 'right', '[d': 'left', '[e': 'clear',
  '[2$': 'insert', '[3$': 'delete', '[5$': 'pageup', '[6$': 'pagedown', '[7$': 'home',
  '[8$': 'end', '[Z': 'tab',
};
const kCtrlKeyNames = {
  __proto__: null,
  'Oa': 'up', 'Ob': 'down', 'Oc': 'right', 'Od': 'left', 'Oe': 'clear',
  '[2^': 'insert', '[3^': 'delete', '[5^': 'pageup', '[6^': 'pagedown', '[7^': 'home',
  '[8^': 'end',
};

const kTildeForm = /^(\d\d?)(;(\d))?([~^$])$/;
const kLetterForm = /^((\d;)?(\d))?([A-Za-z])$/;

function isDigit(ch) { return ch >= '0' && ch <= '9'; }

// A generator fed one character (code point) at a time with next(ch); an empty string means
// the escape timeout expired. It emits 'keypress' on `stream` for each complete key.
function* emitKeys(stream) {
  for (;;) {
    let ch = yield;
    let sequence = ch;
    let escaped = false;
    const key = { sequence: null, name: undefined, ctrl: false, meta: false, shift: false };

    if (ch === kEscape) {
      escaped = true;
      ch = yield;
      sequence += ch;
      if (ch === kEscape) {
        ch = yield;
        sequence += ch;
      }
    }

    if (escaped && (ch === 'O' || ch === '[')) {
      let code = ch;
      let modifier = 0;
      if (ch === 'O') {
        // ESC O letter, or ESC O modifier letter.
        ch = yield;
        sequence += ch;
        if (isDigit(ch)) {
          modifier = (ch >> 0) - 1;
          ch = yield;
          sequence += ch;
        }
        code += ch;
      } else {
        // ESC [ letter, ESC [ modifier letter, ESC [ [ letter, ESC [ num ; modifier ~.
        ch = yield;
        sequence += ch;
        if (ch === '[') {
          code += ch;
          ch = yield;
          sequence += ch;
        }
        const commandStart = sequence.length - 1;
        // Up to three digits (bracketed paste markers are ESC [ 200 ~ and ESC [ 201 ~).
        for (let digits = 0; digits < 3 && isDigit(ch); digits++) {
          ch = yield;
          sequence += ch;
        }
        if (ch === ';') {
          ch = yield;
          sequence += ch;
          if (isDigit(ch)) sequence += yield;
        }
        const command = sequence.slice(commandStart);
        let match;
        if ((match = kTildeForm.exec(command)) !== null) {
          code += match[1] + match[4];
          modifier = (match[3] || 1) - 1;
        } else if ((match = kLetterForm.exec(command)) !== null) {
          code += match[4];
          modifier = (match[3] || 1) - 1;
        } else {
          code += command;
        }
      }

      key.ctrl = (modifier & 4) !== 0;
      key.meta = (modifier & 10) !== 0;
      key.shift = (modifier & 1) !== 0;
      key.code = code;
      if (kKeyNames[code] !== undefined) {
        key.name = kKeyNames[code];
      } else if (kShiftKeyNames[code] !== undefined) {
        key.name = kShiftKeyNames[code];
        key.shift = true;
      } else if (kCtrlKeyNames[code] !== undefined) {
        key.name = kCtrlKeyNames[code];
        key.ctrl = true;
      } else {
        key.name = 'undefined';
      }
    } else if (ch === '\r') {
      key.name = 'return';
      key.meta = escaped;
    } else if (ch === '\n') {
      key.name = 'enter';
      key.meta = escaped;
    } else if (ch === '\t') {
      key.name = 'tab';
      key.meta = escaped;
    } else if (ch === '\b' || ch === '\x7f') {
      key.name = 'backspace';
      key.meta = escaped;
    } else if (ch === kEscape) {
      key.name = 'escape';
      key.meta = escaped;
    } else if (ch === ' ') {
      key.name = 'space';
      key.meta = escaped;
    } else if (!escaped && ch <= '\x1a') {
      key.name = String.fromCharCode(ch.charCodeAt(0) + 96);
      key.ctrl = true;
    } else if (/^[0-9A-Za-z]$/.test(ch)) {
      key.name = ch.toLowerCase();
      key.shift = ch >= 'A' && ch <= 'Z';
      key.meta = escaped;
    } else if (escaped) {
      // The escape timeout expired (ch is ''), or ESC plus some other character.
      key.name = ch.length > 0 ? undefined : 'escape';
      key.meta = true;
    }

    key.sequence = sequence;
    if (sequence.length !== 0 && (key.name !== undefined || escaped)) {
      stream.emit('keypress', escaped ? undefined : sequence, key);
    } else if (charLengthAt(sequence, 0) === sequence.length) {
      stream.emit('keypress', sequence, key);
    }
    // Anything else is a broken escape sequence: nothing is emitted.
  }
}

module.exports = {
  CSI,
  kEscape,
  kClearToLineBeginning,
  kClearToLineEnd,
  kClearLine,
  kClearScreenDown,
  charLengthAt,
  charLengthLeft,
  commonPrefix,
  emitKeys,
};
