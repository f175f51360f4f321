console.log(process.env.HOME === require('os').homedir());
console.log(Object.keys(process.env).every((k) => typeof process.env[k] === 'string'));
process.env.a = 'lower';
console.log(process.env.A, process.env.a);
