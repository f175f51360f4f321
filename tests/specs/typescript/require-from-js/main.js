const lib = require("./lib.ts");
console.log(lib.greet("kiln"), Object.keys(lib));
