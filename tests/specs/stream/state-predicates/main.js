// isReadable, isErrored, isDisturbed and isDestroyed report a stream's state.
const stream = require('stream');

const fresh = new stream.Readable({ read() {} });
console.log('fresh', stream.isReadable(fresh), stream.isErrored(fresh), stream.isDisturbed(fresh));
fresh.push('x');
fresh.read();
console.log('after read', stream.isDisturbed(fresh));
fresh.destroy(new Error('e'));
fresh.on('error', () => {});
console.log('after destroy', stream.isReadable(fresh), stream.isErrored(fresh), stream.isDestroyed(fresh));
const ended = stream.Readable.from([]);
ended.resume();
ended.on('end', () => console.log('ended readable?', stream.isReadable(ended), ended.readableEnded));
console.log(stream.isWritable(new stream.Writable()), stream.isWritable(fresh));
