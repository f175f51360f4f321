# Helpers for the watch-mode e2e tests (tests/watch/test-*.sh, run by CTest as
# `bash test-x.sh KILN`). Each test works in a fresh temporary directory, starts
# `kiln --watch` in its own session, changes files on disk and waits — with generous bounds,
# never asserting on timing — for the lines it expects.
set -euo pipefail
KILN=$(realpath "$1")
work=$(mktemp -d "${TMPDIR:-/tmp}/kiln-watch-test.XXXXXX")
cd "$work"
supervisor=""
export NODE_ENV=  # the default env files do not depend on the caller's NODE_ENV

fail() {
  echo "FAIL: $*" >&2
  echo "--- stdout" >&2; cat out.txt >&2 2>/dev/null || true
  echo "--- stderr" >&2; cat err.txt >&2 2>/dev/null || true
  exit 1
}

cleanup() {
  if [ -n "$supervisor" ] && kill -0 "$supervisor" 2>/dev/null; then
    kill -KILL -- "-$supervisor" 2>/dev/null || true
  fi
  cd /
  rm -rf "$work"
}
trap cleanup EXIT

# start_watch ARGS...: kiln ARGS in a new session (its pid is the group id), output to files.
start_watch() {
  setsid "$KILN" "$@" > out.txt 2> err.txt < /dev/null &
  supervisor=$!
}

# count FILE PATTERN: how many lines of FILE contain PATTERN (fixed string).
count() { grep -cF -- "$2" "$1" 2>/dev/null || true; }

# wait_for FILE PATTERN [N]: until FILE has N (default 1) lines containing PATTERN; 30 s at most.
wait_for() {
  local file=$1 pattern=$2 wanted=${3:-1}
  for _ in $(seq 1 300); do
    [ "$(count "$file" "$pattern")" -ge "$wanted" ] && return 0
    sleep 0.1
  done
  fail "timed out waiting for $wanted line(s) with '$pattern' in $file"
}

# expect_count FILE PATTERN N: exactly N lines contain PATTERN.
expect_count() {
  local got
  got=$(count "$1" "$2")
  [ "$got" -eq "$3" ] || fail "expected $3 line(s) with '$2' in $1, got $got"
}

# The processes of the supervisor's session: the supervisor and its children.
session_pids() { ps -eo pid=,sid= | awk -v s="$supervisor" '$2 == s { print $1 }'; }

# stop_watch [SIGNAL]: signals the supervisor only, then requires it and every process of its
# session to be gone within 10 s, and the supervisor to exit with status 0.
stop_watch() {
  local signal=${1:-INT} status=0
  kill "-$signal" "$supervisor"
  for _ in $(seq 1 100); do
    kill -0 "$supervisor" 2>/dev/null || break
    sleep 0.1
  done
  kill -0 "$supervisor" 2>/dev/null && fail "the supervisor is still running 10 s after SIG$signal"
  wait "$supervisor" || status=$?
  [ "$status" -eq 0 ] || fail "the supervisor exited with status $status after SIG$signal"
  for _ in $(seq 1 100); do
    [ -z "$(session_pids)" ] && break
    sleep 0.1
  done
  [ -z "$(session_pids)" ] && supervisor="" && return 0
  fail "processes left behind after SIG$signal: $(session_pids | tr '\n' ' ')"
}
