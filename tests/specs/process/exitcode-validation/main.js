for (const value of [1.5, 'abc', true, {}, [], '', ' ', '7', 2 ** 31, -1, NaN, Infinity, null, undefined, 0n]) {
  try {
    process.exitCode = value;
    console.log('accepted', typeof value, JSON.stringify(String(value)), '->', process.exitCode);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
for (const value of ['x', 1.1]) {
  try { process.exit(value); } catch (e) { console.log('exit():', e.code, e.message); }
}
process.exitCode = '3';
