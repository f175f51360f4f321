// URLSearchParams takes a string, pairs, a record or another instance, and validates pairs.
console.log(new URLSearchParams('?a=1&b=x+y&c=%20%zz&=e&f=').toString());
console.log([...new URLSearchParams([['a', 1], ['b', 'two'], new Set(['c', 'd'])])]);
console.log([...new URLSearchParams({ a: 1, b: [1, 2], c: null })]);
try { new URLSearchParams({ [Symbol('s')]: 1 }); } catch (e) { console.log(e.name, e.message); }
const original = new URLSearchParams('x=1');
const copy = new URLSearchParams(original);
copy.append('y', '2');
console.log(original.toString(), copy.toString());
console.log(new URLSearchParams().toString(), new URLSearchParams(undefined).size, new URLSearchParams(null).size);
for (const bad of [[['a']], [['a', 'b', 'c']], [1], { [Symbol.iterator]: 5 }]) {
  try { new URLSearchParams(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(new URLSearchParams('a=\uD800').get('a').charCodeAt(0).toString(16));
console.log(new URLSearchParams({ '\uD800': 'x' }).toString());
