// Body mixin: text/json/arrayBuffer/blob/formData, body as a ReadableStream, bodyUsed, reuse errors.
(async () => {
  console.log(await new Response('héllo').text());
  console.log(await new Response('{"a":1}').json());
  const buffer = await new Response(new Uint8Array([1, 2, 3])).arrayBuffer();
  console.log(buffer instanceof ArrayBuffer, [...new Uint8Array(buffer)]);
  const blob = await new Response('xyz', { headers: { 'content-type': 'text/x' } }).blob();
  console.log(blob.size, blob.type, await blob.text());
  console.log(await new Response(new Blob(['from blob'], { type: 'text/b' })).text());
  console.log(await new Response(new URLSearchParams('a=1&b=2')).text());
  const stream = new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('st'));
      controller.enqueue(new TextEncoder().encode('ream'));
      controller.close();
    },
  });
  console.log(await new Response(stream).text());
  const r = new Response('once');
  console.log(r.body instanceof ReadableStream, r.bodyUsed);
  const reader = r.body.getReader();
  const { value } = await reader.read();
  console.log(new TextDecoder().decode(value), r.bodyUsed);
  try {
    await r.text();
  } catch (error) {
    console.log(error.name, error.message);
  }
  try {
    r.clone();
  } catch (error) {
    console.log(error.name, error.message);
  }
  const t = new Response('twice');
  await t.text();
  console.log(t.bodyUsed);
  try {
    await t.text();
  } catch (error) {
    console.log(error.name, error.message);
  }
  const original = new Response('cloned');
  const clone = original.clone();
  console.log(await original.text(), await clone.text());
  const form = await new Response('a=1&b=%20', {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  }).formData();
  console.log([...form]);
  try {
    await new Response('x').formData();
  } catch (error) {
    console.log(error.name, error.message);
  }
})();
