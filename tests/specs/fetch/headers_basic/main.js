// Headers: case-insensitive names, ", " combining, sorted lower-case iteration, Set-Cookie apart.
const h = new Headers({ 'X-B': '1', a: ' two ' });
h.append('x-b', '3');
h.append('Set-Cookie', 'a=1');
h.append('set-cookie', 'b=2');
console.log(h.get('x-B'), JSON.stringify(h.get('A')), h.has('X-B'), h.has('nope'), h.get('nope'));
console.log([...h]);
console.log([...h.keys()], [...h.values()]);
console.log(h.getSetCookie(), h.get('set-cookie'));
h.set('X-B', 'replaced');
h.delete('A');
const seen = [];
h.forEach((value, name, self) => seen.push(`${name}=${value}:${self === h}`));
console.log(seen);
console.log(new Headers([['k', 'v'], ['K', 'w']]).get('k'));
console.log(new Headers(new Headers({ z: '1' })).get('z'));
console.log(Object.prototype.toString.call(h), Object.prototype.toString.call(h.entries()));
console.log(typeof Headers.prototype[Symbol.iterator], Headers.prototype[Symbol.iterator] === Headers.prototype.entries);
