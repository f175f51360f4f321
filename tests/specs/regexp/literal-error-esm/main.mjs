const ok = /[a--b]/v;
const r = /[^\q{ab}]/v;
console.log("not reached");
