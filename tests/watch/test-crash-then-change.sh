# A program that crashes (or just ends) is restarted at the next change, not before.
source "$(dirname "$0")/lib.sh"
echo 'console.log("run broken"); throw new Error("boom");' > app.js
start_watch --watch app.js
wait_for err.txt "exited with code 1; waiting for changes"
wait_for err.txt "Error: boom"
echo 'console.log("run fixed");' > app.js
wait_for out.txt "run fixed"
wait_for err.txt "finished; waiting for changes"
expect_count out.txt "run broken" 1
echo 'console.log("run again"); process.exitCode = 3;' > app.js
wait_for out.txt "run again"
wait_for err.txt "exited with code 3; waiting for changes"
# Ctrl-C after the program ended by itself: the supervisor still exits with status 0.
stop_watch
