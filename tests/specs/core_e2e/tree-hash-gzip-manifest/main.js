// A small CLI as users write them: walk a directory tree, hash and gzip every file, write a
// JSON manifest, then verify the archive by gunzipping every file again.
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const zlib = require('node:zlib');
const { pipeline } = require('node:stream/promises');
const os = require('node:os');

const source = path.join(__dirname, 'fixture');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-manifest-'));

function* walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full); else if (entry.isFile()) yield full;
  }
}

async function main() {
  const manifest = [];
  for (const file of walk(source)) {
    const relative = path.relative(source, file).split(path.sep).join('/');
    const data = fs.readFileSync(file);
    const sha256 = crypto.createHash('sha256').update(data).digest('hex');
    const target = path.join(out, relative + '.gz');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    await pipeline(fs.createReadStream(file), zlib.createGzip({ level: 9 }), fs.createWriteStream(target));
    const gz = fs.readFileSync(target);
    manifest.push({ file: relative, size: data.length, sha256, gzipSize: gz.length,
                    md5OfGzipBody: crypto.createHash('md5').update(gz.subarray(10)).digest('base64') });
  }
  fs.writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest, null, 2));
  for (const entry of JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8'))) {
    const back = zlib.gunzipSync(fs.readFileSync(path.join(out, entry.file + '.gz')));
    const ok = crypto.createHash('sha256').update(back).digest('hex') === entry.sha256;
    console.log(`${ok ? 'ok ' : 'BAD'} ${entry.file} ${entry.size} -> ${entry.gzipSize} ${entry.sha256.slice(0, 16)} ${entry.md5OfGzipBody}`);
  }
  const total = manifest.reduce((sum, e) => sum + e.size, 0);
  console.log(`${manifest.length} files, ${total} bytes, manifest sha1 ${crypto.createHash('sha1').update(JSON.stringify(manifest)).digest('hex')}`);
  fs.rmSync(out, { recursive: true });
}
main();
