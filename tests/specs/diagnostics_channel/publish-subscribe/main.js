const dc = require('node:diagnostics_channel');
const a = dc.channel('my-lib:request');
console.log(a === dc.channel('my-lib:request'), a.name, a instanceof dc.Channel);
console.log('before', a.hasSubscribers, dc.hasSubscribers('my-lib:request'));
const seen = [];
function onMessage(message, name) { seen.push([name, message]); }
a.subscribe(onMessage);
console.log('after', a.hasSubscribers, dc.hasSubscribers('my-lib:request'));
a.publish({ url: '/x' });
dc.subscribe('my-lib:request', (m) => seen.push(['second', m]));
a.publish(42);
console.log(seen);
console.log(a.unsubscribe(onMessage), a.unsubscribe(onMessage), dc.unsubscribe('nope', onMessage));
const sym = Symbol('private');
const s = dc.channel(sym);
s.subscribe((m, name) => console.log('symbol channel', m, name));
s.publish('hi');
console.log(dc.hasSubscribers('never-made'));
// A subscriber added during a publish sees only later messages.
const c = dc.channel('grow');
c.subscribe(() => { c.subscribe(() => console.log('late subscriber')); console.log('first'); });
c.publish(1);
