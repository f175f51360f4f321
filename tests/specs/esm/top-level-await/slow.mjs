console.log('slow starts');
await new Promise((resolve) => setTimeout(resolve, 10));
console.log('slow ends');
export const slow = 'slow value';
