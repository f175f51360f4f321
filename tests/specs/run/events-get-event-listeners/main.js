const { EventEmitter, getEventListeners, getMaxListeners, setMaxListeners } = require('events');
const e = new EventEmitter();
const f = () => {};
e.on('x', f);
console.log(getEventListeners(e, 'x').length, getEventListeners(e, 'x')[0] === f);
const t = new EventTarget();
t.addEventListener('y', f);
t.addEventListener('y', () => {});
console.log(getEventListeners(t, 'y').length, getEventListeners(t, 'y')[0] === f, getEventListeners(t, 'z'));
setMaxListeners(3, e, t);
console.log(getMaxListeners(e), getMaxListeners(t));
try { getEventListeners({}, 'x'); } catch (err) { console.log(err.code, err.message); }
