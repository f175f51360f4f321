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
    const kind = e instanceof DOMException ? 'DOMException' : e instanceof TypeError ? 'TypeError' : 'other';
    console.log(label, '->', kind, e.name, e.code, JSON.stringify(e.message));
  }
}
