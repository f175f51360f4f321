// Assigning to a lazily defined global replaces it, without loading the original.
globalThis.TextEncoder = 'replaced encoder';
console.log(TextEncoder);
globalThis.performance = 'replaced performance';
console.log(performance);
atob = 'replaced atob';
console.log(atob);
delete globalThis.console;
process.stdout.write(`${typeof globalThis.console} ${"console" in globalThis}\n`);
