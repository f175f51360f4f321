// --transform-types compiles what is more than types, as tsc does.
import fs = require('fs');
enum Direction { Up = 1, Down, Left = 'L'.length * 10, Right = 20 }
const enum Flags { None = 0, A = 1 << 0, B = 1 << 1, AB = A | B }
enum Label { Yes = 'yes', No = 'no' }
namespace Geometry {
  export const unit = 1;
  export function scale(n: number): number { return n * unit; }
  export namespace Inner { export const depth = unit + 1; }
}
namespace Geometry { export const again = unit * 3; }
class Point {
  constructor(public readonly x: number, private y = 2) {}
  sum(): number { return this.x + this.y; }
}
class Point3 extends Point {
  constructor(x: number, protected z: number) { super(x); }
}
console.log(Direction, Direction[2], Flags.AB, Label.No);
console.log(Geometry.scale(5), Geometry.Inner.depth, Geometry.again);
console.log(new Point(1).sum(), Object.keys(new Point3(1, 3)));
console.log(typeof fs.readFileSync);
// An uncaught error keeps its line.
throw new Error('line 24');
