try { require(''); } catch (e) { console.log(e.name, e.code); console.log(e.message); }
try { require(); } catch (e) { console.log(e.name, e.code); console.log(e.message); }
try { require({}); } catch (e) { console.log(e.name, e.code); console.log(e.message); }
require(null);
