export const value = 'esm detected in require';
export default 'default';
