// Imports used only as types are dropped, as tsc drops them: shapes.ts exports no `Shape` at
// run time, and `Unused` is never used. Side-effect imports stay.
import { Shape, area } from './shapes.ts';
import Unused, { type Box } from './shapes.ts';
import './side-effect.ts';

const shape: Shape = { width: 2, height: 3 };
const box: Box = shape;
console.log(area(box));
