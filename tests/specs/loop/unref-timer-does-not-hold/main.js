// An unref'd timer does not keep the process alive; hasRef reports it.
const t = setTimeout(() => console.log('never printed'), 10000);
t.unref();
console.log('hasRef', t.hasRef());
t.ref();
console.log('hasRef', t.hasRef());
t.unref();
setTimeout(() => console.log('short timer done'), 5);
