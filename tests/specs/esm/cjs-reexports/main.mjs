import * as whole from './whole.cjs';
import * as star from './star.cjs';
import * as babel from './babel.cjs';
import * as spread from './spread.cjs';
console.log(whole);
console.log(star);
console.log(babel);
console.log(spread);
