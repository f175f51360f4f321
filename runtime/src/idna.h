// UTS #46 (Unicode IDNA Compatibility Processing) as the URL Standard uses it, and Punycode
// (RFC 3492). The mapping table comes from the npm package tr46 (generated at build time by
// runtime/tools/idna_table.cc); normalization and character properties come from ICU.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kiln::idna {

// Status values of the mapping table (tr46's numbering).
enum Status : uint8_t {
  kMapped = 1,
  kValid = 2,
  kDisallowed = 3,
  kDeviation = 6,
  kIgnored = 7,
};

struct Range {
  uint32_t start;
  uint32_t end;
  uint8_t status;
  uint8_t mapping_length;
  uint32_t mapping_offset;
};

// Defined by the generated idna_table.cc.
extern const Range kRanges[];
extern const size_t kRangeCount;
extern const char32_t kMappingData[];

// ToASCII with CheckHyphens=false, CheckBidi=true, CheckJoiners=true, UseSTD3ASCIIRules=false,
// Transitional_Processing=false, VerifyDnsLength=false, IgnoreInvalidPunycode=false.
// `domain` is UTF-8; the result is ASCII, or empty on an error.
std::optional<std::string> ToAscii(std::string_view domain);

// ToUnicode with the same flags: the UTF-8 result and whether an error was recorded.
std::string ToUnicode(std::string_view domain, bool* error);

// RFC 3492 over code points. Both fail on overflow; Decode also on bad digits.
bool PunycodeDecode(std::u32string_view input, std::u32string* output);
bool PunycodeEncode(std::u32string_view input, std::string* output);

// UTF-8 <-> code points; invalid UTF-8 becomes U+FFFD.
std::u32string Utf8ToCodePoints(std::string_view input);
void AppendUtf8(char32_t code_point, std::string* out);

}  // namespace kiln::idna
