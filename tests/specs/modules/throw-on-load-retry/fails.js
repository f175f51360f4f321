globalThis.evaluations = (globalThis.evaluations || 0) + 1;
if (!globalThis.shouldSucceed) throw new Error(`load failed (evaluation ${globalThis.evaluations})`);
module.exports = `loaded on evaluation ${globalThis.evaluations}`;
