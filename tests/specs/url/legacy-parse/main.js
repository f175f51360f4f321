// url.parse returns Node's legacy Url objects, with and without parseQueryString and slashesDenoteHost.
const url = require('url');
const util = require('util');
for (const input of ['http://user:pw@Host.COM:8080/p/a/t/h?query=string#hash', '/a/b?c=d', '//x/y',
  'mailto:a@b.c', 'http://a\\b\\c?d\\e', 'javascript:alert(1)', 'http://[::1]:3000/x',
  'https://bücher.de/x y', 'file:///etc/passwd', 'x.com', 'http://a@b@c/d', '  http://x.com/a  ']) {
  console.log(util.inspect(url.parse(input)));
}
console.log(util.inspect(url.parse('http://x.com/?a=1&a=2&b', true)));
console.log(util.inspect(url.parse('//host/path', false, true)));
console.log(url.parse('http://x.com') instanceof url.Url);
try { url.parse(42); } catch (e) { console.log(e.code, e.message); }
try { url.parse('http://xn--a.com/'); } catch (e) { console.log(e.code, e.input); }
