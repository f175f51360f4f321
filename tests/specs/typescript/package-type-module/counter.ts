export interface Counter {
  readonly value: number;
  increment(): void;
}

export function makeCounter(start: number): Counter {
  let value = start;
  return {
    get value() { return value; },
    increment() { value++; },
  };
}

export default 'counter' as const;
