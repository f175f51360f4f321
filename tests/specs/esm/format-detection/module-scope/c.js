export default '.js in type module is ESM: ' + (typeof require);
