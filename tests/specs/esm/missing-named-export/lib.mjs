export const exists = 1;
