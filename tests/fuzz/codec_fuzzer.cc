// libFuzzer target for the byte codecs of node:buffer (runtime/src/string_bytes.cc, utf8.cc):
// any bytes, read as base64, hex, UTF-8 (decoded, or validated and decoded exactly), UTF-16 and
// Latin-1 text, must give the same result through the vector kernels (codec_kernels.h) as
// through the scalar code, with no sanitizer report. The first byte picks the output capacity, so that partial writes are covered too.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "codec_kernels.h"
#include "string_bytes.h"
#include "utf8.h"

namespace {

void Same(bool condition) {
  if (!condition) std::abort();
}

void Compare(const kiln::CodecKernels& fast, const kiln::CodecKernels& slow, const uint8_t* data,
             size_t size, size_t capacity) {
  using namespace kiln;
  std::vector<uint8_t> a(capacity + 8), b(capacity + 8);
  Same(Base64DecodeWith(fast, a.data(), capacity, data, size) ==
           Base64DecodeWith(slow, b.data(), capacity, data, size) &&
       a == b);
  Same(HexDecodeWith(fast, a.data(), capacity, data, size) ==
           HexDecodeWith(slow, b.data(), capacity, data, size) &&
       a == b);
  for (bool url : {false, true}) {
    std::vector<char> x(Base64EncodedLength(size, url)), y(x.size());
    Base64EncodeWith(fast, data, size, x.data(), url);
    Base64EncodeWith(slow, data, size, y.data(), url);
    Same(x == y);
  }
  std::vector<char> hx(size * 2), hy(size * 2);
  HexEncodeWith(fast, data, size, hx.data());
  HexEncodeWith(slow, data, size, hy.data());
  Same(hx == hy);

  std::vector<char16_t> ux(size + 1), uy(size + 1);
  Same(Utf8ToUtf16With(fast, data, size, ux.data()) == Utf8ToUtf16With(slow, data, size, uy.data()) &&
       ux == uy);
  // The validating scan, and the exact-length decoder of what it accepts.
  const Utf8Scan scan = ScanUtf8With(fast, data, size);
  const Utf8Scan scan_slow = ScanUtf8With(slow, data, size);
  Same(scan.valid == scan_slow.valid);
  if (scan.valid) {
    Same(scan.utf16_length == scan_slow.utf16_length && scan.max_lead == scan_slow.max_lead);
    const size_t decoded = Utf8ToUtf16With(slow, data, size, uy.data());
    Same(decoded == scan.utf16_length);
    std::vector<char16_t> exact(scan.utf16_length);
    Same(ValidUtf8ToUtf16With(fast, data, size, exact.data(), exact.size()) == decoded &&
         std::equal(exact.begin(), exact.end(), uy.begin()));
    if (scan.max_lead < 0xC4) {
      std::vector<uint8_t> narrow(scan.utf16_length);
      Same(ValidUtf8ToLatin1With(fast, data, size, narrow.data(), narrow.size()) == decoded &&
           std::equal(narrow.begin(), narrow.end(), uy.begin()));
    }
  }
  // Not valid after all (shared memory written since the scan): within bounds whatever comes.
  std::vector<char16_t> bounded(capacity);
  Same(ValidUtf8ToUtf16With(fast, data, size, bounded.data(), capacity) <= capacity);
  std::vector<uint8_t> bounded_latin1(capacity);
  Same(ValidUtf8ToLatin1With(fast, data, size, bounded_latin1.data(), capacity) <= capacity);
  std::vector<uint8_t> lx(size + 1), ly(size + 1);
  size_t wx, wy;
  Same(Utf8ToLatin1With(fast, data, size, lx.data(), &wx) ==
           Utf8ToLatin1With(slow, data, size, ly.data(), &wy) &&
       wx == wy && lx == ly);

  std::vector<char16_t> units(size / 2);
  std::memcpy(units.data(), data, units.size() * 2);
  const size_t length16 = Utf16Utf8LengthWith(slow, units.data(), units.size());
  Same(Utf16Utf8LengthWith(fast, units.data(), units.size()) == length16);
  size_t rx, ry;
  Same(Utf16ToUtf8With(fast, units.data(), units.size(), a.data(), capacity, &rx) ==
           Utf16ToUtf8With(slow, units.data(), units.size(), b.data(), capacity, &ry) &&
       rx == ry && a == b);
  std::vector<uint8_t> whole(length16 + 1);
  Same(Utf16ToUtf8With(fast, units.data(), units.size(), whole.data(), length16, &rx) ==
           length16 &&
       rx == units.size());
  Same(Latin1Utf8LengthWith(fast, data, size) == Latin1Utf8LengthWith(slow, data, size));
  Same(Latin1ToUtf8With(fast, data, size, a.data(), capacity, &rx) ==
           Latin1ToUtf8With(slow, data, size, b.data(), capacity, &ry) &&
       rx == ry && a == b);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const size_t capacity = data[0] == 0xFF ? size * 3 : data[0] * size / 64;
  for (const kiln::CodecKernels* table : {kiln::Avx2CodecKernels(), kiln::Avx512CodecKernels()}) {
    if (table != nullptr) Compare(*table, kiln::ScalarCodecKernels(), data + 1, size - 1, capacity);
  }
  return 0;
}
