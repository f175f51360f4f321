'use strict';
// Watch mode (`kiln --watch`): the program runs as a child of a supervisor that restarts it
// when a file it loaded changes. Every loader calls reportFileLoaded() for each file it reads
// (CommonJS in Module.prototype.load, ESM, JSON, TypeScript, env files); outside watch mode the
// native side returns at once.

const path = require('path');

let binding;

// filename: an absolute path, a path relative to the working directory, or a file: URL.
function reportFileLoaded(filename) {
  if (typeof filename !== 'string' || filename === '') return;
  binding ??= internalBinding('watch_report');
  if (!binding.enabled()) return;
  if (filename.startsWith('file:')) {
    // file:///a/b%20c -> /a/b c (the host part of file://host/ is ignored, as on POSIX).
    let rest = filename.slice(5);
    if (rest.startsWith('//')) rest = rest.slice(rest.indexOf('/', 2));
    const end = rest.search(/[?#]/);
    if (end !== -1) rest = rest.slice(0, end);
    try {
      filename = decodeURIComponent(rest);
    } catch {
      return;
    }
  }
  binding.report(path.resolve(filename));
}

module.exports = { reportFileLoaded };
