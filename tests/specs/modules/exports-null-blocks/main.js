console.log(require('pkg/public/x'));
for (const request of ['pkg/public/internal/y', 'pkg/blocked']) {
  try { require(request); } catch (e) { console.log(e.code); console.log(e.message.replace(__dirname, '<dir>')); }
}
