// The floor of Kiln's stack: a program that links libnode (Debian's V8) and exits. Its start-up
// time is the dynamic linker resolving libnode's relocations; nothing built on libnode can
// start faster.
#include "v8.h"

int main() { return v8::V8::GetVersion() == nullptr; }
