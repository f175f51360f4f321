const assert = require('assert');
try { assert.fail(); } catch (err) { console.log(err.message, err.generatedMessage, err.operator); }
try { assert.fail('boom'); } catch (err) { console.log(err.message, err.generatedMessage, err.operator); }
try { assert.fail(new TypeError('own')); } catch (err) { console.log(err.name, err.message); }
