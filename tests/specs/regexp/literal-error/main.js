const ok = /[a]/v;
const r = /[a&&&b]/v;
console.log("not reached");
