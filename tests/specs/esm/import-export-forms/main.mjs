import def, { a, b as bee, default as def2 } from './lib.mjs';
import * as ns from './lib.mjs';
import * as re from './reexports.mjs';
import { sub, star } from './reexports.mjs';
import Klass from './class.mjs';
import fn from './function.mjs';
import anon from './anonymous.mjs';
console.log(def, a, bee, def === def2);
console.log(ns);
console.log(re);
console.log(sub, star);
console.log(new Klass().name, fn(), typeof anon, anon.name);
console.log(Object.getOwnPropertyNames(ns), Object.isFrozen(ns), Object.isSealed(ns));
console.log(ns[Symbol.toStringTag], Object.getPrototypeOf(ns));
try { ns.a = 2; } catch (e) { console.log(e.constructor.name, e.message); }
