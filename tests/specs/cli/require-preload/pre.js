globalThis.preloaded = (globalThis.preloaded || []).concat(require('path').basename(__filename));
console.log('preload', module.parent === undefined ? 'no parent' : module.id);
