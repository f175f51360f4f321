#!/bin/sh
# Renames every global symbol of the static llhttp archive to kiln_<name>. libnode exports its
# own, older llhttp; since libnode comes first in the link order, the linker would otherwise
# resolve llhttp_* against it and never pull these objects in.
set -e
archive="$1"
map="$archive.syms"
nm -g --defined-only "$archive" | awk 'NF == 3 { print $3 " kiln_" $3 }' | sort -u > "$map"
objcopy --redefine-syms="$map" "$archive"
