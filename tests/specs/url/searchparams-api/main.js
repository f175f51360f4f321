// URLSearchParams methods: append, delete with value, get, getAll, has with value, set, sort, size, iteration.
const params = new URLSearchParams('b=2&a=1&c=3&a=4&d');
console.log(params.get('a'), params.get('zz'), params.getAll('a'), params.has('d'), params.has('a', '4'), params.has('a', '5'));
params.append('e', 5);
params.set('a', 'only');
params.delete('c', 'nope');
params.delete('b', '2');
console.log(params.toString(), params.size);
params.sort();
console.log([...params], [...params.keys()], [...params.values()]);
params.forEach(function(value, key, self) { console.log(key, value, self === params, this.tag); }, { tag: 't' });
const entries = params.entries();
console.log(entries.next(), entries[Symbol.toStringTag], Object.prototype.toString.call(params));
try { params.forEach('x'); } catch (e) { console.log(e.code, e.message); }
try { params.append('x'); } catch (e) { console.log(e.code, e.message); }
try { params.get(); } catch (e) { console.log(e.code, e.message); }
try { URLSearchParams.prototype.has.call({}, 'a'); } catch (e) { console.log(e.code, e.message); }
const sorted = new URLSearchParams('z=1&\uFFFD=x&a=2&\u00e9=3&a=1');
sorted.sort();
console.log(sorted.toString());
