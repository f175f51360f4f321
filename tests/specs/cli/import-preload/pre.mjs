await new Promise((resolve) => setTimeout(resolve, 20));
globalThis.order = [...(globalThis.order || []), 'import'];
console.log('import preload done', import.meta.url.endsWith('/pre.mjs'));
