const pre = AbortSignal.abort();
console.log(pre.aborted, pre.reason instanceof DOMException, pre.reason.name);
console.log(AbortSignal.abort(42).reason);
const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
any.addEventListener('abort', () => console.log('any aborted:', any.reason));
b.abort('from b');
a.abort('from a');
console.log(AbortSignal.any([]).aborted, AbortSignal.any([AbortSignal.abort('early')]).reason);
try { AbortSignal.any([{}]); } catch (err) { console.log(err.code, err.message); }
const t = AbortSignal.timeout(5);
t.addEventListener('abort', () => console.log('timeout:', t.reason.name, t.reason.message, t.reason.code));
setTimeout(() => console.log('after timeout', t.aborted), 50);
try { AbortSignal.timeout(-1); } catch (err) { console.log(err.code, err.message); }
