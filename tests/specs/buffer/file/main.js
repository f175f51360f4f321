// File extends Blob with a name and lastModified.
const { File, Blob } = require('buffer');
(async () => {
  const file = new File(['abc'], 'notes.txt', { type: 'text/plain', lastModified: 42 });
  console.log(file, file.name, file.lastModified, file instanceof Blob, await file.text());
  console.log(file.slice(1) instanceof File, file.slice(1), typeof new File([], 'x').lastModified);
  console.log(new File([], 'x', { lastModified: 'soon' }).lastModified, File === globalThis.File);
  try {
    new File(['a']);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
})();
