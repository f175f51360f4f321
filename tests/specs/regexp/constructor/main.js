// new RegExp(…, 'v') and RegExp(…, 'v'): matching, flags, source, unicodeSets, species.
const re = new RegExp('[\\p{L}--[a-z]]', 'gv');
console.log(re.source, re.flags, re.unicodeSets, re.global, String(re), re instanceof RegExp);
console.log('aBcDé'.match(re));
const called = RegExp('[\\q{ab}c]', 'v');
console.log(called.test('ab'), called.test('c'), called.test('b'), called.flags);
console.log('a-b_c'.split(new RegExp('[\\W_]', 'v')));
console.log([...'a1b22'.matchAll(new RegExp('[\\d&&[^1]]+', 'gv'))].map((m) => m[0] + '@' + m.index));
console.log('xAx'.replace(new RegExp('[A&&\\p{Lu}]', 'v'), '$&$&'));
const copy = new RegExp(re);
console.log(copy.source, copy.flags, copy.unicodeSets, copy !== re);
const sameFlags = new RegExp(re, 'iv');
console.log(sameFlags.flags, sameFlags.test('A'));
console.log(RegExp(called) === called, new RegExp('a', 'v').source, new RegExp('', 'v').source);
console.log(new RegExp('/', 'v').source, new RegExp('[\\/]', 'v').source);
class Sub extends RegExp {
  exec(s) { this.calls = (this.calls || 0) + 1; return super.exec(s); }
}
const sub = new Sub('[\\d--0]', 'v');
console.log(sub instanceof Sub, sub instanceof RegExp, sub.test('5'), sub.test('0'), sub.calls, sub.flags);
const plain = new RegExp('a+', 'g');
console.log(plain.flags, plain.source, 'caaab'.replace(plain, 'X'), RegExp(plain) === plain);
console.log(typeof RegExp.prototype.exec, RegExp.length, RegExp.name);
/(b)/.exec('abc');
console.log(RegExp.$1, RegExp.lastMatch, RegExp.leftContext);
console.log(new RegExp('[\\d]', 'dv').exec('x5').indices[0]);
