require('vm').runInThisContext('let a = (;', { filename: 'syn.js', lineOffset: 2 });
