const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
any.addEventListener('abort', () => console.log('any aborted with', any.reason));
b.abort('b reason');
a.abort('a reason');
console.log(any.aborted, any.reason);
