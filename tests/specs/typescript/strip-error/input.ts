interface A {
  x: number
}
namespace Runtime {
  export let value = 1;
}
