const a = [3, 1, , 2];
console.log(a.toSorted(), a.toReversed(), a.toSpliced(1, 2, 'x'), a.with(-1, 9), a);
console.log([1,2,3].toSpliced(), [1,2,3].toSpliced(1), [].toSorted.length, [].toSpliced.length, [].with.length, [].toSorted.name);
try { [1].with(5, 0) } catch (e) { console.log(e.constructor.name) }
try { [1].toSorted(1) } catch (e) { console.log(e.constructor.name) }
const t = new Int8Array([3, 1, 2]);
console.log(t.toSorted(), t.toReversed(), t.with(0, 7), t);
console.log(Object.groupBy([1, 2, 3, 4], (n) => n % 2 ? 'odd' : 'even'));
console.log(Map.groupBy([1, 2, 3, -0], (n) => n === 3 ? -0 : n));
const { promise, resolve } = Promise.withResolvers(); resolve(5); promise.then((v) => console.log('resolved', v));
const s1 = new Set([1, 2, 3]), s2 = new Set([2, 3, 4]);
console.log(s1.union(s2), s1.intersection(s2), s1.difference(s2), s1.symmetricDifference(s2), s1.isSubsetOf(s2), new Set([2]).isSubsetOf(s1), s1.isSupersetOf(new Set([1])), s1.isDisjointFrom(new Set([9])));
console.log('ab\uD800'.isWellFormed(), 'ab\uD800c\uDC00'.toWellFormed() === 'ab\uFFFDc\uFFFD', 'ok😀'.isWellFormed());
Array.fromAsync([Promise.resolve(1), 2]).then((r) => console.log('fromAsync', r));
Array.fromAsync({ length: 2, 0: 'a', 1: Promise.resolve('b') }, (x) => x + '!').then((r) => console.log('fromAsync arraylike', r));
console.log(typeof Symbol.dispose, typeof Symbol.asyncDispose, Object.keys(Array.prototype).length, Object.getOwnPropertyDescriptor(Array.prototype, 'toSorted').enumerable);
