// Invalid URLs throw ERR_INVALID_URL with input and base, as in Node.
const tries = [
  () => new URL('foo'),
  () => new URL('foo', 'bar'),
  () => new URL('http://a b/'),
  () => new URL('http://[::1/'),
  () => new URL('https://ex ample.org'),
  () => new URL('http://256.256.256.256'),
  () => new URL('http://example.com:99999'),
  () => new URL(),
  () => new URL('sc:x', 'sc:y').href,
];
for (const attempt of tries) {
  try { console.log('ok', attempt()); } catch (e) {
    console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base), Object.keys(e));
  }
}
const url = new URL('http://example.com');
try { url.href = 'not a url'; } catch (e) { console.log(e.code, e.input); }
console.log(url.href);
