// The `i` flag with `v`: case folding before set operations and complements.
const cases = [
  [/\P{Ll}/iv, ['a', 'A', '1']],
  [/[\P{Ll}]/iv, ['a', 'A', '1']],
  [/[^\P{Ll}]/iv, ['a', 'A', '1']],
  [/\p{Lu}/iv, ['a', 'A', '1']],
  [/[^\p{Lu}]/iv, ['a', 'A', '1']],
  [/[[A-Z]--[a-c]]/iv, ['a', 'B', 'd', 'D']],
  [/[\q{AbC}]/iv, ['abc', 'ABC', 'ab']],
  [/[\w--k]/iv, ['k', 'K', '\u212a', 's', '\u017f']],
  [/[^\W]/iv, ['k', '\u212a', '!']],
  [/[[\p{ASCII}&&\p{L}]--[x-z]]/iv, ['X', 'x', 'a']],
];
for (const [index, [regexp, inputs]] of cases.entries()) {
  console.log(index, inputs.map((s) => regexp.test(s)).join(' '));
}
