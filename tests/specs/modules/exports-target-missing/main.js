// An "exports" target is used as written: no extension is added and the file must exist.
for (const request of ['pkg', 'pkg/noext']) {
  try { require(request); } catch (e) { console.log(e.code, e.message.split(__dirname).join('<dir>')); console.log(e.path && e.path.replace(__dirname, '<dir>')); }
}
