console.log(Object.keys(globalThis).sort());
