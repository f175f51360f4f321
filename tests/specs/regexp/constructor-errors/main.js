// Invalid `v` patterns and flags: SyntaxError with V8's message.
const cases = [
  ['[a&&&b]', 'v'], ['[a&&b--c]', 'v'], ['[ab&&c]', 'v'], ['[(]', 'v'], ['[-]', 'v'],
  ['[z-a]', 'v'], ['[[a]', 'v'], ['[\\d-a]', 'v'], ['[\\z]', 'v'], ['[^\\q{ab}]', 'v'],
  ['[^\\p{RGI_Emoji}]', 'v'], ['\\P{RGI_Emoji}', 'v'], ['[\\p{Foo}]', 'v'], ['[a##]', 'v'],
  ['(', 'v'], ['a**', 'v'], ['a', 'uv'], ['a', 'vv'], ['a', 'vx'],
];
for (const [pattern, flags] of cases) {
  try {
    new RegExp(pattern, flags);
    console.log('no error', pattern);
  } catch (error) {
    console.log(error.name, error.message);
  }
}
