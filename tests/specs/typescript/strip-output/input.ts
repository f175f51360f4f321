import type { Config } from './config';
import { load, type Loader } from './loader';

export interface Options extends Config {
  verbose?: boolean;
}

export abstract class Task<T = unknown> implements Loader {
  private readonly name: string;
  declare meta: Record<string, unknown>;
  abstract run(input: T): Promise<void>;
  constructor(name: string) {
    this.name = name;
  }
}

export function start<T>(task: Task<T>, options?: Options): void {
  const value = load<T>(options!) as T;
  task.run(value satisfies T);
}

const handler = async (event: Event):
  Promise<void> => {
  console.log(event);
};
