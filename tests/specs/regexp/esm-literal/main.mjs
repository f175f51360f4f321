// A `v` literal in an ES module.
import { strict as assert } from 'node:assert';
export const vowels = /[[a-z]&&[aeiou]]/gv;
assert.equal('education'.match(vowels).join(''), 'euaio');
console.log('hello world'.replace(vowels, '*'), /[\q{ab|c}]/v.test('ab'));
