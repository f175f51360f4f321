// new Console(stdout, stderr) and the options form write to the given streams.
const { Console } = require('console');
const out = [];
const err = [];
// Minimal writable streams: write() plus the listener methods Console uses.
const sink = (chunks) => ({
  write(s) { chunks.push(s); return true; },
  listenerCount() { return 0; }, once() {}, removeListener() {},
});
const stdout = sink(out);
const stderr = sink(err);
const c = new Console(stdout, stderr);
c.log('to out', 1);
c.error('to err', { e: true });
c.warn('warn too');
const c2 = new Console({ stdout, groupIndentation: 4 });
c2.group('g');
c2.log('indented');
console.log(JSON.stringify(out));
console.log(JSON.stringify(err));
console.log(c instanceof Console, console instanceof Console, typeof Console);
console.log(Object.keys(c).join(','));
try { new Console(); } catch (e) { console.log(e.name, e.code, e.message); }
