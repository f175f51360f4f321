import { join } from 'node:path';
console.log(join('typeless', 'main'), import.meta.url.endsWith('/main.js'), typeof require);
console.log(process.argv.length, process.mainModule);
