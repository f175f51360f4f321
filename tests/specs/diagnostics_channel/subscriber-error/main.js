const dc = require('diagnostics_channel');
const ch = dc.channel('errors');
ch.subscribe(() => { throw new Error('subscriber failed'); });
ch.subscribe((m) => console.log('second subscriber still runs', m));
ch.publish('message');
console.log('publish returned');
