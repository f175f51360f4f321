// FormData: append/set/get/getAll/has/delete, Blobs become Files, iteration, multipart round trip.
(async () => {
  const fd = new FormData();
  fd.append('a', '1');
  fd.append('a', 2);
  fd.append('file', new Blob(['hi'], { type: 'text/x' }), 'n.txt');
  fd.append('blob', new Blob(['z']));
  console.log(fd.get('a'), fd.getAll('a'), fd.has('a'), fd.has('b'), fd.get('missing'));
  const file = fd.get('file');
  console.log(file instanceof File, file.name, file.type, file.size, fd.get('blob').name);
  fd.set('a', 'only');
  console.log([...fd.keys()], fd.getAll('a'));
  fd.delete('blob');
  console.log([...fd.keys()]);
  const response = new Response(fd);
  const type = response.headers.get('content-type');
  console.log(type.replace(/\d{12}$/, 'N'));
  const parsed = await response.formData();
  for (const [name, value] of parsed) {
    console.log(name, typeof value === 'string' ? value : [value.name, value.type, await value.text()]);
  }
  try {
    fd.append('x');
  } catch (error) {
    console.log(error.name, error.message);
  }
})();
