import { count, increment, reset, later } from './counter.mjs';
import * as counter from './counter.mjs';
console.log(count, counter.count);
increment();
increment();
console.log(count, counter.count);
reset();
console.log(count);
console.log(later);
await new Promise((resolve) => setTimeout(resolve, 5));
console.log(later);
try { count = 5; } catch (e) { console.log(e.constructor.name, e.message); }
