const t = new EventTarget();
try { t.dispatchEvent({ type: 'x' }); } catch (err) { console.log(err.code, err.message); }
try { t.addEventListener('x'); } catch (err) { console.log(err.code, err.message); }
try { t.addEventListener('x', 5); } catch (err) { console.log(err.code, err.message); }
try { new Event(); } catch (err) { console.log(err.code, err.message); }
try { Event.prototype.type; } catch (err) { console.log(err.code, err.message); }
const e = new Event('foo', { bubbles: true });
console.log(e.type, e.bubbles, e.cancelable, e.composed, e.defaultPrevented, e.eventPhase, e.isTrusted, e.target, e.returnValue);
console.log(Object.prototype.toString.call(e), Event.AT_TARGET, Event.BUBBLING_PHASE);
