for (const k of ['URL', 'HOME_DIR', 'ESCAPED', 'DOUBLE', 'SINGLE', 'MISSING', 'DEFAULT',
  'DEFAULT_EMPTY', 'DASH_EMPTY', 'PORT', 'FROM_LOCAL']) console.log(k, JSON.stringify(process.env[k]));
