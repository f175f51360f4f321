const t = new EventTarget();
const obj = { handleEvent(ev) { console.log('handleEvent', ev.type, this === obj); } };
t.addEventListener('ping', obj);
t.addEventListener('ping', function (ev) {
  console.log('fn', this === t, ev.target === t, ev instanceof Event);
}, { once: true });
console.log(t.dispatchEvent(new Event('ping')));
console.log(t.dispatchEvent(new Event('ping')));
const ev = new Event('cancel', { cancelable: true });
t.addEventListener('cancel', (e) => e.preventDefault());
console.log(t.dispatchEvent(ev), ev.defaultPrevented);
const ac = new AbortController();
t.addEventListener('sig', () => console.log('sig listener'), { signal: ac.signal });
t.dispatchEvent(new Event('sig'));
ac.abort();
t.dispatchEvent(new Event('sig'));
console.log('done');
