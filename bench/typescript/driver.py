#!/usr/bin/env python3
"""bench/typescript: a ~2 MB TypeScript program run by kiln, node 26, bun and deno, each minus
the same runtime's time on the pre-stripped JavaScript; cold (first run of new content: every
run gets a file with a new first line) and warm (the same file again). Also the strip
throughput of each in MB/s (CPU time of stripping alone). Medians of RUNS, wall and CPU time.
Usage: driver.py WORK_DIR RUNS (environment from bench/lib/peers.sh)."""
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def run_once(command, env=None):
    start = time.perf_counter()
    proc = subprocess.Popen(command, shell=True, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = (time.perf_counter() - start) * 1000
    if status != 0:
        raise SystemExit(f"command failed ({status}): {command}")
    return wall, (usage.ru_utime + usage.ru_stime) * 1000


def median(values):
    return statistics.median(values) if values else float("nan")


def main():
    work, runs = sys.argv[1], int(sys.argv[2])
    kiln, node26, bun, deno = (os.environ[k] for k in ("KILN", "NODE26", "BUN", "DENO"))
    big = os.path.join(work, "big.ts")
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), big], check=True)
    with open(big) as f:
        source = f.read()
    size_mb = len(source.encode()) / 1e6
    js = os.path.join(work, "big.js")
    with open(js, "w") as f:
        f.write(subprocess.run([kiln, "strip", big], check=True, capture_output=True,
                               env={**os.environ, "KILN_TS_CACHE": "0"}).stdout.decode())

    env = {**os.environ, "XDG_CACHE_HOME": os.path.join(work, "xdg"),
           "DENO_DIR": os.path.join(work, "deno"),
           "BUN_RUNTIME_TRANSPILER_CACHE_PATH": os.path.join(work, "bun-cache")}
    runtimes = {
        "kiln": lambda f: f"{kiln} {f}",
        "node26": lambda f: f"{node26} --no-warnings {f}",
        "bun": lambda f: f"{bun} {f}",
        "deno": lambda f: f"{deno} run --quiet {f}",
    }
    results = {}
    for name, command in runtimes.items():
        run_once(command(js), env)  # warm-up: page cache
        run_once(command(big), env)
        cold, warm, base = [], [], []
        for i in range(runs):
            variant = os.path.join(work, f"cold-{name}-{i}-{os.getpid()}.ts")
            with open(variant, "w") as f:
                f.write(f"// variant {i} {time.time()}\n{source}")
            cold.append(run_once(command(variant), env))
            warm.append(run_once(command(big), env))
            base.append(run_once(command(js), env))
            os.unlink(variant)
        results[name] = {k: (median([w for w, _ in v]), median([c for _, c in v]))
                         for k, v in (("cold", cold), ("warm", warm), ("js", base))}

    print(f"big.ts: {size_mb:.2f} MB, {runs} runs, medians (wall ms / cpu ms)")
    print(f"{'runtime':<8} {'.js':>15} {'cold .ts':>15} {'warm .ts':>15} {'cold-js':>15} {'warm-js':>15}")
    for name, r in results.items():
        js_w, js_c = r["js"]
        cw, cc = r["cold"]
        ww, wc = r["warm"]
        print(f"{name:<8} {js_w:>7.0f}/{js_c:<7.0f} {cw:>7.0f}/{cc:<7.0f} {ww:>7.0f}/{wc:<7.0f} "
              f"{cw - js_w:>7.0f}/{cc - js_c:<7.0f} {ww - js_w:>7.0f}/{wc - js_c:<7.0f}")
    bun_warm = results["bun"]["warm"][1] - results["bun"]["js"][1]
    kiln_warm = results["kiln"]["warm"][1] - results["kiln"]["js"][1]
    print(f"kiln warm overhead / bun warm overhead (cpu): {kiln_warm / bun_warm if bun_warm > 0 else float('nan'):.2f}")

    # Strip throughput: CPU time of stripping alone.
    tiny = os.path.join(work, "tiny.ts")
    with open(tiny, "w") as f:
        f.write("let a: number = 1;\n")
    nocache = {**os.environ, "KILN_TS_CACHE": "0"}
    full = median([run_once(f"{kiln} strip {big}", nocache)[1] for _ in range(runs)])
    empty = median([run_once(f"{kiln} strip {tiny}", nocache)[1] for _ in range(runs)])
    print(f"strip throughput (MB/s of CPU time): kiln {size_mb / ((full - empty) / 1000):.2f}", end="")
    node_script = (
        "const{stripTypeScriptTypes:s}=require('node:module');"
        f"const t=require('fs').readFileSync({big!r},'utf8');s(t);const c=process.cpuUsage();"
        f"for(let i=0;i<{runs};i++)s(t);const u=process.cpuUsage(c);"
        f"console.log(t.length/((u.user+u.system)/{runs}/1e6)/1e6)")
    node_rate = subprocess.run([node26, "--no-warnings", "-e", node_script], capture_output=True,
                               check=True).stdout.decode().strip()
    bun_script = (
        f"const t=await Bun.file({big!r}).text();const x=new Bun.Transpiler({{loader:'ts'}});"
        f"x.transformSync(t);const c=process.cpuUsage();for(let i=0;i<{runs};i++)x.transformSync(t);"
        f"const u=process.cpuUsage(c);console.log(t.length/((u.user+u.system)/{runs}/1e6)/1e6)")
    bun_rate = subprocess.run([bun, "-e", bun_script], capture_output=True,
                              check=True).stdout.decode().strip()
    print(f", node26 {float(node_rate):.2f}, bun (Bun.Transpiler) {float(bun_rate):.2f}")


if __name__ == "__main__":
    main()
