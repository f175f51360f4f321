const result = process.stdout.write('first chunk\n', () => console.log('callback 1 called'));
console.log('write returned', typeof result);
process.stdout.write('second chunk\n', 'utf8', (err) => console.log('callback 2 err:', err));
process.stdout.write(new Uint8Array([98, 121, 116, 101, 115, 10]));
process.stdout.write('');
console.log(process.stdout.writable, typeof process.stdout.fd, process.stdout.fd, process.stderr.fd);
try { process.stdout.write(42); } catch (e) { console.log(e.code, e.message); }
