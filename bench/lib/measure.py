#!/usr/bin/env python3
"""Runs commands side by side, interleaved, and prints median wall time, CPU time (user + system,
children included) and peak RSS with ratios against a baseline. Usage: measure.py RUNS BASELINE_NAME name=command ... (commands are
run through the shell). Interleaving keeps machine noise from favouring one side."""
import os
import shlex
import statistics
import subprocess
import sys
import time


def run_once(command):
    start = time.perf_counter()
    proc = subprocess.Popen(command, shell=True, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"command failed ({status}): {command}")
    cpu = usage.ru_utime + usage.ru_stime
    return elapsed * 1000, cpu * 1000, usage.ru_maxrss / 1024


def main():
    runs = int(sys.argv[1])
    baseline = sys.argv[2]
    entries = [arg.split("=", 1) for arg in sys.argv[3:]]
    times = {name: [] for name, _ in entries}
    cpu = {name: [] for name, _ in entries}
    rss = {name: [] for name, _ in entries}
    for name, command in entries:  # warm-up: page cache, npm shims
        run_once(command)
    for _ in range(runs):
        for name, command in entries:
            ms, cpu_ms, mb = run_once(command)
            times[name].append(ms)
            cpu[name].append(cpu_ms)
            rss[name].append(mb)
    base_t = statistics.median(times[baseline])
    base_c = statistics.median(cpu[baseline])
    base_m = statistics.median(rss[baseline])
    x = 'x ' + baseline
    print(f"{'runtime':<12} {'median ms':>10} {x:>10} {'CPU ms':>9} {x:>10} {'peak RSS MB':>12} {x:>10}")
    for name, _ in entries:
        t = statistics.median(times[name])
        c = statistics.median(cpu[name])
        m = statistics.median(rss[name])
        print(f"{name:<12} {t:>10.1f} {t / base_t:>10.2f} {c:>9.1f} {c / base_c:>10.2f} {m:>12.1f} {m / base_m:>10.2f}")


if __name__ == "__main__":
    main()
