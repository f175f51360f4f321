'use strict';
// node:tty. The stream classes are the ones behind process.stdout/stderr/stdin (Node's are
// net.Socket subclasses; these are a stream.Readable and a stream.Writable).

const { isTTY } = internalBinding('tty_wrap');
const stdio = require('internal/process/stdio');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && isTTY(fd);
}

module.exports = {
  isatty,
  // process.stdin's class, a stream.Readable (loaded on first use).
  get ReadStream() { return stdio.getStdinStreamClass(); },
  get WriteStream() { return require('internal/process/stdio_write_stream').WriteStream; },
};
