import mjs from './formats/a.mjs';
import cjs from './formats/b.cjs';
import typeModule from './module-scope/c.js';
import typeCommonJS from './commonjs-scope/d.js';
import typelessESM from './typeless/esm.js';
import typelessCJS from './typeless/cjs.js';
import typelessTLA from './typeless/tla.js';
import noExtension from './module-scope/noext';
console.log(mjs, cjs, typeModule, typeCommonJS);
console.log(typelessESM, typelessCJS, typelessTLA, noExtension);
try { await import('./formats/data.txt'); } catch (e) { console.log(e.code, e.message); }
try { await import('./module-scope/e.ts-unknown'); } catch (e) { console.log(e.code, e.message); }
