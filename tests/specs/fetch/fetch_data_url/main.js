// data: URLs: plain, percent-encoded, base64, default MIME type.
(async () => {
  for (const url of ['data:text/plain,hi%20there', 'data:,plain', 'data:application/json;base64,eyJhIjoxfQ==',
    'data:text/html;charset=utf-8,%3Cb%3E', 'data:;charset=utf-8,x#frag']) {
    const response = await fetch(url);
    console.log(response.status, response.statusText, response.headers.get('content-type'), JSON.stringify(await response.text()));
  }
})();
