// a package's own dependency in its nested node_modules is found, and does not leak out.
console.log(require('outer'));
try { require('inner'); } catch (e) { console.log(e.code); }
