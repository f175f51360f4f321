// The URL Standard's basic URL parser, serializer and host parser (url.spec.whatwg.org), on
// UTF-8 bytes. Pure C++ with no V8: internalBinding('url') and the unit tests use it alike.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiln::url {

// A URL record. Components are stored as the spec's serializations: percent-encoded ASCII.
struct Url {
  std::string scheme;  // without the trailing ':'
  std::string username;
  std::string password;
  std::optional<std::string> host;  // serialized host ("" is the empty host)
  std::optional<uint16_t> port;
  bool has_opaque_path = false;
  std::string opaque_path;          // when has_opaque_path
  std::vector<std::string> path;    // otherwise: the segments
  std::optional<std::string> query;
  std::optional<std::string> fragment;

  bool IsSpecial() const;
  bool IncludesCredentials() const { return !username.empty() || !password.empty(); }
  bool CannotHaveUsernamePasswordPort() const {
    return !host.has_value() || host->empty() || scheme == "file";
  }
};

enum class State {
  kNone,
  kSchemeStart,
  kScheme,
  kNoScheme,
  kSpecialRelativeOrAuthority,
  kPathOrAuthority,
  kRelative,
  kRelativeSlash,
  kSpecialAuthoritySlashes,
  kSpecialAuthorityIgnoreSlashes,
  kAuthority,
  kHost,
  kHostname,
  kPort,
  kFile,
  kFileSlash,
  kFileHost,
  kPathStart,
  kPath,
  kOpaquePath,
  kQuery,
  kFragment,
};

// Parses `input` against `base` (may be null). Empty on failure.
std::optional<Url> Parse(std::string_view input, const Url* base = nullptr);

// The basic URL parser with a state override, applied to an existing record (what the URL
// setters do). Returns false on failure; `url` may then be partly updated only where the spec
// allows it (callers that need all-or-nothing work on a copy).
bool BasicParse(std::string_view input, const Url* base, Url* url, State state_override);

// Offsets of the components inside a serialized href, as the JS URL class slices them:
//   scheme ":" ["//" username [":" password] "@"] host [":" port] path ["?" query] ["#" frag]
// protocol_end is the index after ':'; username_end, host_start, host_end, pathname_start,
// search_start, hash_start are indices into href; search_start/hash_start are npos when the
// query/fragment is null; port is -1 when null.
struct Components {
  static constexpr uint32_t npos = 0xffffffff;
  uint32_t protocol_end = 0;
  uint32_t username_end = 0;
  uint32_t host_start = 0;
  uint32_t host_end = 0;
  int32_t port = -1;
  uint32_t pathname_start = 0;
  uint32_t search_start = npos;
  uint32_t hash_start = npos;
  bool has_host = false;
};

std::string Serialize(const Url& url, bool exclude_fragment = false,
                      Components* components = nullptr);
std::string SerializePath(const Url& url);
// "null" for opaque origins.
std::string SerializeOrigin(const Url& url);

// The host parser: a serialized host (domain, IPv4 or bracketed IPv6), or empty on failure.
std::optional<std::string> ParseHost(std::string_view input, bool is_opaque);

// The URL Standard's "domain to ASCII" with beStrict false, and UTS #46 ToUnicode with the same
// flags (for url.domainToUnicode). Empty on failure.
std::optional<std::string> DomainToAscii(std::string_view domain);
std::optional<std::string> DomainToUnicode(std::string_view domain);

// Percent-encode sets, as bit tests over ASCII (every non-ASCII byte is always encoded).
enum class EncodeSet { kC0Control, kFragment, kQuery, kSpecialQuery, kPath, kUserinfo,
                       kComponent, kFormUrlencoded };
void PercentEncode(std::string_view input, EncodeSet set, std::string* out,
                   bool space_as_plus = false);
std::string PercentDecode(std::string_view input);

uint16_t DefaultPort(std::string_view scheme);  // 0 when the scheme has none

}  // namespace kiln::url
