// Invalid UTF-8 in a TypeScript file decodes as in any module: U+FFFD per invalid sequence.
const a: string = "ÿâ‚x";
console.log(a.length, [...a].map((c) => c.charCodeAt(0)));
