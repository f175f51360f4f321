// The error's line and column are those of the original file: types were blanked, not removed.
interface Options { retries: number; label?: string }
function run(options: Options): never {
  const label: string = options.label ?? 'task';
  throw new Error(`${label} failed after ${options.retries} retries`);
}
run({ retries: 3 } as Options);
