const { parseEnv } = require('util');
console.log(parseEnv('B=2\nA=1\nexport C = "x\\ny" # c\nD=\'$A\'\nE=${A}\nF=`t`\nD=dup\n'));
console.log(parseEnv(''));
console.log(parseEnv('MULTI="a\nb"\nEMPTY=\n'));
try { parseEnv(1); } catch (e) { console.log(e.code, e.message); }
