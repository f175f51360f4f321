# Deleting a file does not restart by itself; re-creating it with new content does, once.
source "$(dirname "$0")/lib.sh"
echo 'module.exports = "old";' > dep.js
echo 'console.log("run", require("./dep")); setInterval(() => {}, 1000);' > app.js
start_watch --watch app.js
wait_for out.txt "run old"
rm dep.js
sleep 1
echo 'module.exports = "new";' > dep.js
wait_for out.txt "run new"
expect_count out.txt "run " 2
stop_watch
