console.log('script.js runs for "kiln script"', require('path').basename(__filename));
console.log(require('path').basename(process.argv[1]));
