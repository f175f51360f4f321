import withAssert from './data.json' assert { type: 'json' };
import withAttribute from './data.json' with { type: 'json' };
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
console.log(withAssert, withAssert === withAttribute, withAssert === require('./data.json'));
const dynamic = await import('./data.json', { with: { type: 'json' } });
console.log(dynamic, dynamic.default === withAssert);
const other = await import('./other.json', { assert: { type: 'json' } });
console.log(other.default);
const attempts = [
  () => import('./data.json'),
  () => import('./data.json', { with: { type: 'css' } }),
  () => import('./lib.mjs', { with: { type: 'json' } }),
  () => import('./bad.json', { with: { type: 'json' } }),
];
for (const attempt of attempts) {
  try {
    await attempt();
    console.log('loaded');
  } catch (e) {
    console.log(e.code, e.name, e.message);
  }
}
