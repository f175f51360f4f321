import a from 'main-exact';
import b from 'main-no-extension';
import c from 'main-directory';
import d from 'no-main';
import e from 'main-subpath/lib/sub.js';
console.log(a, b, c, d, e);
try { await import('main-broken'); } catch (e) { console.log(e.code, e.message); }
