// util.parseArgs parses options, short groups and positionals.
const { parseArgs } = require('util');
const options = {
  verbose: { type: 'boolean', short: 'v', multiple: true },
  name: { type: 'string', short: 'n' },
  color: { type: 'boolean' },
  level: { type: 'string', default: 'info' },
};
const result = parseArgs({
  args: ['-vv', '--name', 'kiln', 'file.txt', '--no-color', '--', '--not-an-option'],
  options,
  allowPositionals: true,
  allowNegative: true,
});
console.log(result);
console.log(parseArgs({ args: ['-nvalue'], options, tokens: true }).tokens);
for (const args of [['--unknown'], ['pos'], ['--name'], ['--color=yes'], ['--name', '-v']]) {
  try { parseArgs({ args, options }); } catch (e) { console.log(e.code, '|', e.message); }
}
