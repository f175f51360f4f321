// Without a stdio option, the child's stderr of the sync exec forms goes to our stderr.
const { execSync } = require('child_process');
try {
  execSync('echo to-stderr >&2; exit 1');
} catch (err) {
  console.log('caught', err.status);
}
