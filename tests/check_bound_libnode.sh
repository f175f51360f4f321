#!/usr/bin/env bash
# Checks that kiln loads the libnode copy beside it (lib/libnode.so.108, made by
# runtime/tools/bind_local_symbols) and that the copy left at most a tenth of Debian's
# symbolic relocations to the dynamic linker.
set -euo pipefail
binary="$1"
original="$2"
copy="$(dirname "$binary")/lib/libnode.so.108"
loaded=$(ldd "$binary" | awk '/libnode.so.108/ { print $3 }')
if [ "$(readlink -f "$loaded")" != "$(readlink -f "$copy")" ]; then
  echo "kiln loads $loaded, not $copy"
  exit 1
fi
symbolic() {
  readelf -r -W "$1" | grep -cE 'R_X86_64_(64|GLOB_DAT|JUMP_SLOT) ' || true
}
before=$(symbolic "$original")
after=$(symbolic "$copy")
echo "symbolic relocations: $before in Debian's libnode, $after in kiln's copy"
if [ "$before" -lt 10000 ] || [ $((after * 10)) -gt "$before" ]; then
  echo "the copy is not pre-bound"
  exit 1
fi
