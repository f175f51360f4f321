const cases = [
  ['btoa non-latin1', () => btoa('€')],
  ['atob invalid char', () => atob('ab*c')],
  ['atob bad length', () => atob('a')],
  ['atob bad padding', () => atob('ab=c')],
  ['atob no args', () => atob()],
  ['btoa no args', () => btoa()],
];
for (const [label, run] of cases) {
  try {
    console.log(label, 'ok', JSON.stringify(run()));
  } catch (e) {
    console.log(label, '->', e.constructor.name, e.name, e.code, JSON.stringify(e.message));
  }
}
