console.log(require('crypto').createHash('md4').update('a').digest('hex'))
