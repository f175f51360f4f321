try { require('mixed'); } catch (e) { console.log(e.code); console.log(e.message.split(__dirname).join('<dir>')); }
try { require('numeric'); } catch (e) { console.log(e.code); console.log(e.message.split(__dirname).join('<dir>')); }
