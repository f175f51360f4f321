const ac = new AbortController();
console.log(ac);
console.log(ac.signal);
ac.abort();
console.log(ac.signal);
console.log([new EventTarget()]);
