const EventEmitter = require('events');
const e = new EventEmitter();
for (const value of ['text', 42, { code: 1 }, undefined, null, [1, 2]]) {
  try {
    e.emit('error', value);
  } catch (err) {
    console.log(err.name, err.code, err.message, err.context === value);
  }
}
