const { AsyncResource, createHook } = require('async_hooks');
for (const f of [() => new AsyncResource(), () => new AsyncResource(''), () => new AsyncResource('x').bind(1),
  () => createHook({ init: 1 }), () => new AsyncResource('x', { triggerAsyncId: -2 })]) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.code, e.message); }
}
