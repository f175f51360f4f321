const cases = [
  ['function', () => structuredClone(function f() {})],
  ['symbol', () => structuredClone(Symbol('s'))],
  ['object with function', () => structuredClone({ method() {} })],
  ['weakmap', () => structuredClone(new WeakMap())],
  ['no arguments', () => structuredClone()],
];
for (const [label, run] of cases) {
  try {
    run();
    console.log(label, 'cloned');
  } catch (e) {
    console.log(label, '->', e.constructor.name, e.name, e.code, e instanceof DOMException, JSON.stringify(e.message));
  }
}
