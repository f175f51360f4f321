# A burst of saves gives one restart, with the last content. (A generous debounce window makes
# the test independent of how fast this machine runs the writes.)
source "$(dirname "$0")/lib.sh"
export KILN_WATCH_DEBOUNCE_MS=300
echo 'console.log("run start"); setInterval(() => {}, 1000);' > app.js
start_watch --watch app.js
wait_for out.txt "run start"
for i in 1 2 3 4 5; do
  echo "console.log('run burst $i'); setInterval(() => {}, 1000);" > app.js
  echo "module.exports = $i;" > other.js
done
wait_for out.txt "run burst 5"
sleep 1
expect_count out.txt "run " 2
expect_count err.txt "changed" 1
stop_watch
