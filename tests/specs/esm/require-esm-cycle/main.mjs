import './cjs.cjs';
export const x = 1;
