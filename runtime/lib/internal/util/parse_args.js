'use strict';
// util.parseArgs(): split command line arguments into options and positionals, following the
// POSIX utility conventions the way Node.js documents them (short groups, --opt=value, --).

const {
  validateArray,
  validateBoolean,
  validateBooleanArray,
  validateObject,
  validateString,
  validateStringArray,
  validateUnion,
} = require('internal/validators');

const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNKNOWN_OPTION,
    ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
  },
} = require('internal/errors');

const hasOwn = Function.prototype.call.bind(Object.prototype.hasOwnProperty);

// Own properties only, so that a polluted Object.prototype cannot inject configuration.
function objectGetOwn(object, key) {
  if (hasOwn(object, key)) return object[key];
  return undefined;
}

function optionsGetOwn(options, longOption, key) {
  if (hasOwn(options, longOption)) return objectGetOwn(options[longOption], key);
  return undefined;
}

// The user arguments of process.argv: after the script, or right after the binary for -e/-p.
function getMainArgs() {
  const execArgv = process.execArgv || [];
  if (execArgv.includes('-e') || execArgv.includes('--eval') ||
      execArgv.includes('-p') || execArgv.includes('--print')) {
    return process.argv.slice(1);
  }
  return process.argv.slice(2);
}

// Anything after an option that takes a value is that value, even text starting with '-'.
function isOptionValue(value) {
  return value != null;
}

function isOptionLikeValue(value) {
  if (value == null) return false;
  return value.length > 1 && value[0] === '-';
}

// '-f'
function isLoneShortOption(arg) {
  return arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
}

// '--foo'
function isLoneLongOption(arg) {
  return arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3);
}

// '--foo=bar'
function isLongOptionAndValue(arg) {
  return arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3);
}

// '-abc' where the first short option is not a string option.
function isShortOptionGroup(arg, options) {
  if (arg.length <= 2) return false;
  if (arg[0] !== '-') return false;
  if (arg[1] === '-') return false;
  const longOption = findLongOptionForShort(arg[1], options);
  return optionsGetOwn(options, longOption, 'type') !== 'string';
}

// '-fFILE' where -f is a string option.
function isShortOptionAndValue(arg, options) {
  if (arg.length <= 2) return false;
  if (arg[0] !== '-') return false;
  if (arg[1] === '-') return false;
  const longOption = findLongOptionForShort(arg[1], options);
  return optionsGetOwn(options, longOption, 'type') === 'string';
}

function findLongOptionForShort(shortOption, options) {
  for (const [longOption, optionConfig] of Object.entries(options)) {
    if (objectGetOwn(optionConfig, 'short') === shortOption) return longOption;
  }
  return shortOption;
}

function useDefaultValueOption(longOption, optionConfig, values) {
  return objectGetOwn(optionConfig, 'default') !== undefined && values[longOption] === undefined;
}

function checkOptionLikeValue(token) {
  if (!token.inlineValue && isOptionLikeValue(token.value)) {
    // Suggest the short form only when the user typed the short form.
    const example = token.rawName.startsWith('--') ?
      `'${token.rawName}=-XYZ'` :
      `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
    const message = `Option '${token.rawName}' argument is ambiguous.\n` +
      `Did you forget to specify the option argument for '${token.rawName}'?\n` +
      `To specify an option argument starting with a dash use ${example}.`;
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(message);
  }
}

function checkOptionUsage(config, token) {
  let name = token.name;
  if (!hasOwn(config.options, name)) {
    // --no-foo negates a known boolean option when allowNegative is set.
    if (config.allowNegative && name.startsWith('no-')) {
      name = name.slice(3);
      if (!hasOwn(config.options, name) ||
          optionsGetOwn(config.options, name, 'type') !== 'boolean') {
        throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
      }
    } else {
      throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
    }
  }
  const short = optionsGetOwn(config.options, name, 'short');
  const shortAndLong = `${short ? `-${short}, ` : ''}--${name}`;
  const type = optionsGetOwn(config.options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
      `Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
      `Option '${shortAndLong}' does not take an argument`);
  }
}

function storeOption(longOption, optionValue, options, values) {
  if (longOption === '__proto__') return;

  // The value is stored as given: in non-strict mode a boolean option may receive a string.
  const newValue = optionValue ?? true;
  if (optionsGetOwn(options, longOption, 'multiple')) {
    if (values[longOption]) {
      values[longOption].push(newValue);
    } else {
      values[longOption] = [newValue];
    }
  } else {
    values[longOption] = newValue;
  }
}

function storeDefaultOption(longOption, optionValue, values) {
  if (longOption === '__proto__') return;
  values[longOption] = optionValue;
}

// Phase one: turn the arguments into option, positional and option-terminator tokens.
function argsToTokens(args, options) {
  const tokens = [];
  let index = -1;
  let groupCount = 0;

  const remainingArgs = args.slice();
  while (remainingArgs.length > 0) {
    const arg = remainingArgs.shift();
    const nextArg = remainingArgs[0];
    // Arguments expanded from a short group share the index of the group.
    if (groupCount > 0) {
      groupCount--;
    } else {
      index++;
    }

    if (arg === '--') {
      // Everything after a bare '--' is positional.
      tokens.push({ kind: 'option-terminator', index });
      for (const rest of remainingArgs) {
        tokens.push({ kind: 'positional', index: ++index, value: rest });
      }
      break;
    }

    if (isLoneShortOption(arg)) {
      const shortOption = arg[1];
      const longOption = findLongOptionForShort(shortOption, options);
      let value;
      let inlineValue;
      if (optionsGetOwn(options, longOption, 'type') === 'string' && isOptionValue(nextArg)) {
        value = remainingArgs.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name: longOption, rawName: arg, index, value, inlineValue });
      if (value != null) ++index;
      continue;
    }

    if (isShortOptionGroup(arg, options)) {
      // -abc becomes -a -b -c; a string option inside takes the rest as its value (-abfFILE).
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const shortOption = arg[i];
        const longOption = findLongOptionForShort(shortOption, options);
        if (optionsGetOwn(options, longOption, 'type') !== 'string' || i === arg.length - 1) {
          expanded.push(`-${shortOption}`);
        } else {
          expanded.push(`-${arg.slice(i)}`);
          break;
        }
      }
      remainingArgs.unshift(...expanded);
      groupCount = expanded.length;
      continue;
    }

    if (isShortOptionAndValue(arg, options)) {
      const shortOption = arg[1];
      const longOption = findLongOptionForShort(shortOption, options);
      const value = arg.slice(2);
      tokens.push({
        kind: 'option', name: longOption, rawName: `-${shortOption}`,
        index, value, inlineValue: true,
      });
      continue;
    }

    if (isLoneLongOption(arg)) {
      const longOption = arg.slice(2);
      let value;
      let inlineValue;
      if (optionsGetOwn(options, longOption, 'type') === 'string' && isOptionValue(nextArg)) {
        value = remainingArgs.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name: longOption, rawName: arg, index, value, inlineValue });
      if (value != null) ++index;
      continue;
    }

    if (isLongOptionAndValue(arg)) {
      const equalIndex = arg.indexOf('=');
      const longOption = arg.slice(2, equalIndex);
      const value = arg.slice(equalIndex + 1);
      tokens.push({
        kind: 'option', name: longOption, rawName: `--${longOption}`,
        index, value, inlineValue: true,
      });
      continue;
    }

    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

const kEmptyObject = Object.freeze({ __proto__: null });

function parseArgs(config = kEmptyObject) {
  const args = objectGetOwn(config, 'args') ?? getMainArgs();
  const strict = objectGetOwn(config, 'strict') ?? true;
  const allowPositionals = objectGetOwn(config, 'allowPositionals') ?? !strict;
  const returnTokens = objectGetOwn(config, 'tokens') ?? false;
  const allowNegative = objectGetOwn(config, 'allowNegative') ?? false;
  const options = objectGetOwn(config, 'options') ?? { __proto__: null };
  const parseConfig = { args, strict, options, allowPositionals, allowNegative };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  for (const [longOption, optionConfig] of Object.entries(options)) {
    validateObject(optionConfig, `options.${longOption}`);

    const optionType = objectGetOwn(optionConfig, 'type');
    validateUnion(optionType, `options.${longOption}.type`, ['string', 'boolean']);

    if (hasOwn(optionConfig, 'short')) {
      const shortOption = optionConfig.short;
      validateString(shortOption, `options.${longOption}.short`);
      if (shortOption.length !== 1) {
        throw new ERR_INVALID_ARG_VALUE(
          `options.${longOption}.short`, shortOption, 'must be a single character');
      }
    }

    const multipleOption = objectGetOwn(optionConfig, 'multiple');
    if (hasOwn(optionConfig, 'multiple')) {
      validateBoolean(multipleOption, `options.${longOption}.multiple`);
    }

    const defaultValue = objectGetOwn(optionConfig, 'default');
    if (defaultValue !== undefined) {
      let validator;
      if (optionType === 'string') {
        validator = multipleOption ? validateStringArray : validateString;
      } else {
        validator = multipleOption ? validateBooleanArray : validateBoolean;
      }
      validator(defaultValue, `options.${longOption}.default`);
    }
  }

  const tokens = argsToTokens(args, options);

  // Phase two: collect values and positionals, checking them in strict mode.
  const result = {
    values: { __proto__: null },
    positionals: [],
  };
  if (returnTokens) {
    result.tokens = tokens;
  }
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) {
        checkOptionUsage(parseConfig, token);
        checkOptionLikeValue(token);
      }
      let value = token.value;
      if (allowNegative && token.name.startsWith('no-') && value === undefined) {
        // --no-foo stores false for foo; the token reports the option it negates.
        token.name = token.name.slice(3);
        value = false;
      }
      storeOption(token.name, value, options, result.values);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) {
        throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      }
      result.positionals.push(token.value);
    }
  }

  // Phase three: defaults for options that were not given.
  for (const [longOption, optionConfig] of Object.entries(options)) {
    if (useDefaultValueOption(longOption, optionConfig, result.values)) {
      storeDefaultOption(longOption, objectGetOwn(optionConfig, 'default'), result.values);
    }
  }

  return result;
}

module.exports = { parseArgs };
