// Durations print as ms, s, m:ss.mmm and h:mm:ss.mmm (the clock is faked through hrtime).
let now = [0, 0];
process.hrtime = function hrtime(previous) {
  if (previous === undefined) return now.slice();
  let seconds = now[0] - previous[0];
  let nanoseconds = now[1] - previous[1];
  if (nanoseconds < 0) { seconds--; nanoseconds += 1e9; }
  return [seconds, nanoseconds];
};
process.hrtime.bigint = () => BigInt(now[0]) * 1000000000n + BigInt(now[1]);
console.time('task');
now = [1, 2345678];
console.timeLog('task');
now = [65, 3000000];
console.timeLog('task', 'with', { data: 1 });
now = [3725, 4000000];
console.timeEnd('task');
console.time('short');
now = [3725, 4567891];
console.timeEnd('short');
