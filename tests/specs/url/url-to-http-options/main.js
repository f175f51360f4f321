// urlToHttpOptions turns a URL into http.request options.
const { urlToHttpOptions } = require('url');
console.log(urlToHttpOptions(new URL('https://a%20b:p%40w@[::1]:8443/path?q=1#h')));
console.log(urlToHttpOptions(new URL('http://example.com')));
