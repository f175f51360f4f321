import './tdz-b.mjs';
export const early = 1;
