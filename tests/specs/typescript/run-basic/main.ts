// Types of every kind are erased; the program runs as JavaScript.
interface Point { x: number; y: number }
type Pair<T> = [T, T];
const origin: Point = { x: 0, y: 0 };
function distance(a: Point, b: Point = origin): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}
const pair: Pair<number> = [3, 4] as Pair<number>;
class Shape<T extends object> implements Iterable<number> {
  private readonly sides: number;
  declare tag: string;
  constructor(sides: number) { this.sides = sides; }
  *[Symbol.iterator](): Iterator<number> { yield this.sides; }
  public area?(): number;
}
const s = new Shape<{}>(4);
console.log(distance({ x: pair[0], y: pair[1] }));
console.log([...s], Object.keys(s), s.area);
const maybe: string | undefined = process.argv[2];
console.log(maybe!?.length ?? 'none', (1 + 1) as number, { a: 1 } satisfies object);
