#!/usr/bin/env bash
# Fails if the kiln binary imports anything of Node.js (node::, napi_, its bundled llhttp) from libnode.
set -euo pipefail
binary="$1"
undefined=$(nm -D -C --undefined-only "$binary")
if [ -z "$(echo "$undefined" | grep -E 'v8::' | head -n 1)" ]; then
  echo "no V8 symbols found in $binary: is this the right binary?"
  exit 1
fi
bad=$(echo "$undefined" | grep -E 'node::|napi_|llhttp' || true)
if [ -n "$bad" ]; then
  echo "kiln uses Node.js internals:"
  echo "$bad"
  exit 1
fi
echo "ok: only V8 symbols are imported from libnode"
