globalThis.loads = (globalThis.loads || 0) + 1; exports.count = globalThis.loads;
