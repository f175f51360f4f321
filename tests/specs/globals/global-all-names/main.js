// Every own property of the global object with its kind: v = data (w writable), a = accessor
// (s with a setter), e = enumerable, c = configurable. Read before anything touches them.
const names = Object.getOwnPropertyNames(globalThis).sort();
const out = names.map((n) => {
  const d = Object.getOwnPropertyDescriptor(globalThis, n);
  const kind = 'value' in d ? `v${d.writable ? 'w' : ''}` : `a${d.set ? 's' : ''}`;
  return `${n} ${kind}${d.enumerable ? 'e' : ''}${d.configurable ? 'c' : ''}`;
});
process.stdout.write(`${out.join('\n')}\n`);
