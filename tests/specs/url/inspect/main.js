// util.inspect and console.log show URL, URLSearchParams and its iterators as Node does.
const util = require('util');
const url = new URL('https://user:pw@example.com:8080/a/b?x=1&y=2#h');
console.log(url);
console.log(util.inspect(url, { depth: 0 }));
console.log(url.searchParams);
console.log(new URLSearchParams());
console.log(new URLSearchParams('a=1&bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb=cccccccccccccccccccccccccccccc&ddddddddddddd=eeeeeeeeeeeeeee'));
console.log(url.searchParams.keys(), url.searchParams.entries());
console.log(util.inspect({ nested: { deeper: { url } } }));
console.log(Object.keys(url), Object.getOwnPropertyNames(URL.prototype));
