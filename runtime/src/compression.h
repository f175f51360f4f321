// The compression engine behind node:zlib, without V8: one deflate/inflate/gzip/unzip (zlib) or
// brotli stream that compresses a window of input into a window of output per Write(). It holds
// Node's stream semantics (unzip's format detection, concatenated gzip members, dictionaries)
// and reports failures with Node's messages and codes. Not thread-safe: one Write() at a time,
// on any thread. runtime/bindings/zlib.cc gives it to JS; tests/fuzz/ fuzzes it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <brotli/decode.h>
#include <brotli/encode.h>
#include <zlib.h>

#include "fast_inflate.h"

namespace kiln {

struct CompressionError {
  std::string message;  // empty when there is no error
  std::string code;     // 'Z_DATA_ERROR', 'ERR__ERROR_FORMAT_PADDING_1', …
  int err = 0;          // errno of the JS error
  bool IsError() const { return !message.empty(); }
};

class CompressionStream {
 public:
  // Node's modes (zlib.constants.DEFLATE …).
  enum Mode { kNone, kDeflate, kInflate, kGzip, kGunzip, kDeflateRaw, kInflateRaw, kUnzip,
              kBrotliDecode, kBrotliEncode };

  explicit CompressionStream(int mode);
  ~CompressionStream();
  CompressionStream(const CompressionStream&) = delete;
  CompressionStream& operator=(const CompressionStream&) = delete;

  bool is_brotli() const { return mode_ == kBrotliDecode || mode_ == kBrotliEncode; }
  int mode() const { return mode_; }

  // zlib modes: parameters as node:zlib validated them; zlib itself starts on the first Write,
  // Reset or SetParams.
  void InitZlib(int level, int window_bits, int mem_level, int strategy,
                std::vector<uint8_t> dictionary);
  // Brotli modes: params[i] is the value of parameter i, UINT32_MAX for unset. False when the
  // library refused a value (Node ignores that).
  bool InitBrotli(const uint32_t* params, size_t count);

  // One step: consume from `in`, produce into `out`, with the flush (zlib) or operation
  // (brotli). Afterwards avail_in()/avail_out() say what is left and error() what went wrong.
  void Write(int flush, const uint8_t* in, uint32_t in_len, uint8_t* out, uint32_t out_len);
  CompressionError error() const;
  uint32_t avail_in() const { return strm_.avail_in; }
  uint32_t avail_out() const { return strm_.avail_out; }

  CompressionError Reset();
  CompressionError SetParams(int level, int strategy);
  void Close();

  // Bytes the libraries hold now (for V8's external memory accounting).
  int64_t allocated() const { return allocated_; }

 private:
  bool InitZlibLazily();
  CompressionError SetDictionary();
  CompressionError ResetBrotli();
  CompressionError ErrorForMessage(const char* message) const;
  void WriteZlib();
  void InflateFast();
  void InflateZlib();
  bool ReplayIntoZlib();
  void FallBackToZlib();
  void WriteBrotli();
  void FreeBrotli();

  static void* Allocate(CompressionStream* self, size_t size);
  static void Free(CompressionStream* self, void* pointer);

  int mode_;
  z_stream strm_;
  int err_ = Z_OK;
  int flush_ = Z_NO_FLUSH;
  int level_ = 0, window_bits_ = 0, mem_level_ = 0, strategy_ = 0;
  int gzip_id_bytes_read_ = 0;
  // ISA-L decodes inflate streams that need nothing only zlib can do; zlib takes over (replaying
  // the member's input and skipping `discard_` bytes of output) when ISA-L stops on anything.
  std::unique_ptr<FastInflate> fast_;
  bool fast_started_ = false;
  std::vector<uint8_t> replay_;
  size_t replay_pos_ = 0;
  uint64_t discard_ = 0;
  std::vector<uint8_t> dictionary_;
  bool zlib_init_done_ = false;
  BrotliEncoderState* encoder_ = nullptr;
  BrotliDecoderState* decoder_ = nullptr;
  std::vector<uint32_t> brotli_params_;
  bool brotli_init_failed_ = false;
  bool brotli_result_ok_ = true;
  BrotliDecoderResult decoder_result_ = BROTLI_DECODER_RESULT_SUCCESS;
  BrotliDecoderErrorCode decoder_error_ = BROTLI_DECODER_NO_ERROR;
  int64_t allocated_ = 0;
};

}  // namespace kiln
