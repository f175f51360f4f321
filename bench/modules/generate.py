#!/usr/bin/env python3
"""Writes the module graphs of bench/modules: OUT/esm (1,000 .mjs modules) and OUT/cjs (the same
1,000 modules as .cjs files). Module i imports its children 3i+1..3i+3 and one or two
pseudo-random later modules, so the graph is a DAG that reaches every module from m0; each
module exports a value computed from its imports, a class, functions and a config object (about
1 KB of source). main.mjs / main.cjs load m0 and print its value.
Usage: generate.py OUT [COUNT]"""
import os
import random
import sys


def module_source(i, deps, esm):
    lines = []
    for j in deps:
        if esm:
            lines.append(f"import {{ value as v{j}, Widget as W{j} }} from './m{j}.mjs';")
        else:
            lines.append(f"const {{ value: v{j}, Widget: W{j} }} = require('./m{j}.cjs');")
    total = " + ".join([str(i)] + [f"v{j}" for j in deps])
    widgets = ", ".join(f"new W{j}({j})" for j in deps) or ""
    export = "export " if esm else ""
    body = f"""
{export}const value = {total};
{export}class Widget {{
  constructor(n) {{
    this.n = n;
    this.label = `widget-{i}-${{n}}`;
  }}
  scale(k) {{
    return this.n * k + {i};
  }}
  toString() {{
    return this.label;
  }}
}}
{export}function compute(list) {{
  let total = 0;
  for (const x of list) total += x * {i % 7 + 1};
  return total;
}}
{export}function children() {{
  return [{widgets}];
}}
{export}const config = {{ id: {i}, name: 'module-{i}', tags: ['a', 'b', 'c'], nested: {{ depth: {i % 5} }} }};
"""
    if esm:
        body += f"export default function describe() {{ return `m{i}:${{value}}`; }}\n"
    else:
        body += (f"function describe() {{ return `m{i}:${{value}}`; }}\n"
                 "module.exports = { value, Widget, compute, children, config, describe };\n")
    return "\n".join(lines) + "\n" + body


def main():
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    rng = random.Random(20250101)
    graph = []
    for i in range(count):
        deps = [c for c in (3 * i + 1, 3 * i + 2, 3 * i + 3) if c < count]
        for _ in range(2):
            j = rng.randrange(count)
            if j > i and j not in deps:
                deps.append(j)
        graph.append(deps)
    for kind, esm, ext in (("esm", True, "mjs"), ("cjs", False, "cjs")):
        lib = os.path.join(out, kind, "lib")
        os.makedirs(lib, exist_ok=True)
        for i, deps in enumerate(graph):
            with open(os.path.join(lib, f"m{i}.{ext}"), "w") as f:
                f.write(module_source(i, deps, esm))
        with open(os.path.join(out, kind, f"main.{ext}"), "w") as f:
            if esm:
                f.write("import { value } from './lib/m0.mjs';\nconsole.log(value);\n")
            else:
                f.write("const { value } = require('./lib/m0.cjs');\nconsole.log(value);\n")


if __name__ == "__main__":
    main()
