const ac = new AbortController();
const { signal } = ac;
console.log(signal.aborted, signal.reason, ac.signal === signal);
signal.onabort = (ev) => console.log('onabort', ev.type, ev.isTrusted);
signal.addEventListener('abort', () => console.log('listener', signal.reason));
ac.abort('because');
ac.abort('again');
console.log(signal.aborted, signal.reason);
try { signal.throwIfAborted(); } catch (err) { console.log('threw', err); }
const ac2 = new AbortController();
ac2.abort();
console.log(ac2.signal.reason.name, ac2.signal.reason.message, ac2.signal.reason.code);
try { new AbortSignal(); } catch (err) { console.log(err.name, err.code, err.message); }
console.log(Object.prototype.toString.call(signal), Object.prototype.toString.call(ac));
