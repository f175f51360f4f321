// libFuzzer target for the decompression side of node:zlib (runtime/src/compression.cc): any
// bytes through gunzip, unzip, inflate, inflateRaw or brotli decode, fed in pieces into small
// output windows as node:zlib's streams do, must end in output or a clean error — no crash,
// hang or sanitizer report. The first byte picks the mode, the piece size and the flush.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <vector>

#include "compression.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 2) return 0;
  const int modes[] = {kiln::CompressionStream::kGunzip, kiln::CompressionStream::kUnzip,
                       kiln::CompressionStream::kInflate, kiln::CompressionStream::kInflateRaw,
                       kiln::CompressionStream::kBrotliDecode};
  const uint8_t control = data[0];
  const int mode = modes[control % 5];
  const size_t piece = 1 + (control >> 3) * 61;  // 1 .. 1892 bytes per write
  const bool sync_flush_at_end = (control & 0x04) != 0;
  data++;
  size--;

  kiln::CompressionStream stream(mode);
  const bool brotli = mode == kiln::CompressionStream::kBrotliDecode;
  if (brotli) {
    std::vector<uint32_t> params(2, UINT32_MAX);
    stream.InitBrotli(params.data(), params.size());
  } else {
    // A dictionary lets the Z_NEED_DICT path run too.
    std::vector<uint8_t> dictionary = {'h', 'e', 'l', 'l', 'o', ' ', 'w', 'o', 'r', 'l', 'd'};
    stream.InitZlib(0, mode == kiln::CompressionStream::kInflateRaw ? 15 : 0, 8, 0,
                    (control & 0x02) != 0 ? dictionary : std::vector<uint8_t>());
  }
  std::vector<uint8_t> out(64);
  size_t total_out = 0;
  for (size_t offset = 0; offset < size || offset == 0;) {
    size_t length = std::min(piece, size - offset);
    bool last = offset + length >= size;
    int flush = brotli ? (last ? 2 : 0) : (last ? (sync_flush_at_end ? 2 : 4) : 0);
    const uint8_t* in = data + offset;
    uint32_t in_len = static_cast<uint32_t>(length);
    // As node:zlib does: write again while the output window filled up.
    for (int rounds = 0;; rounds++) {
      stream.Write(flush, in, in_len, out.data(), static_cast<uint32_t>(out.size()));
      if (stream.error().IsError()) return 0;
      uint32_t consumed = in_len - stream.avail_in();
      total_out += out.size() - stream.avail_out();
      if (stream.avail_out() != 0) break;
      in += consumed;
      in_len = stream.avail_in();
      // Decompression bombs are fine, endless output for no input is not.
      if (total_out > (64u << 20)) return 0;
      if (rounds > (1 << 22)) std::abort();
    }
    offset += length;
    if (size == 0) break;
  }
  stream.Reset();
  stream.Close();
  return 0;
}
