// util.inspect, deep equality and replaceAll of `v` regexes made by the constructor.
const r = new RegExp('[a--b]', 'gv');
console.log(r, [r], { r });
console.log('aXa'.replaceAll(r, 'y'), Object.prototype.toString.call(r), require('util').types.isRegExp(r));
console.log(Object.keys(r), JSON.stringify(r), r.lastIndex);
const m = /(?<word>[\p{L}--[aeiou]]+)/v.exec('hello');
console.log(m.groups.word);
console.log(require('util').isDeepStrictEqual(new RegExp('[a]', 'v'), new RegExp('[a]', 'v')), require('util').isDeepStrictEqual(new RegExp('[a]', 'v'), new RegExp('[b]', 'v')));
