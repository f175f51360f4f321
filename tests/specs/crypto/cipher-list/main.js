// The full getCiphers() list.
console.log(require('crypto').getCiphers().join('\n'));
