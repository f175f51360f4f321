// Headers validation errors are undici's TypeErrors; a response's headers are immutable.
const attempts = [
  () => new Headers({ 'a b': 'x' }),
  () => new Headers({ a: 'x\ny' }),
  () => new Headers([['a']]),
  () => new Headers(5),
  () => new Headers(null),
  () => new Headers().append('a'),
  () => new Headers().get('a b'),
  () => new Headers().set('ok', 'bad\0'),
  () => new Headers().append('a', '\u0100'),
  () => Headers(),
  () => Response.error().headers.set('a', 'b'),
  () => Response.redirect('http://a/').headers.delete('location'),
];
for (const attempt of attempts) {
  try {
    attempt();
    console.log('no error');
  } catch (error) {
    console.log(error.name, error.message);
  }
}
