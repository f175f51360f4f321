console.log(btoa('hello world'), btoa(''), btoa('\xff\xfe'), btoa(123));
console.log(atob('aGVsbG8gd29ybGQ='), JSON.stringify(atob('')), atob('//4=').length);
console.log(atob(' aGVs bG8= '), atob('aGVsbG8'), atob('YQ'));
console.log(atob(undefined === undefined ? 'dW5kZWZpbmVk' : ''));
console.log(btoa(atob('AAEC/w==')) === 'AAEC/w==');
