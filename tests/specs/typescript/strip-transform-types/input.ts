export enum Level {
  Low = 1,
  High = Low * 10,
}

export namespace Registry {
  const items: string[] = [];
  export function add(item: string): number {
    return items.push(item);
  }
  export const size = () => items.length;
}

export class Store {
  constructor(private readonly registry: typeof Registry) {}
}
