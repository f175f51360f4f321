// Properties of strings (\p{RGI_Emoji} and kin) match whole emoji sequences.
const emoji = /\p{RGI_Emoji}/gv;
console.log('hi 👍🏽 🇫🇷 👨‍👩‍👧 1️⃣ x'.match(emoji));
console.log(/^\p{Emoji_Keycap_Sequence}$/v.test('1️⃣'), /^\p{RGI_Emoji_Flag_Sequence}$/v.test('🇫🇷'));
console.log(/^[\p{RGI_Emoji}--\q{👍}]$/v.test('👍'), /^[\p{RGI_Emoji}--\q{👍}]$/v.test('👎'));
console.log(/^\p{Basic_Emoji}+$/v.test('😀😃'), new RegExp('^\\p{RGI_Emoji}$', 'v').test('👨‍👩‍👧'));
