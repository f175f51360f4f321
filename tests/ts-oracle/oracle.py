#!/usr/bin/env python3
"""The ts-strip oracle: every program of the TypeScript corpus (tests/fixtures/ts-corpus) run by
Kiln from its .ts sources must print exactly what the same program prints when compiled by the
TypeScript compiler (`tsc`, npm package typescript, CommonJS output) and run by Node.

A case is a file `<name>.ts` or a directory `<name>/` with a `main.ts`. A first line
`// oracle: --transform-types` runs Kiln with that flag (tsc always compiles everything).
Standard output and the exit code are compared; standard error is not (the two runtimes word
their errors differently).

Usage: oracle.py KILN [CORPUS_DIR] [TSC] [NODE]
Exits 77 (CTest's skip) when tsc is not installed (run scripts/bootstrap)."""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DEFAULT_CORPUS = os.path.join(ROOT, "tests", "fixtures", "ts-corpus")
DEFAULT_TSC = os.path.join(ROOT, "tests", ".tools", "typescript", "node_modules", ".bin", "tsc")
TSC_FLAGS = ["--target", "es2022", "--module", "commonjs", "--esModuleInterop", "--noCheck",
             "--skipLibCheck", "--types", "", "--jsx", "react-jsx", "--pretty", "false"]


def cases(corpus):
    for name in sorted(os.listdir(corpus)):
        path = os.path.join(corpus, name)
        if name.startswith(".") or name in ("node_modules", "README.md", "LICENSES.md"):
            continue
        if os.path.isdir(path):
            for main in ("main.ts", "main.tsx", "main.cts"):
                if os.path.exists(os.path.join(path, main)):
                    yield name, path, main
                    break
        elif name.endswith((".ts", ".tsx")) and not name.endswith(".d.ts"):
            yield name, path, None


def run(command, cwd):
    try:
        proc = subprocess.run(command, cwd=cwd, capture_output=True, timeout=60)
    except subprocess.TimeoutExpired:
        return None, b"", b"timed out after 60 s"
    return proc.returncode, proc.stdout, proc.stderr


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    kiln = os.path.abspath(sys.argv[1])
    corpus = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_CORPUS
    tsc = sys.argv[3] if len(sys.argv) > 3 else DEFAULT_TSC
    node = sys.argv[4] if len(sys.argv) > 4 else shutil.which("node")
    if not os.path.exists(tsc) or node is None:
        print(f"skipped: tsc ({tsc}) or node missing; run scripts/bootstrap")
        return 77

    work = tempfile.mkdtemp(prefix="kiln-ts-oracle-")
    try:
        source_root = os.path.join(work, "src")
        shutil.copytree(corpus, source_root, symlinks=True)
        # One tsc run for the whole corpus: its output mirrors the source tree.
        roots = []
        for name, path, main in cases(source_root):
            roots.append(os.path.join(path, main) if main else path)
        out_root = os.path.join(work, "out")
        code, out, err = run([tsc, *TSC_FLAGS, "--rootDir", source_root, "--outDir", out_root,
                              *roots], work)
        if not os.path.isdir(out_root):
            print("tsc produced no output:\n" + (out + err).decode(errors="replace"))
            return 1
        node_modules = os.path.join(source_root, "node_modules")
        if os.path.isdir(node_modules):
            os.symlink(node_modules, os.path.join(out_root, "node_modules"))

        passed = failed = 0
        for name, path, main in cases(source_root):
            relative = os.path.relpath(path, source_root)
            entry = os.path.join(path, main) if main else path
            with open(entry, encoding="utf-8") as f:
                first_line = f.readline()
            flags = ["--transform-types"] if "oracle: --transform-types" in first_line else []
            compiled = os.path.join(out_root, os.path.relpath(entry, source_root))
            compiled = os.path.splitext(compiled)[0] + (".cjs" if entry.endswith(".cts") else ".js")
            expected = run([node, compiled], os.path.dirname(compiled))
            actual = run([kiln, *flags, entry], os.path.dirname(entry))
            if expected[0] == actual[0] and expected[1] == actual[1]:
                passed += 1
                continue
            failed += 1
            print(f"FAIL {relative}")
            print(f"  tsc + node: exit {expected[0]}")
            print("    " + expected[1].decode(errors="replace").replace("\n", "\n    "))
            if expected[0] != 0:
                print("    stderr: " + expected[2].decode(errors="replace")[-800:])
            print(f"  kiln {' '.join(flags)}: exit {actual[0]}")
            print("    " + actual[1].decode(errors="replace").replace("\n", "\n    "))
            print("    stderr: " + actual[2].decode(errors="replace")[-1500:])
        print(f"{passed} passed, {failed} failed")
        return 0 if failed == 0 and passed > 0 else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
