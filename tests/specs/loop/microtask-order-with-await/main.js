// async/await continuations interleave with then callbacks in spec order.
async function f() {
  console.log('f start');
  await null;
  console.log('f after await');
}
f();
Promise.resolve().then(() => console.log('then 1')).then(() => console.log('then 2'));
console.log('sync end');
