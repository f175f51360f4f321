# --watch-path watches a directory tree (new subdirectories too) instead of the loaded modules.
source "$(dirname "$0")/lib.sh"
mkdir -p assets/css
echo 'a {}' > assets/css/site.css
echo 'module.exports = 1;' > dep.js
echo 'console.log("run", require("fs").readFileSync("assets/css/site.css", "utf8").trim()); require("./dep"); setInterval(() => {}, 1000);' > app.js
start_watch --watch-path=assets app.js
wait_for out.txt "run a {}"
echo 'b {}' > assets/css/site.css
wait_for out.txt "run b {}"
mkdir assets/img
echo 'x' > assets/img/new.svg
wait_for err.txt "assets/img/new.svg changed"
# A loaded module outside the watched paths is not watched.
echo 'module.exports = 2;' > dep.js
sleep 1
expect_count err.txt "dep.js changed" 0
stop_watch
