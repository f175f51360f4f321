const value = await Promise.resolve('top-level await alone makes it ESM');
export default value;
