// Node's globals beyond the ECMAScript ones, with their property attributes.
const standard = new Set(Object.getOwnPropertyNames(Object.getPrototypeOf(Object.getPrototypeOf(globalThis)) || {}));
const names = ['global', 'globalThis', 'process', 'Buffer', 'console', 'queueMicrotask', 'structuredClone',
  'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate',
  'atob', 'btoa', 'performance', 'TextEncoder', 'TextDecoder', 'AbortController', 'AbortSignal',
  'EventTarget', 'Event', 'DOMException', 'URL', 'URLSearchParams', 'fetch', 'crypto'];
for (const name of names) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  if (!d) { console.log(name, 'missing'); continue; }
  const kind = 'value' in d ? `value writable=${d.writable}` : `accessor set=${typeof d.set}`;
  console.log(name, kind, `enumerable=${d.enumerable}`, `configurable=${d.configurable}`);
}
