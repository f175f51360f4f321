export default 'mjs is ESM: ' + (typeof require);
