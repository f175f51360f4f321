export const name: string = "index.ts";
