console.log(require('node:fs') === require('fs'));
console.log(require('node:path') === require('path'));
console.log(require('node:events') === require('events'));
try { require('test'); } catch (e) { console.log(e.code, e.message.split('\n')[0]); }
console.log(require('fs/'));
