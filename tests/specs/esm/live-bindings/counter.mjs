export let count = 0;
export function increment() { count++; }
export function reset() { count = 0; }
export var later = 'before';
setTimeout(() => { later = 'after'; }, 1);
