export const sub = 'sub';
export const star = 'star';
export const shadowed = 'from other';
export default 'other default';
