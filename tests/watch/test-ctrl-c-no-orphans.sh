# SIGINT or SIGTERM to the supervisor stops the program (and the child started ahead of time),
# and the supervisor exits with status 0; so does Ctrl-C in a terminal (SIGINT to the group).
source "$(dirname "$0")/lib.sh"
echo 'console.log("run"); setInterval(() => {}, 1000);' > app.js
start_watch --watch app.js
wait_for out.txt "run"
sleep 0.5  # let the next child be started ahead of time, so that it must be stopped too
stop_watch INT

start_watch --watch app.js
wait_for out.txt "run"
stop_watch TERM

start_watch --watch app.js
wait_for out.txt "run"
kill -INT -- "-$supervisor"  # what a terminal's Ctrl-C does: the whole process group
for _ in $(seq 1 100); do [ -z "$(session_pids)" ] && break; sleep 0.1; done
[ -z "$(session_pids)" ] || fail "processes left after Ctrl-C: $(session_pids | tr '\n' ' ')"
status=0; wait "$supervisor" || status=$?
[ "$status" -eq 0 ] || fail "exit status $status after Ctrl-C"
supervisor=""
