const keys = ['PLAIN', 'EXPORTED', 'SPACED', 'INDENTED', 'INLINE', 'HASH_IN_DOUBLE', 'SINGLE',
  'DOUBLE', 'BACKTICK', 'PADDED', 'MULTI', 'MULTI_SINGLE', 'ESCAPE_DOUBLE', 'ESCAPE_SINGLE',
  'ESCAPE_BACKTICK', 'ESCAPE_PLAIN', 'EMPTY', 'EMPTY_QUOTED', 'DUP', 'EQUALS', 'INNER'];
for (const key of keys) console.log(key, JSON.stringify(process.env[key]));
