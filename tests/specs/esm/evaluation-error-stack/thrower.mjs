function inner() {
  throw new TypeError('bad value');
}
function outer() {
  inner();
}
outer();
