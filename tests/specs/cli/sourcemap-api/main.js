const { SourceMap, findSourceMap } = require('module');
const map = new SourceMap({
  version: 3, file: 'out.js', sources: ['a.ts', 'b.ts'], names: ['foo'],
  mappings: 'AAAA,IAAIA;ACCJ,EAAE',
});
console.log(map.findEntry(0, 0));
console.log(map.findEntry(0, 5));
console.log(map.findEntry(1, 3));
console.log(map.findEntry(5, 0));
console.log(map.payload.sources);
console.log(findSourceMap(__filename));
process.setSourceMapsEnabled(true);
console.log(process.sourceMapsEnabled);
try { process.setSourceMapsEnabled('yes'); } catch (e) { console.log(e.code); }
