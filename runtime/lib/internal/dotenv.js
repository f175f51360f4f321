'use strict';
// process.loadEnvFile() and util.parseEnv(), on internalBinding('dotenv') (the C++ parser of
// runtime/src/dotenv.cc, the one that loads --env-file before the program starts).

const binding = internalBinding('dotenv');

function lazyErrors() { return require('internal/errors').codes; }

function toPath(path) {
  if (typeof path === 'string') return path;
  if (typeof URL === 'function' && path instanceof URL) {
    return require('internal/url').fileURLToPath(path);
  }
  if (typeof Buffer === 'function' && Buffer.isBuffer(path)) return path.toString();
  throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('path', ['string', 'Buffer', 'URL'], path);
}

// process.loadEnvFile(path = './.env'): variables already in process.env are kept.
function loadEnvFile(path) {
  path = path === undefined || path === null ? '.env' : toPath(path);
  if (path.includes('\u0000')) {
    throw new (lazyErrors().ERR_INVALID_ARG_VALUE)(
      'path', path, 'must be a string, Uint8Array, or URL without null bytes');
  }
  const warnings = binding.loadEnvFile(path);
  require('internal/watch_report').reportFileLoaded(path);
  for (let i = 0; i < warnings.length; i += 2) {
    process.emitWarning(`${path}:${warnings[i]}: ${warnings[i + 1]}`);
  }
}

// util.parseEnv(content): Node's literal reading, no ${VAR} expansion.
function parseEnv(content) {
  if (typeof content !== 'string') {
    throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('content', 'string', content);
  }
  return binding.parseEnv(content);
}

module.exports = { loadEnvFile, parseEnv };
