const controller = new AbortController();
const { signal } = controller;
console.log(signal.aborted, signal.reason, signal instanceof EventTarget, signal instanceof AbortSignal);
signal.addEventListener('abort', (event) => console.log('abort event', event.type, event.isTrusted === true || event.isTrusted === false));
signal.onabort = () => console.log('onabort handler');
controller.abort();
console.log(signal.aborted, signal.reason.name, signal.reason.message, signal.reason.code);
controller.abort('again');
console.log(signal.reason.name);
const custom = new AbortController();
custom.abort('my reason');
console.log(custom.signal.reason);
try { custom.signal.throwIfAborted(); } catch (e) { console.log('thrown', e); }
const already = AbortSignal.abort(new Error('preset'));
console.log(already.aborted, already.reason.message);
const timed = AbortSignal.timeout(10);
timed.addEventListener('abort', () => console.log('timeout:', timed.reason.name, timed.reason.message));
try { new AbortSignal(); } catch (e) { console.log(e.name, e.code); }
console.log(Object.prototype.toString.call(signal), Object.prototype.toString.call(controller));
