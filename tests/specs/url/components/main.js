// A URL exposes every component of an absolute URL, as in Node.
const url = new URL('https://user:pa%20ss@Sub.Example.COM:8080/p/a/t/h?query=string&x=1#hash');
for (const key of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'search', 'hash']) {
  console.log(key, JSON.stringify(url[key]));
}
console.log(String(url), url.toJSON(), JSON.stringify({ url }));
console.log(new URL('HTTP://example.com:80/').href, new URL('wss://h:443').href, new URL('ftp://h:21/').port);
console.log(new URL('file:///C:/dir/../file.txt').href, new URL('file://localhost/etc/hosts').href);
console.log(new URL('mailto:Someone@Example.com?subject=hi').pathname, new URL('data:text/plain,a b').href);
console.log(new URL('sc://ñ.test/x y').href, new URL('blob:https://a.com/uuid').origin);
