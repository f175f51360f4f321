for (const args of [[42], [{}], ['msg', 42], ['msg', 'Type', 42]]) {
  try { process.emitWarning(...args); console.log('no throw'); } catch (e) { console.log(e.code, e.message); }
}
