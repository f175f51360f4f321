// The legacy Stream constructor works with util.inherits, and Stream#pipe moves 'data'.
const Stream = require('stream');
const util = require('util');
const { EventEmitter } = require('events');

console.log(Stream === Stream.Stream, Stream.prototype instanceof EventEmitter);
function Source() { Stream.call(this); this.readable = true; }
util.inherits(Source, Stream);
function Sink() { Stream.call(this); this.writable = true; }
util.inherits(Sink, Stream);
Sink.prototype.write = function(chunk) { console.log('sink got', chunk); return true; };
Sink.prototype.end = function() { console.log('sink end'); };

const source = new Source();
const sink = new Sink();
console.log(source instanceof Stream, source instanceof EventEmitter);
console.log(source.pipe(sink) === sink);
source.emit('data', 'one');
source.emit('data', 'two');
source.emit('end');
