import { slow } from './slow.mjs';
import './sync.mjs';
console.log('main', slow);
const value = await Promise.resolve('awaited');
console.log(value);
for await (const x of [Promise.resolve(1), 2]) console.log('for await', x);
