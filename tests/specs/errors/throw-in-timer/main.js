setTimeout(function tick() {
  throw new Error('from a timer');
}, 1);
