// String methods with constructed `v` regexes: empty matches step over astral characters, lastIndex.
const cases = [
  () => '😀😀'.replace(new RegExp('', 'gv'), '-'),
  () => '😀😀'.split(new RegExp('', 'v')),
  () => [...'😀😀'.matchAll(new RegExp('', 'gv'))].map((m) => m.index),
  () => '😀😀'.match(new RegExp('', 'gv')),
  () => '😀😀'.replaceAll(new RegExp('(?:)', 'gv'), (m, i) => `[${i}]`),
  () => 'a1b2'.search(new RegExp('\\d', 'v')),
  () => { const r = new RegExp('[\\d--1]', 'gv'); r.lastIndex = 2; const m = r.exec('1212'); return [m.index, r.lastIndex]; },
  () => { const r = new RegExp('\\d', 'gv'); 'a1b2'.replace(r, 'x'); return r.lastIndex; },
  () => { const r = new RegExp('\\d', 'yv'); r.lastIndex = 1; return ['a1b2'.replace(r, 'x'), r.lastIndex]; },
  () => { class S extends RegExp {} return '😀😀'.match(new S('', 'gv')); },
  () => 'x😀y'.split(new RegExp('[\\p{Emoji}--\\p{ASCII}]', 'v'), 1),
];
for (const f of cases) console.log(JSON.stringify(f()));
