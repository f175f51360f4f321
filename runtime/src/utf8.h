// UTF-8 validation (RFC 3629: no overlongs, no surrogates, nothing past U+10FFFF).
#pragma once

#include <string_view>

namespace kiln {

bool IsValidUtf8(std::string_view bytes);

}  // namespace kiln
