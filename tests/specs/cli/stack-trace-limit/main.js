function a() { b(); }
function b() { c(); }
function c() { throw new Error('deep'); }
try { a(); } catch (e) { console.log(Error.stackTraceLimit, e.stack.split('\n').length); }
