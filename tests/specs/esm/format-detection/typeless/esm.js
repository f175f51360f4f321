import path from 'path';
export default '.js with ESM syntax and no type is ESM: ' + typeof path.join + ' ' + (typeof require);
