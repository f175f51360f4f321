export * from './other.mjs';
export * as otherNamespace from './other.mjs';
export { a as renamedA, default as libDefault } from './lib.mjs';
export { default } from './other.mjs';
export const shadowed = 'local wins over star';
