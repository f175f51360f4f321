// Code caches: produced, accepted, rejected.
const vm = require('vm');
const produced = new vm.Script('1 + 1', { produceCachedData: true });
console.log(Object.keys(produced), produced.cachedDataProduced, Buffer.isBuffer(produced.cachedData));
const data = produced.createCachedData();
console.log(Buffer.isBuffer(data), data.length > 0, produced.cachedDataRejected);
const consumed = new vm.Script('1 + 1', { cachedData: data });
console.log(Object.keys(consumed), consumed.cachedDataRejected, consumed.runInThisContext());
const rejected = new vm.Script('1 + 2', { cachedData: Buffer.from('garbage') });
console.log(rejected.cachedDataRejected, rejected.runInThisContext());
const fromView = new vm.Script('1 + 1', { cachedData: new Uint8Array(data) });
console.log(fromView.cachedDataRejected);
