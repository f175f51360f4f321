const v8 = require('node:v8');
const value = {
  n: 1.5, s: 'text ü', big: 12345678901234567890n, date: new Date(0), re: /a+/gi, list: [1, , 3],
  map: new Map([[1, { deep: true }]]), set: new Set(['x']), buf: Buffer.from('buffer bytes'),
  u16: new Uint16Array([1, 65535]), f64: new Float64Array([Math.PI]), dv: new DataView(new ArrayBuffer(4)),
  ab: new Uint8Array([9, 8]).buffer, nested: { a: [{ b: null, u: undefined }] },
};
value.self = value;
const bytes = v8.serialize(value);
console.log(Buffer.isBuffer(bytes), bytes.length);
console.log(bytes.toString('hex'));
const back = v8.deserialize(bytes);
console.log(back, back.self === back, Buffer.isBuffer(back.buf), back.u16 instanceof Uint16Array);
// Misaligned input: the Uint16Array must be copied.
const shifted = Buffer.concat([Buffer.from([0]), bytes]).subarray(1);
console.log(v8.deserialize(shifted).u16);
for (const bad of [() => v8.serialize(() => {}), () => v8.serialize(Symbol('s')), () => v8.deserialize('x'),
  () => v8.deserialize(Buffer.from([1, 2, 3]))]) {
  try { bad(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
// Subclassing: a custom host object hook and raw writes.
class MySerializer extends v8.Serializer {
  _writeHostObject(object) { this.writeUint32(7); this.writeDouble(object.length); }
}
class MyDeserializer extends v8.Deserializer {
  _readHostObject() { return { tag: this.readUint32(), length: this.readDouble() }; }
}
const ser = new MySerializer();
ser._setTreatArrayBufferViewsAsHostObjects(true);
ser.writeHeader();
ser.writeValue([new Uint8Array(3)]);
ser.writeUint32(42);
ser.writeUint64(1, 2);
ser.writeDouble(0.25);
ser.writeRawBytes(Buffer.from('raw'));
const out = ser.releaseBuffer();
const des = new MyDeserializer(out);
console.log(des.readHeader(), des.getWireFormatVersion(), des.readValue(), des.readUint32(), des.readUint64(),
            des.readDouble(), des.readRawBytes(3).toString());
try { des.readUint32(); } catch (e) { console.log(e.message); }
