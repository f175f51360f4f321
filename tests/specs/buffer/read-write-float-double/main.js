// Float and double reads and writes in both byte orders.
const buf = Buffer.alloc(8);
console.log(buf.writeFloatLE(1.5), buf, buf.readFloatLE(), buf.readFloatBE());
console.log(buf.writeFloatBE(0.1), buf, buf.readFloatBE());
console.log(buf.writeDoubleLE(Math.PI), buf, buf.readDoubleLE(), buf.readDoubleBE());
console.log(buf.writeDoubleBE(-0), buf, Object.is(buf.readDoubleBE(), -0));
buf.writeDoubleLE(NaN);
console.log(buf, buf.readDoubleLE(), buf.writeFloatLE(1e40), buf.readFloatLE(), buf.writeFloatLE('2.5', 4), buf.readFloatLE(4));
