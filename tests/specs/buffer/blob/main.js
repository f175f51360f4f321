// Blob: size, type, slice, text() and arrayBuffer() from mixed sources.
const { Blob } = require('buffer');
(async () => {
  const blob = new Blob(['héllo', Buffer.from(' wo'), new Uint8Array([114, 108, 100]), new Blob(['!'])],
    { type: 'Text/Plain' });
  console.log(blob, blob.size, blob.type, Object.prototype.toString.call(blob));
  console.log(await blob.text(), new Uint8Array(await blob.arrayBuffer()).length);
  const part = blob.slice(1, -1, 'X/Y');
  console.log(part, JSON.stringify(await part.text()), await blob.slice(-3).text(), blob.slice(5, 2).size);
  console.log(new Blob(), new Blob([], { type: 'é' }).type, Blob === globalThis.Blob);
  for (const args of [['text'], [null], [[1], { endings: 'crlf' }]]) {
    try {
      new Blob(...args);
    } catch (err) {
      console.log(err.name, err.code, err.message);
    }
  }
})();
