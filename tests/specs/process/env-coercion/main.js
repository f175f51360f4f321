process.env.NUM = 42;
process.env.BOOL = true;
process.env.UNDEF = undefined;
process.env.NUL = null;
process.env.OBJ = { toString() { return 'custom'; } };
for (const key of ['NUM', 'BOOL', 'UNDEF', 'NUL', 'OBJ']) {
  console.log(key, typeof process.env[key], JSON.stringify(process.env[key]));
}
try { process.env.SYM = Symbol('s'); } catch (e) { console.log(e.name, e.message); }
try { process.env[Symbol('key')] = 'x'; console.log('symbol key set'); } catch (e) { console.log(e.name); }
try {
  Object.defineProperty(process.env, 'DEFINED', { value: 'v', configurable: true, writable: true, enumerable: true });
  console.log(process.env.DEFINED);
} catch (e) { console.log(e.code, e.message); }
try {
  Object.defineProperty(process.env, 'BAD', { get() { return 'x'; } });
} catch (e) { console.log(e.code, e.message); }
