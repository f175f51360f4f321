import fs from "node:fs";
console.log("must not run", fs);
await 1;
