# Files that do not exist yet are watched: the entry point, and the default env files.
source "$(dirname "$0")/lib.sh"
start_watch --watch app.js
wait_for err.txt "waiting for changes"
echo 'console.log("run", process.env.LATER); setInterval(() => {}, 1000);' > app.js
wait_for out.txt "run undefined"
echo 'LATER=from-env-local' > .env.local
wait_for out.txt "run from-env-local"
mkdir -p sub/dir
echo 'module.exports = "deep";' > sub/dir/dep.js
echo 'console.log("run", require("./sub/dir/dep")); setInterval(() => {}, 1000);' > app.js
wait_for out.txt "run deep"
# A module in a directory that is removed and created again is still watched.
rm -rf sub
sleep 0.5
mkdir -p sub/dir
echo 'module.exports = "again";' > sub/dir/dep.js
wait_for out.txt "run again"
stop_watch
