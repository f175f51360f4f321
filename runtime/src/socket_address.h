// IP socket addresses between JS and libuv, shared by the TCP and UDP bindings.
#pragma once

#include <uv.h>

#include <string>

#include "environment.h"
#include "v8.h"

namespace kiln {

// Fills `storage` from an IP address string and a port; a libuv error code on bad input.
int ParseIpAddress(const std::string& host, int port, int family, sockaddr_storage* storage);

// Fills `out` with { address, family, port } from a sockaddr, as Node's AddressToJS.
void AddressToJS(Environment* env, const sockaddr* addr, v8::Local<v8::Object> out);

}  // namespace kiln
