# `kiln run --watch` works the same; the program gets its own arguments, not the watch flags.
source "$(dirname "$0")/lib.sh"
echo 'console.log("run", JSON.stringify(process.argv.slice(2)), JSON.stringify(process.execArgv)); setInterval(() => {}, 1000);' > app.js
start_watch run --watch --watch-preserve-output app.js --flag value
wait_for out.txt 'run ["--flag","value"] []'
echo 'console.log("run v2", process.argv.length); setInterval(() => {}, 1000);' > app.js
wait_for out.txt "run v2 4"
stop_watch
