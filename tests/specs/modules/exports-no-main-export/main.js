try { require('pkg'); } catch (e) { console.log(e.code); console.log(e.message.replace(__dirname, '<dir>')); }
console.log(require('pkg/sub'));
