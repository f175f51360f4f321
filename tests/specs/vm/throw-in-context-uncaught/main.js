require('vm').runInNewContext('\n  null.x', {}, 'ctx.js');
