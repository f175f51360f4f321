const { other } = await import('./other.mjs');
export const value = `value+${other}`;
