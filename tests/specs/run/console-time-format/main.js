// console.time/timeLog/timeEnd print "label: <duration>ms".
const { Console } = require('console');
const lines = [];
const stream = {
  write(chunk) { lines.push(chunk); return true; },
  listenerCount() { return 0; }, once() {}, removeListener() {},
};
const c = new Console(stream);
c.time('work');
c.timeLog('work', 'extra', { n: 1 });
c.timeEnd('work');
c.time();
c.timeEnd();
for (const line of lines) {
  console.log(line.replace(/\d+(\.\d+)?ms/, 'Nms').trimEnd());
}
console.log(lines.every((l) => /^(\w+): \d+(\.\d{1,3})?ms/.test(l)));
