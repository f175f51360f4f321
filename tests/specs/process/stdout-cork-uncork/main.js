// cork() holds writes (writableLength counts them) until uncork(); console.log queues behind them.
const out = process.stdout;
out.cork();
out.write('one ');
out.write(Buffer.from('two '));
console.log('three');
const held = [out.writableCorked, out.writableLength, out.writableBuffer.length];
out.uncork();
console.log('held', held, 'after', out.writableCorked, out.writableLength);
process.nextTick(() => {
  out.cork();
  out.write('a');
  out.cork();
  out.write('b');
  out.uncork();
  console.log(' corked', out.writableCorked);
  out.uncork();
  console.log('\nuncorked', out.writableCorked);
});
