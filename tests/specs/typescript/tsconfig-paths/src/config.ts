export const name: string = "from-paths";
