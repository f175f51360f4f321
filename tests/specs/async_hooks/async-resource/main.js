const { AsyncResource, AsyncLocalStorage, executionAsyncId, triggerAsyncId } = require('async_hooks');
const als = new AsyncLocalStorage();
console.log('top', executionAsyncId(), triggerAsyncId());
const resource = als.run('in resource', () => new AsyncResource('MyResource'));
console.log(typeof resource.asyncId(), resource.triggerAsyncId());
resource.runInAsyncScope(function (a, b) {
  console.log('scope', als.getStore(), this.tag, a, b, executionAsyncId() === resource.asyncId());
}, { tag: 'thisArg' }, 1, 2);
console.log('after scope', als.getStore(), executionAsyncId());
const fn = resource.bind(function (x) { return [als.getStore(), x]; });
console.log(fn(5), fn.length, fn.asyncResource === resource);
const sbound = als.run('static', () => AsyncResource.bind((y) => als.getStore() + y));
console.log(sbound('!'));
console.log(resource.emitDestroy() === resource);
