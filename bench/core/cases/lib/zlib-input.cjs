// Shared by the gzip/gunzip cases (a library, not a case: bench/core/run globs cases/*.cjs):
// writes <dir>/zlib-100mb.txt when missing — 100 MB of deterministic, realistic mixed data
// (log lines, JSON records, prose) from a fixed PRNG.
'use strict';
const fs = require('fs');
const path = require('path');

const SIZE = 100 * 1024 * 1024;
const words = ('the of and to in is that for it with as was on be by this are from at or an ' +
  'request response server client error warning info debug user session token cache stream ' +
  'buffer compress deflate inflate header status module package install build release')
  .split(' ');

function ensureInput(dir) {
  const file = path.join(dir, 'zlib-100mb.txt');
  if (fs.existsSync(file) && fs.statSync(file).size === SIZE) return file;
  fs.mkdirSync(dir, { recursive: true });
  let seed = 42;
  const rand = (n) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const twoDigits = (n) => String(rand(n)).padStart(2, '0');
  const levels = ['INFO', 'WARN', 'DEBUG', 'ERROR'];
  const cities = ['Berlin', 'Paris', 'Tokyo', 'Lima', 'Oslo'];
  const sentence = (count) => {
    let s = '';
    for (let i = 0; i < count; i++) s += (i ? ' ' : '') + words[rand(words.length)];
    return s;
  };
  const fd = fs.openSync(file + '.tmp', 'w');
  let written = 0;
  let line = 0;
  while (written < SIZE) {
    let chunk = '';
    while (chunk.length < 1 << 20) {
      line++;
      switch (rand(3)) {
        case 0:
          chunk += `2026-11-26T17:${twoDigits(60)}:${twoDigits(60)}.${rand(1000)}Z ` +
            `${levels[rand(4)]} [worker-${rand(16)}] ${sentence(6 + rand(10))} ` +
            `latency=${rand(5000)}ms id=${(seed >>> 0).toString(16)}\n`;
          break;
        case 1:
          chunk += JSON.stringify({
            id: line, user: `user${rand(100000)}`, active: rand(2) === 1, score: rand(1e6) / 100,
            tags: [words[rand(words.length)], words[rand(words.length)]],
            address: { city: cities[rand(5)], zip: String(10000 + rand(89999)) },
          }) + '\n';
          break;
        default:
          chunk += sentence(12 + rand(30)) + '.\n';
      }
    }
    const bytes = Buffer.from(chunk).subarray(0, Math.min(SIZE - written, 1 << 20));
    fs.writeSync(fd, bytes);
    written += bytes.length;
  }
  fs.closeSync(fd);
  fs.renameSync(file + '.tmp', file);
  return file;
}

module.exports = { ensureInput };
