process.env.KEEP = 'set before';
console.log(process.loadEnvFile());
console.log(process.env.FROM_DOT_ENV, process.env.KEEP);
process.loadEnvFile('other.env');
console.log(process.env.OTHER);
try { process.loadEnvFile('missing.env'); } catch (e) { console.log(e.code, e.syscall, e.path); }
try { process.loadEnvFile(42); } catch (e) { console.log(e.code); }
