// Kiln loads libcurl on the first fetch, not at start-up. When it cannot be loaded (here a
// child whose LD_LIBRARY_PATH finds a libcurl.so.4 that is not a library), the program still
// runs and fetch rejects with Node's TypeError('fetch failed') whose cause says why.
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-no-curl-'));
fs.writeFileSync(path.join(dir, 'libcurl.so.4'), 'not a shared library\n');
const child = `
console.log('started');
fetch('http://127.0.0.1:39999/').then(
  () => console.log('fetched?'),
  (error) => console.log(error.name, error.message, '|', error.cause.message.replace(/:.*:/, ': …:')));
`;
try {
  const out = execFileSync(process.execPath, ['-e', child], {
    env: { ...process.env, LD_LIBRARY_PATH: dir },
    encoding: 'utf8',
  });
  process.stdout.write(out);
} finally {
  fs.rmSync(dir, { recursive: true });
}
