export function hello(who: string): string { return `hello ${who}`; }
