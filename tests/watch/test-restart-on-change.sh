# A change to a required module restarts the program; the line names the changed file.
source "$(dirname "$0")/lib.sh"
echo 'module.exports = "one";' > dep.js
echo 'console.log("run", require("./dep")); setInterval(() => {}, 1000);' > app.js
start_watch --watch app.js
wait_for out.txt "run one"
echo 'module.exports = "two";' > dep.js
wait_for out.txt "run two"
wait_for err.txt "dep.js changed"
expect_count err.txt "changed" 1
stop_watch
