interface Point { x: number; y: number }

class Shape {
  constructor(private readonly name: string) {}
  area(p: Point): number {
    if (p.x < 0) throw new Error(`bad point for ${this.name}`);
    return p.x * p.y;
  }
}

function run(): void {
  const s = new Shape('square');
  console.log(s.area({ x: 2, y: 3 }));
  s.area({ x: -1, y: 0 });
}

run();
console.log(process.sourceMapsEnabled);
export {};
