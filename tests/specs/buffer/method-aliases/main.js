// The lower-case Uint aliases are the same functions as the UInt methods.
const proto = Buffer.prototype;
const pairs = Object.getOwnPropertyNames(proto).filter((name) => /Uint/.test(name));
console.log(pairs.length);
for (const name of pairs) console.log(name, proto[name] === proto[name.replace('Uint', 'UInt')], proto[name].name);
console.log(proto.toLocaleString === proto.toString, proto.inspect === proto[Symbol.for('nodejs.util.inspect.custom')]);
