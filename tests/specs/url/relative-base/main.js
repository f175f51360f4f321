// new URL(input, base) resolves relative references as the URL Standard says.
const base = 'http://example.com/a/b/c?q#f';
for (const input of ['d', './d', '../d', '../../../../d', '/d', '//other.com/d', '?x', '#y', '',
  'https:d', 'http:d', '\\\\server\\path', '.', '..', 'd/./e/../f', '%2e%2e/x']) {
  console.log(JSON.stringify(input), new URL(input, base).href);
}
console.log(new URL('x', new URL('file:///tmp/dir/')).href);
try { new URL('sibling', 'sc:opaque/path'); } catch (e) { console.log(e.code, e.input, e.base); }
