// Without "exports" a package cannot require itself by name.
try { require('no-exports-pkg'); } catch (e) { console.log(e.code, e.message.split('\n')[0]); }
