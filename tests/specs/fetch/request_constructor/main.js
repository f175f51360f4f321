// Request: defaults, method normalization, headers, clone, and copying from another Request.
const r = new Request('http://example.test/a?b#c', { method: 'post', body: 'hi', headers: { 'X-A': '1' } });
console.log(r.method, r.url, r.headers.get('content-type'), r.headers.get('x-a'));
console.log(r.mode, r.credentials, r.cache, r.redirect, r.referrer, r.referrerPolicy, r.integrity,
  r.keepalive, r.destination, r.duplex, r.signal instanceof AbortSignal, r.bodyUsed);
console.log(new Request('http://x.test/', { method: 'patch' }).method, new Request('http://x.test/', { method: 'Custom' }).method);
const copy = new Request(r, { redirect: 'manual' });
console.log(copy.method, copy.url, copy.redirect, copy.headers.get('x-a'), r.bodyUsed);
const c = copy.clone();
Promise.all([copy.text(), c.text()]).then((texts) => {
  console.log(texts, copy.bodyUsed, c.bodyUsed);
  const controller = new AbortController();
  const withSignal = new Request('http://x.test/', { signal: controller.signal });
  controller.abort();
  console.log(withSignal.signal.aborted, withSignal.signal.reason.name);
});
