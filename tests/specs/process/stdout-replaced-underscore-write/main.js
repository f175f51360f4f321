// A program that replaces process.stdout._write (to capture output) sees every write, console.log too.
const seen = [];
process.stdout._write = function(chunk, enc, cb) { seen.push(String(chunk)); cb(); };
process.stdout.write('captured\n');
console.log('also captured');
process.stderr.write(JSON.stringify(seen) + '\n');
