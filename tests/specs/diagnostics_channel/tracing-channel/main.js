const dc = require('node:diagnostics_channel');
const tc = dc.tracingChannel('db:query');
console.log(tc.hasSubscribers, tc.start.name, tc.asyncEnd.name);
const log = (event) => (ctx) => console.log(event, JSON.stringify(ctx, (k, v) => v instanceof Error ? v.message : v));
const handlers = { start: log('start'), end: log('end'), asyncStart: log('asyncStart'), asyncEnd: log('asyncEnd'), error: log('error') };
tc.subscribe(handlers);
console.log(tc.hasSubscribers);
console.log('sync result', tc.traceSync((a, b) => a + b, { op: 'add' }, null, 2, 3));
try {
  tc.traceSync(() => { throw new Error('boom'); }, { op: 'fail' });
} catch (e) { console.log('caught', e.message); }
const thisArg = { base: 10 };
console.log('this', tc.traceSync(function (x) { return this.base + x; }, { op: 'this' }, thisArg, 5));
tc.traceCallback((x, cb) => setTimeout(() => cb(null, x * 2), 1), -1, { op: 'cb' }, null, 21, (err, value) => {
  console.log('callback got', err, value);
  tc.traceCallback((cb) => cb(new Error('cb failed')), 0, { op: 'cberr' }, null, (err) => {
    console.log('callback error', err.message);
    tc.tracePromise(async (x) => x + 1, { op: 'promise' }, null, 1).then((v) => {
      console.log('promise value', v);
      return tc.tracePromise(async () => { throw new Error('rejected'); }, { op: 'reject' });
    }).catch((e) => {
      console.log('promise error', e.message);
      console.log('unsubscribed', tc.unsubscribe(handlers), tc.hasSubscribers);
      console.log('untraced', tc.traceSync(() => 'plain'));
    });
  });
});
