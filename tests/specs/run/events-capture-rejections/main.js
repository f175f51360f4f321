const EventEmitter = require('events');
const e = new EventEmitter({ captureRejections: true });
e.on('job', async (n) => { throw new Error(`job ${n} failed`); });
e.on('error', (err) => console.log('error event:', err.message));
e.emit('job', 1);
class Custom extends EventEmitter {
  [EventEmitter.captureRejectionSymbol](err, event, ...args) {
    console.log('rejection hook', err.message, event, args);
  }
}
const c = new Custom({ captureRejections: true });
c.on('work', async () => { throw new Error('hook me'); });
c.emit('work', 'a', 'b');
try { new EventEmitter({ captureRejections: 'yes' }); } catch (err) { console.log(err.code, err.message); }
