// Event order: a Writable emits 'finish' then 'close'; a Readable 'end' then 'close'; a
// Duplex waits for both sides. emitClose: false suppresses 'close'.
const { Writable, Readable, Duplex } = require('stream');

const log = (name) => (...args) => console.log(name, ...args.map((a) => a?.message ?? a));

const sink = new Writable({ write(c, e, cb) { cb(); }, final(cb) { log('w')('final'); cb(); } });
['prefinish', 'finish', 'close'].forEach((e) => sink.on(e, log(`w ${e}`)));
sink.end('x', log('w end-callback'));

const source = new Readable({ read() { this.push('r'); this.push(null); } });
['data', 'end', 'close'].forEach((e) => source.on(e, log(`r ${e}`)));

const quiet = new Writable({ emitClose: false, write(c, e, cb) { cb(); } });
quiet.on('close', log('quiet close (never)'));
quiet.on('finish', log('quiet finish'));
quiet.end();

const both = new Duplex({
  read() { this.push(null); },
  write(c, e, cb) { cb(); },
});
['end', 'finish', 'close'].forEach((e) => both.on(e, log(`d ${e}`)));
both.resume();
setImmediate(() => both.end());
