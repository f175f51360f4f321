import { name as spaced } from './with space.mjs';
import { name as encoded } from './with%20space.mjs';
import { name as unicode } from './ünïcödé.mjs';
import { name as percent } from './100%25.mjs';
import { name as hash } from './has%23hash.mjs';
import * as first from './with space.mjs';
import * as query from './with space.mjs?v=1';
import * as fragment from './with space.mjs#frag';
console.log(spaced, encoded, unicode, percent, hash);
console.log(first === query, first === fragment, query.url, fragment.url);
console.log(first.url);
const { name } = await import('./dots/../with space.mjs');
console.log(name);
try { await import('./a%2fb.mjs'); } catch (e) { console.log(e.code, e.message); }
