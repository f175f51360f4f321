process.emitWarning('old api', 'DeprecationWarning', 'DEP0999');
process.emitWarning('old api without code', 'DeprecationWarning');
setImmediate(() => {
  process.noDeprecation = true;
  process.emitWarning('silenced', 'DeprecationWarning', 'DEP0998');
  console.log('done');
});
