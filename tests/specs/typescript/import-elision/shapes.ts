export interface Shape { width: number; height: number }
export type Box = Shape;
export function area(shape: Shape): number {
  return shape.width * shape.height;
}
export default {};
