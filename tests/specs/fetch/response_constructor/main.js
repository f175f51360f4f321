// Response: defaults, init, Response.json/error/redirect and their errors.
const r = new Response('body', { status: 201, statusText: 'Made', headers: { 'X-A': '1' } });
console.log(r.status, r.statusText, r.ok, r.type, r.url, r.redirected, r.bodyUsed,
  r.headers.get('content-type'), r.headers.get('x-a'));
const empty = new Response();
console.log(empty.status, empty.body, empty.headers.get('content-type'));
const e = Response.error();
console.log(e.type, e.status, e.ok, e.statusText, e.body);
const redirect = Response.redirect('http://a.test/x', 307);
console.log(redirect.status, redirect.headers.get('location'), redirect.body);
const json = Response.json({ a: [1] }, { status: 202 });
console.log(json.status, json.headers.get('content-type'));
json.json().then((value) => console.log(value));
const attempts = [
  () => new Response('x', { status: 99 }),
  () => new Response('x', { status: 600 }),
  () => new Response('x', { status: 204 }),
  () => new Response('x', { statusText: 'a\nb' }),
  () => Response.redirect('http://a.test/', 200),
  () => Response.redirect('/x'),
  () => Response.json(1n),
];
for (const attempt of attempts) {
  try {
    attempt();
    console.log('no error');
  } catch (error) {
    console.log(error.name, error.message);
  }
}
console.log(new Response(null, { status: 204 }).status);
