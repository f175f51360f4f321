# `touch` and saving the same content change no byte: no restart. The next real change gives
# exactly one, so any restart from the touches would show up as an extra run.
source "$(dirname "$0")/lib.sh"
echo 'module.exports = 1;' > dep.js
echo 'console.log("run", require("./dep")); setInterval(() => {}, 1000);' > app.js
start_watch --watch app.js
wait_for out.txt "run 1"
touch dep.js app.js
echo 'module.exports = 1;' > dep.js
sleep 1
echo 'module.exports = 2;' > dep.js
wait_for out.txt "run 2"
expect_count out.txt "run " 2
expect_count err.txt "changed" 1
stop_watch
