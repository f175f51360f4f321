// setInterval repeats until cleared; clearTimeout works on intervals too.
let count = 0;
const interval = setInterval(() => {
  count++;
  console.log('interval', count);
  if (count === 3) clearTimeout(interval);
}, 1);
