// Class instances are prefixed with their class name.
const { inspect } = require('util');
class Point { constructor() { this.x = 1; this.y = 2; } }
class Point3D extends Point { constructor() { super(); this.z = 3; } }
class Empty {}
console.log(inspect(new Point()));
console.log(inspect(new Point3D()));
console.log(inspect(new Empty()));
console.log(inspect({ nested: new Point3D() }));
console.log(inspect(Object.create({ inherited: true })));
