try { require('node:unknown'); } catch (e) { console.log(e.name, e.code, e.message); }
try { require('node:internal/errors'); } catch (e) { console.log(e.code, e.message); }
try { require('internal/errors'); } catch (e) { console.log(e.code, e.message.split('\n')[0]); }
require('node:not-a-module');
