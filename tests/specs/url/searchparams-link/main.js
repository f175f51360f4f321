// url.searchParams and url.search stay in sync both ways.
const url = new URL('https://example.com/?a=1&b=2&a=3');
const params = url.searchParams;
console.log(params.getAll('a'), params.get('b'), params.size);
params.append('c', 'x y');
params.delete('a');
console.log(url.search, url.href);
url.search = '?z=26&z=27';
console.log(params.getAll('z'), [...params.keys()]);
params.set('z', 'single');
params.sort();
console.log(url.href);
params.delete('z');
console.log(JSON.stringify(url.search), url.href);
url.hash = 'h';
params.append('after', 'hash');
console.log(url.href);
console.log(url.searchParams === params);
