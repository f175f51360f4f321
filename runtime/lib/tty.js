'use strict';
// node:tty. The stream classes are the ones behind process.stdout/stderr/stdin.
// TODO(streams): make them net.Socket subclasses once node:net lands.

const { isTTY } = internalBinding('tty_wrap');
const stdio = require('internal/process/stdio');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && isTTY(fd);
}

module.exports = {
  isatty,
  // process.stdin's class, a stream.Readable (loaded on first use).
  get ReadStream() { return stdio.getStdinStreamClass(); },
  WriteStream: stdio.StdioWriter,
};
