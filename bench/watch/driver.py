#!/usr/bin/env python3
"""Restart latency of watch modes: from the write of a watched file to the first line printed
by the restarted program, median of RUNS, for each `name=command` (run through the shell in its
own scratch directory holding app.js; the command gets app.js as its last word). Interleaved:
every round measures each runtime once. Then a burst check: 5 writes 2 ms apart must give
exactly one restart. Usage: driver.py RUNS BASELINE name=command ..."""
import os
import selectors
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

SETTLE = 0.4      # quiet time before each write, so that no restart is still pending
TIMEOUT = 10.0    # a restart slower than this is a failure


def program(tag):
    return f'console.log("run {tag}");\nsetInterval(() => {{}}, 1 << 30);\n'


class Watcher:
    def __init__(self, name, command, root):
        self.name = name
        self.dir = os.path.join(root, name)
        os.makedirs(self.dir)
        self.app = os.path.join(self.dir, "app.js")
        with open(self.app, "w") as f:
            f.write(program("start"))
        self.proc = subprocess.Popen(f"exec {command} app.js", shell=True, cwd=self.dir,
                                     stdout=subprocess.PIPE, stderr=open(os.path.join(root, name + ".err"), "w"),
                                     stdin=subprocess.DEVNULL, start_new_session=True)
        os.set_blocking(self.proc.stdout.fileno(), False)
        self.buffer = b""
        self.wait_line(b"run start")

    def lines(self, deadline):
        """Yields complete stdout lines until the deadline."""
        sel = selectors.DefaultSelector()
        sel.register(self.proc.stdout, selectors.EVENT_READ)
        try:
            while True:
                while b"\n" in self.buffer:
                    line, self.buffer = self.buffer.split(b"\n", 1)
                    yield line
                left = deadline - time.perf_counter()
                if left <= 0:
                    return
                if sel.select(left):
                    chunk = self.proc.stdout.read()
                    if not chunk:
                        if self.proc.poll() is not None:
                            raise SystemExit(f"{self.name}: watcher exited: " + open(self.dir + ".err").read())
                        continue
                    self.buffer += chunk
        finally:
            sel.close()

    def wait_line(self, wanted):
        for line in self.lines(time.perf_counter() + TIMEOUT):
            if wanted in line:
                return time.perf_counter()
        raise SystemExit(f"{self.name}: no line {wanted!r} within {TIMEOUT} s")

    def drain(self, seconds):
        return [line for line in self.lines(time.perf_counter() + seconds)]

    def write(self, tag):
        with open(self.app, "w") as f:
            f.write(program(tag))

    def measure(self, tag):
        self.drain(SETTLE)
        start = time.perf_counter()
        self.write(tag)
        end = self.wait_line(f"run {tag}".encode())
        return (end - start) * 1000

    def burst(self, tag):
        self.drain(SETTLE)
        for i in range(5):
            self.write(f"{tag}-{i}")
            time.sleep(0.002)
        lines = self.drain(1.5)
        return sum(1 for line in lines if b"run " in line)

    def stop(self):
        try:
            os.killpg(self.proc.pid, signal.SIGINT)
            self.proc.wait(timeout=5)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()


def main():
    runs = int(sys.argv[1])
    baseline = sys.argv[2]
    entries = [arg.split("=", 1) for arg in sys.argv[3:]]
    root = tempfile.mkdtemp(prefix="kiln-bench-watch-")
    watchers = []
    try:
        for name, command in entries:
            watchers.append(Watcher(name, command, root))
        times = {w.name: [] for w in watchers}
        for round_ in range(runs):
            for w in watchers:
                times[w.name].append(w.measure(f"r{round_}"))
        bursts = {w.name: w.burst("burst") for w in watchers}
    finally:
        for w in watchers:
            w.stop()
        shutil.rmtree(root, ignore_errors=True)
    base = statistics.median(times[baseline])
    print(f"{'runtime':<10} {'median ms':>10} {'min':>7} {'max':>7} {'x ' + baseline:>10} "
          f"{'restarts/burst':>15}")
    for name, _ in entries:
        t = times[name]
        print(f"{name:<10} {statistics.median(t):>10.1f} {min(t):>7.1f} {max(t):>7.1f} "
              f"{statistics.median(t) / base:>10.2f} {bursts[name]:>15}")


if __name__ == "__main__":
    main()
