import value from 'data:text/javascript,export default "inline module";';
import json from 'data:application/json,{"inline":true}' with { type: 'json' };
const base64 = await import('data:text/javascript;base64,' + Buffer.from('export const b = 64;').toString('base64'));
console.log(value, json, base64.b);
try { await import('data:text/plain,hello'); } catch (e) { console.log(e.code, e.message); }
