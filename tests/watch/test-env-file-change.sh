# Env files are watched: changing .env (or an --env-file) restarts with the new values.
source "$(dirname "$0")/lib.sh"
echo 'GREETING=hello' > .env
echo 'NAME=one' > custom.env
echo 'console.log("run", process.env.GREETING, process.env.NAME); setInterval(() => {}, 1000);' > app.js
start_watch --watch app.js
wait_for out.txt "run hello undefined"
echo 'GREETING=bonjour' > .env
wait_for out.txt "run bonjour undefined"
stop_watch
start_watch --env-file=custom.env --watch app.js
wait_for out.txt "run undefined one"
echo 'NAME=two' > custom.env
wait_for out.txt "run undefined two"
stop_watch
