process.throwDeprecation = true;
try {
  process.emitWarning('fatal deprecation', 'DeprecationWarning', 'DEP0997');
} catch (e) {
  console.log('caught', e.name, e.message, e.code);
}
