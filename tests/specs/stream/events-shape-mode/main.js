// As in Node 20, a new stream's _events starts with the stream events as undefined properties
// (EventEmitter's shape mode); removing a listener sets its key back to undefined.
const { Readable, Writable, Duplex, Transform, PassThrough } = require('stream');
for (const C of [Readable, Writable, Duplex, Transform, PassThrough]) {
  const s = new C();
  console.log(C.name, s._events, s._eventsCount, s.eventNames());
}
const r = new Readable({ read() {} });
const onData = () => {};
r.on('data', onData);
r.on('custom', () => {});
console.log(r.eventNames(), r.listenerCount('data'));
r.removeListener('data', onData);
console.log(r._events, r.eventNames(), r.listenerCount('data'), r._eventsCount);
r.removeAllListeners();
console.log(r._events, r.eventNames());
