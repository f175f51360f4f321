// Strings pick single, double or backtick quotes and escape control characters.
const { inspect } = require('util');
console.log(inspect('plain'));
console.log(inspect("it's"));
console.log(inspect('it\'s "quoted"'));
console.log(inspect('it\'s "quoted" `all`'));
console.log(inspect('tab\tnew\nline\\back'));
console.log(inspect('\x00\x07\x1b\x7f\x9f'));
console.log(inspect('lone \ud800 surrogate, pair \ud83d\ude00'));
console.log(inspect(['nested\n', "quote's"]));
