for (const request of ['pkg', 'pkg/outside', 'pkg/abs', 'pkg/number']) {
  try { require(request); } catch (e) { console.log(e.code); console.log(e.message.split(__dirname).join('<dir>')); }
}
