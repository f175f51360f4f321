const w = require('path').win32;
const pairs = [['C:\\Users\\A', 'c:\\users\\a'], ['C:\\a\\b', 'C:\\A\\b\\c'], ['C:\\a\\b\\c', 'C:\\a'], ['C:\\', 'C:\\foo'],
  ['C:\\foo', 'C:\\'], ['C:\\a', 'D:\\a'], ['\\\\s\\sh\\a', '\\\\s\\sh\\b'], ['\\\\s\\sh', '\\\\s\\sh\\x\\y'], ['C:\\a\\bc', 'C:\\a\\b']];
for (const [from, to] of pairs) console.log(`${from} -> ${to}:`, JSON.stringify(w.relative(from, to)));
