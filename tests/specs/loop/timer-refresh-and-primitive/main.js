// refresh() restarts a timer; a timer converts to a number that clearTimeout accepts.
const start = Date.now();
const t = setTimeout(() => {
  console.log('fired late enough', Date.now() - start >= 40);
}, 30);
setTimeout(() => t.refresh(), 15);
const u = setTimeout(() => console.log('never'), 5);
const id = +u;
console.log(typeof id);
clearTimeout(id);
