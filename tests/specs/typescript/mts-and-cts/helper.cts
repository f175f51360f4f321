function add(a: number, b: number): number {
  return a + b;
}
module.exports = { add, kind: typeof module } as const;
