const url = import.meta.url.replace('main.mjs', 'lib.mjs');
const viaURL = await import(url);
const viaLocalhost = await import(url.replace('file://', 'file://localhost'));
const { default: viaPath } = await import(import.meta.dirname + '/lib.mjs');
console.log(viaURL.default, viaURL === viaLocalhost, viaPath);
try { await import('https://example.com/x.mjs'); } catch (e) { console.log(e.code, e.message); }
try { await import('file://host/x.mjs'); } catch (e) { console.log(e.code, e.message); }
