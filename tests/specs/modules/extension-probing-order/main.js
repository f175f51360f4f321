console.log(require('./both'));
console.log(require('./jsonnode'));
console.log(require('./exact'));
console.log(require('./exact.js'));
console.log(require('./data.txt'));
console.log(require.resolve('./both').endsWith('both.js'));
console.log(require.resolve('./jsonnode').endsWith('jsonnode.json'));
