const first = process.hrtime();
console.log(Array.isArray(first), first.length, first.every(Number.isInteger));
console.log(first[1] >= 0 && first[1] < 1e9);
const start = Date.now();
while (Date.now() - start < 20);
const diff = process.hrtime(first);
console.log(diff[0] === 0 && diff[1] >= 15e6, diff[1] < 1e9);
const later = process.hrtime();
console.log(later[0] > first[0] || (later[0] === first[0] && later[1] > first[1]));
for (const bad of [1, [1], 'x']) {
  try { process.hrtime(bad); } catch (e) { console.log(e.code, e.message); }
}
