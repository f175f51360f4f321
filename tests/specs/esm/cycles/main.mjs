import { a, callB } from './a.mjs';
console.log('main', a, callB());
import('./tdz-a.mjs').catch((e) => console.log(e.constructor.name, e.message));
