// Escapes that only `v` allows in classes (ClassSetReservedPunctuator) and syntax characters.
const r = /^[\&\!\#\%\,\:\;\<\=\>\@\`\~\-\(\)\[\]\{\}\/\|\\\^\$\.\*\+\?]+$/v;
console.log(r.test('&!#%,:;<=>@`~-()[]{}/|\\^$.*+?'), r.test('a'));
console.log(/[\q{\&\!}]/v.test('&!'), /[\n\t\x41\u0042\u{43}\cJ\0]/v.test('C'), /[\b]/v.test('\b'));
console.log(/[a$]/v.test('$'), /[.]/v.test('.'), /[^^a]/v.test('^'), /[\u{1F600}-\u{1F64F}]/v.test('😃'));
