export const names: string[] = ["a", "b"];
