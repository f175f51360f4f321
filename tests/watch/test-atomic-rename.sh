# An editor's atomic save (write a temporary file, rename it over the original) is a change.
source "$(dirname "$0")/lib.sh"
echo 'module.exports = 1;' > dep.js
echo 'console.log("run", require("./dep")); setInterval(() => {}, 1000);' > app.js
start_watch --watch app.js
wait_for out.txt "run 1"
echo 'module.exports = 2;' > .dep.js.swp
mv .dep.js.swp dep.js
wait_for out.txt "run 2"
# A second save the same way is seen too: the watch survives the file being replaced.
echo 'module.exports = 3;' > .dep.js.swp
mv .dep.js.swp dep.js
wait_for out.txt "run 3"
stop_watch
