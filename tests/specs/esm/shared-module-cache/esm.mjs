let count = 0;
count++;
export function evaluations() { return count; }
