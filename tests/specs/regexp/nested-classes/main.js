// Nested classes and negated nested classes.
const r1 = /[[a-c][x-z]]/v;
const r2 = /[^[a-c][x-z]]/v;
const r3 = /[[^a-c]&&[a-e]]/v;
const r4 = /[[[a-z]--[b-y]]&&[^z]]/v;
for (const s of 'abdxy1ez') console.log(s, r1.test(s), r2.test(s), r3.test(s), r4.test(s));
console.log(/[[]]/v.test('a'), /[^[]]/v.test('a'), /[[^]]/v.test('\u{10FFFF}'));
