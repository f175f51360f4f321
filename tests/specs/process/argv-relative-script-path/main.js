console.log(process.argv[1] === __filename, require('path').basename(process.argv[1]));
console.log(process.argv.slice(2));
