export * from './lib.cjs';
export { default as lib } from './lib.cjs';
