// The enumerable own properties of the global object, one per line.
console.log(Object.keys(globalThis).sort().join('\n'));
