// URLs fetch refuses: bad URL, unknown and unsupported schemes, bad ports, body on GET.
(async () => {
  const attempts = [
    ['nope'],
    ['file:///etc/passwd'],
    ['ftp://127.0.0.1/'],
    ['about:blank'],
    ['http://127.0.0.1:1/'],
    ['http://127.0.0.1:6000/'],
    ['http://127.0.0.1/', { method: 'GET', body: 'x' }],
    ['http://127.0.0.1/', { method: 'TRACE' }],
    ['http://127.0.0.1/', { headers: { 'bad header': 'x' } }],
  ];
  for (const [input, init] of attempts) {
    try {
      await fetch(input, init);
      console.log('no error');
    } catch (error) {
      console.log(error.name, error.message, error.cause?.message ?? '-');
    }
  }
  try {
    await fetch();
  } catch (error) {
    console.log(error.name, error.message);
  }
})();
