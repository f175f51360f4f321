# A program that ignores SIGTERM is killed with SIGKILL after the grace period, and restarted.
source "$(dirname "$0")/lib.sh"
cat > app.js <<'JS'
process.on('SIGTERM', () => console.log('ignoring SIGTERM'));
console.log('run', require('./dep'));
setInterval(() => {}, 1000);
JS
echo 'module.exports = 1;' > dep.js
start_watch --watch app.js
wait_for out.txt "run 1"
echo 'module.exports = 2;' > dep.js
wait_for out.txt "ignoring SIGTERM"
wait_for out.txt "run 2"
# Ctrl-C still ends everything, SIGTERM-deaf child included.
stop_watch INT
