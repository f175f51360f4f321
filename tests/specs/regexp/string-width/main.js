// The regex of string-width (under yargs, cliui, ora, inquirer): zero-width code points.
const zeroWidth = /[^\p{Default_Ignorable_Code_Point}\p{Control}\p{Format}\p{Nonspacing_Mark}\p{Enclosing_Mark}\p{Surrogate}]/v;
const samples = ['a', '\u200b', '\u0301', '\u00ad', '\n', '\u{1F600}', '\ud800', '\u20dd', '한', '\ufe0f'];
for (const s of samples) console.log(JSON.stringify(s), zeroWidth.test(s));
const global = new RegExp(zeroWidth.source, 'gv');
console.log('ab\u0301c\u200bd'.replace(global, '*'));
