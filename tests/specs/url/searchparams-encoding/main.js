// URLSearchParams serializes as application/x-www-form-urlencoded.
const params = new URLSearchParams();
params.append('space', 'a b');
params.append('symbols', "!'()*-._~+&=%/?#[]@");
params.append('unicode', 'é€😀');
params.append('empty', '');
params.append('new\nline', 'tab\t');
console.log(params.toString());
console.log(new URLSearchParams(params.toString()).get('symbols'));
console.log(new URLSearchParams('a=%F0%9F%98%80&b=%E9&c=%C3%A9').toString());
console.log([...new URLSearchParams('a=%F0%9F%98%80&b=%E9&c=%C3%A9').values()]);
