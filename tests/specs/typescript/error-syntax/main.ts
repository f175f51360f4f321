const a: number = 1;
function f(x: number {
  return x;
}
console.log(a);
