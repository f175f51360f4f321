const buffer = new ArrayBuffer(8);
new Uint8Array(buffer).set([1, 2, 3, 4, 5, 6, 7, 8]);
const view = new Uint8Array(buffer, 2, 4);
const cloned = structuredClone({ view }, { transfer: [buffer] });
console.log(buffer.byteLength, view.byteLength);
console.log(cloned.view, cloned.view.buffer.byteLength);
try { structuredClone(buffer); } catch (e) { console.log(e.name, e.code, e.message); }
const b2 = new ArrayBuffer(4);
const cases = [
  ['duplicate', () => structuredClone(1, { transfer: [b2, b2] })],
  ['not iterable', () => structuredClone(1, { transfer: 5 })],
  ['invalid item', () => structuredClone(1, { transfer: [{}] })],
  ['bad options', () => structuredClone(1, 'options')],
];
for (const [label, run] of cases) {
  try { run(); console.log(label, 'ok'); } catch (e) { console.log(label, '->', e.name, e.code, e.message); }
}
const b3 = new ArrayBuffer(2);
console.log(structuredClone(b3, { transfer: new Set([b3]) }).byteLength, b3.byteLength);
console.log(structuredClone(5, undefined), structuredClone(5, {}), structuredClone(5, null), structuredClone(5, { transfer: null }));
console.log(structuredClone.length, structuredClone.name);
