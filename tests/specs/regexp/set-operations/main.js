// (A literal's source and flags show its `u` translation in Kiln: docs/compat.md.)
// Set intersection (&&) and subtraction (--) on ranges, properties and nested classes.
const cases = [
  [/[\p{L}--[a-z]]/v, ['a', 'A', 'é', '1', 'ж']],
  [/[\p{ASCII}&&\p{L}]/v, ['a', 'Z', 'é', '1', '_']],
  [/[[a-z]--[aeiou]]/v, ['a', 'b', 'z', 'u']],
  [/[\p{Script=Greek}&&\p{Lu}]/v, ['Α', 'α', 'A']],
  [/[\d--[05]]/v, ['0', '3', '5', '9']],
  [/[\w--\d--_]/v, ['a', '1', '_', 'Z']],
  [/[[\p{N}\p{L}]&&\p{ASCII}&&[^a-f]]/v, ['a', 'g', '5', '٣']],
  [/^[\p{White_Space}--\n]+$/v, [' \t', ' \n', '\u00a0']],
  [/[^\p{L}--[a-c]]/v, ['a', 'd', '1']],
  [/[a&&a]/v, ['a', 'b']],
  [/[\p{Emoji}--\p{ASCII}]/v, ['#', '😀', 'a']],
];
for (const [index, [regexp, inputs]] of cases.entries()) {
  console.log(index, inputs.map((s) => regexp.test(s)).join(' '));
}
console.log('Hello World 123'.replace(/[\p{L}--[aeiouAEIOU]]/gv, '.'));
