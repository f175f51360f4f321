// \q{…} string literals in classes: longest first, the empty string last, with quantifiers.
console.log('abc ab a'.match(/[\q{abc|ab}a]/gv));
console.log('xyxyz'.match(/[\q{xy}z]+/v)[0]);
console.log(/^[\q{}a]$/v.test(''), /^[\q{}a]$/v.test('a'), /^[\q{|b}]$/v.test(''));
console.log('ffi fi f'.match(/[\q{ffi|fi}f]/gv));
console.log('abc'.match(/[\q{abc}--\q{abc}]/v), 'x'.match(/[\q{abc|x}--\q{abc}]/v)[0]);
console.log('a.b axb'.match(/[\q{a.b}]/gv));
console.log('ab ba'.match(/[\q{ab|ba}&&\q{ba}]/gv));
console.log('(a)'.replace(/[\q{\(a\)}]/v, 'ok'));
console.log(/(?<=[\q{ab}])c/v.exec('abc')[0]);
