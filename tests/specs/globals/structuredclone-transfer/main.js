const buffer = new ArrayBuffer(8);
new Uint8Array(buffer).set([1, 2, 3, 4, 5, 6, 7, 8]);
const view = new Uint8Array(buffer, 2, 4);
const cloned = structuredClone({ view }, { transfer: [buffer] });
console.log(buffer.byteLength, view.byteLength);
console.log(cloned.view, cloned.view.buffer.byteLength);
try { structuredClone(buffer, { transfer: [buffer] }); } catch (e) { console.log(e.name, e.message); }
const b2 = new ArrayBuffer(4);
try { structuredClone(1, { transfer: [b2, b2] }); } catch (e) { console.log(e.name, e.message); }
try { structuredClone(1, { transfer: 'nope' }); } catch (e) { console.log(e.name, e.message); }
console.log(structuredClone(5, undefined), structuredClone(5, {}), structuredClone(5, null));
