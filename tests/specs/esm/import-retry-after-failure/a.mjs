import './b.mjs';
import './c.mjs';
console.log('a never evaluates');
