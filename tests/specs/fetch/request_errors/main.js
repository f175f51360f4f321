// Request constructor errors, as undici words them.
const attempts = [
  () => new Request(),
  () => new Request('/relative'),
  () => new Request('http://a.test/', { method: 'GET', body: 'x' }),
  () => new Request('http://a.test/', { method: 'HEAD', body: 'x' }),
  () => new Request('http://a.test/', { method: 'bad method' }),
  () => new Request('http://a.test/', { method: 'CONNECT' }),
  () => new Request('http://u:p@a.test/'),
  () => new Request('http://a.test/', { mode: 'navigate' }),
  () => new Request('http://a.test/', { mode: 'x' }),
  () => new Request('http://a.test/', { redirect: 'x' }),
  () => new Request('http://a.test/', { body: new ReadableStream(), method: 'POST' }),
  () => new Request('http://a.test/', { signal: 5 }),
  () => new Request('http://a.test/', { window: 5 }),
  () => new Request('http://a.test/', { headers: 5 }),
];
for (const attempt of attempts) {
  try {
    attempt();
    console.log('no error');
  } catch (error) {
    console.log(error.name, error.message);
  }
}
