const dc = require('diagnostics_channel');
for (const f of [() => dc.channel(1), () => dc.channel('x').subscribe('nope'), () => dc.tracingChannel(5),
  () => dc.tracingChannel('t').traceCallback(() => {}, 0, {}, null, 'not a function'), () => dc.subscribe('y', null)]) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.code, e.message); }
}
const tc = dc.tracingChannel('t2');
tc.subscribe({ start() {} });
try { tc.traceCallback(() => {}, 0, {}, null, 'not a function'); } catch (e) { console.log(e.code, e.message); }
