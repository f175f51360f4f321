for (const args of [[process.pid, 'SIGNOPE'], ['abc'], [process.pid, -1]]) {
  try { process.kill(...args); } catch (e) { console.log(e.code, e.message); }
}
try { process.kill(2 ** 22 + 12345, 0); } catch (e) { console.log(e.code, e.syscall, e.message); }
console.log(process.kill(process.pid, 0));
