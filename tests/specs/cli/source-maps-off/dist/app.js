"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
class Shape {
    constructor(name) {
        this.name = name;
    }
    area(p) {
        if (p.x < 0)
            throw new Error(`bad point for ${this.name}`);
        return p.x * p.y;
    }
}
function run() {
    const s = new Shape('square');
    console.log(s.area({ x: 2, y: 3 }));
    s.area({ x: -1, y: 0 });
}
try {
    run();
}
catch (e) {
    console.log(e.stack.split('\n').slice(0, 4).join('\n'));
}
console.log(process.sourceMapsEnabled);
//# sourceMappingURL=app.js.map