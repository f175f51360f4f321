// The zlib and brotli stream engine of node:zlib (see compression.h).
#include "compression.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include <isa-l/igzip_lib.h>

namespace kiln {
namespace {

constexpr uint8_t kGzipHeaderId1 = 0x1f;
constexpr uint8_t kGzipHeaderId2 = 0x8b;

const char* ZlibCodeName(int err) {
  switch (err) {
    case Z_OK: return "Z_OK";
    case Z_STREAM_END: return "Z_STREAM_END";
    case Z_NEED_DICT: return "Z_NEED_DICT";
    case Z_ERRNO: return "Z_ERRNO";
    case Z_STREAM_ERROR: return "Z_STREAM_ERROR";
    case Z_DATA_ERROR: return "Z_DATA_ERROR";
    case Z_MEM_ERROR: return "Z_MEM_ERROR";
    case Z_BUF_ERROR: return "Z_BUF_ERROR";
    case Z_VERSION_ERROR: return "Z_VERSION_ERROR";
    default: return "Z_UNKNOWN_ERROR";
  }
}

// The code Node reports for a brotli decoder error: "ERR_" and brotli 1.1's name of it
// (Debian's brotli 1.0 names them without the "_ERROR_FORMAT_" part).
const char* BrotliErrorCode(BrotliDecoderErrorCode error) {
  switch (error) {
#define CASE(name) \
    case BROTLI_DECODER_ERROR_##name: return "ERR__ERROR_" #name;
    CASE(FORMAT_EXUBERANT_NIBBLE) CASE(FORMAT_RESERVED) CASE(FORMAT_EXUBERANT_META_NIBBLE)
    CASE(FORMAT_SIMPLE_HUFFMAN_ALPHABET) CASE(FORMAT_SIMPLE_HUFFMAN_SAME) CASE(FORMAT_CL_SPACE)
    CASE(FORMAT_HUFFMAN_SPACE) CASE(FORMAT_CONTEXT_MAP_REPEAT) CASE(FORMAT_BLOCK_LENGTH_1)
    CASE(FORMAT_BLOCK_LENGTH_2) CASE(FORMAT_TRANSFORM) CASE(FORMAT_DICTIONARY)
    CASE(FORMAT_WINDOW_BITS) CASE(FORMAT_PADDING_1) CASE(FORMAT_PADDING_2) CASE(FORMAT_DISTANCE)
    CASE(DICTIONARY_NOT_SET) CASE(INVALID_ARGUMENTS) CASE(ALLOC_CONTEXT_MODES)
    CASE(ALLOC_TREE_GROUPS) CASE(ALLOC_CONTEXT_MAP) CASE(ALLOC_RING_BUFFER_1)
    CASE(ALLOC_RING_BUFFER_2) CASE(ALLOC_BLOCK_TYPE_TREES) CASE(UNREACHABLE)
#undef CASE
    default: return "ERR__ERROR_UNREACHABLE";
  }
}

// KILN_ZLIB_NO_ISAL=1 inflates with zlib only (for A/B measurements).
bool IsalAllowed() {
  const char* value = std::getenv("KILN_ZLIB_NO_ISAL");
  return value == nullptr || value[0] == '\0' || value[0] == '0';
}

// zlib's message for what ISA-L found, when the member is too long to replay through zlib.
const char* IsalMessage(int result) {
  switch (result) {
    case ISAL_INVALID_BLOCK: return "invalid block type";
    case ISAL_INVALID_SYMBOL: return "invalid literal/length code";
    case ISAL_INVALID_LOOKBACK: return "invalid distance too far back";
    case ISAL_INVALID_WRAPPER: return "incorrect header check";
    case ISAL_UNSUPPORTED_METHOD: return "unknown compression method";
    case ISAL_INCORRECT_CHECKSUM: return "incorrect data check";
    default: return "invalid block type";
  }
}

}  // namespace

CompressionStream::CompressionStream(int mode) : mode_(mode) {
  std::memset(&strm_, 0, sizeof(strm_));
  strm_.zalloc = [](voidpf opaque, uInt items, uInt size) -> voidpf {
    return Allocate(static_cast<CompressionStream*>(opaque), static_cast<size_t>(items) * size);
  };
  strm_.zfree = [](voidpf opaque, voidpf pointer) {
    Free(static_cast<CompressionStream*>(opaque), pointer);
  };
  strm_.opaque = this;
}

CompressionStream::~CompressionStream() { Close(); }

void CompressionStream::InitZlib(int level, int window_bits, int mem_level, int strategy,
                                 std::vector<uint8_t> dictionary) {
  level_ = level;
  window_bits_ = window_bits;
  mem_level_ = mem_level;
  strategy_ = strategy;
  dictionary_ = std::move(dictionary);
  if (mode_ == kGzip || mode_ == kGunzip) window_bits_ += 16;
  if (mode_ == kUnzip) window_bits_ += 32;
  if (mode_ == kDeflateRaw || mode_ == kInflateRaw) window_bits_ *= -1;
}

// zlib starts on the first write, reset or params (as in Node), so that creating a stream is
// cheap. Returns true on the call that started it (err_ then says how that went).
bool CompressionStream::InitZlibLazily() {
  if (zlib_init_done_) return false;
  switch (mode_) {
    case kDeflate:
    case kGzip:
    case kDeflateRaw:
      err_ = deflateInit2(&strm_, level_, Z_DEFLATED, window_bits_, mem_level_, strategy_);
      break;
    case kInflate:
    case kGunzip:
    case kInflateRaw:
    case kUnzip:
      err_ = inflateInit2(&strm_, window_bits_);
      // ISA-L has no smaller windows and no dictionaries; raw streams stay with zlib, as only
      // a checksum shows that ISA-L read corrupt input the way zlib would.
      if (err_ == Z_OK && dictionary_.empty() && IsalAllowed() && mode_ != kInflateRaw &&
          ((window_bits_ & 15) == 15 || (window_bits_ & 15) == 0)) {
        fast_ = std::make_unique<FastInflate>();
        fast_started_ = false;
      }
      break;
    default:
      return false;
  }
  if (err_ != Z_OK) {
    dictionary_.clear();
    mode_ = kNone;
    return true;
  }
  zlib_init_done_ = true;
  SetDictionary();
  return true;
}

CompressionError CompressionStream::SetDictionary() {
  if (dictionary_.empty()) return {};
  err_ = Z_OK;
  switch (mode_) {
    case kDeflate:
    case kDeflateRaw:
      err_ = deflateSetDictionary(&strm_, dictionary_.data(), dictionary_.size());
      break;
    case kInflateRaw:
      // The other inflate modes set it when inflate() asks for it (Z_NEED_DICT).
      err_ = inflateSetDictionary(&strm_, dictionary_.data(), dictionary_.size());
      break;
    default:
      break;
  }
  if (err_ != Z_OK) return ErrorForMessage("Failed to set dictionary");
  return {};
}

CompressionError CompressionStream::Reset() {
  if (is_brotli()) return ResetBrotli();
  bool first = InitZlibLazily();
  if (first && err_ != Z_OK) return ErrorForMessage("Failed to init stream before reset");
  err_ = Z_OK;
  switch (mode_) {
    case kDeflate:
    case kDeflateRaw:
    case kGzip:
      err_ = deflateReset(&strm_);
      break;
    case kInflate:
    case kInflateRaw:
    case kGunzip:
      err_ = inflateReset(&strm_);
      std::vector<uint8_t>().swap(replay_);
      replay_pos_ = 0;
      discard_ = 0;
      if (fast_ != nullptr && fast_started_) {
        fast_->Start(mode_ == kGunzip ? FastInflate::kGzip
                     : mode_ == kInflate ? FastInflate::kZlib : FastInflate::kRaw);
      }
      break;
    default:
      break;
  }
  if (err_ != Z_OK) return ErrorForMessage("Failed to reset stream");
  return SetDictionary();
}

CompressionError CompressionStream::SetParams(int level, int strategy) {
  if (is_brotli()) return {};
  bool first = InitZlibLazily();
  if (first && err_ != Z_OK) return ErrorForMessage("Failed to init stream before set parameters");
  err_ = Z_OK;
  switch (mode_) {
    case kDeflate:
    case kDeflateRaw:
      err_ = deflateParams(&strm_, level, strategy);
      break;
    default:
      break;
  }
  if (err_ != Z_OK && err_ != Z_BUF_ERROR) return ErrorForMessage("Failed to set parameters");
  return {};
}

CompressionError CompressionStream::ErrorForMessage(const char* message) const {
  if (strm_.msg != nullptr) message = strm_.msg;
  return {message, ZlibCodeName(err_), err_};
}

bool CompressionStream::InitBrotli(const uint32_t* params, size_t count) {
  brotli_params_.assign(params, params + count);
  return !ResetBrotli().IsError() && !brotli_init_failed_;
}

CompressionError CompressionStream::ResetBrotli() {
  FreeBrotli();
  brotli_init_failed_ = false;
  auto alloc = [](void* opaque, size_t size) {
    return Allocate(static_cast<CompressionStream*>(opaque), size);
  };
  auto free = [](void* opaque, void* pointer) {
    Free(static_cast<CompressionStream*>(opaque), pointer);
  };
  if (mode_ == kBrotliEncode) {
    encoder_ = BrotliEncoderCreateInstance(alloc, free, this);
    if (encoder_ == nullptr) return {"Initialization failed", "ERR_ZLIB_INITIALIZATION_FAILED", -1};
    for (size_t i = 0; i < brotli_params_.size(); i++) {
      if (brotli_params_[i] == UINT32_MAX) continue;
      if (!BrotliEncoderSetParameter(encoder_, static_cast<BrotliEncoderParameter>(i),
                                     brotli_params_[i])) {
        brotli_init_failed_ = true;
      }
    }
  } else if (mode_ == kBrotliDecode) {
    decoder_ = BrotliDecoderCreateInstance(alloc, free, this);
    if (decoder_ == nullptr) return {"Initialization failed", "ERR_ZLIB_INITIALIZATION_FAILED", -1};
    for (size_t i = 0; i < brotli_params_.size(); i++) {
      if (brotli_params_[i] == UINT32_MAX) continue;
      if (!BrotliDecoderSetParameter(decoder_, static_cast<BrotliDecoderParameter>(i),
                                     brotli_params_[i])) {
        brotli_init_failed_ = true;
      }
    }
  }
  brotli_result_ok_ = true;
  decoder_result_ = BROTLI_DECODER_RESULT_SUCCESS;
  decoder_error_ = BROTLI_DECODER_NO_ERROR;
  return {};
}

void CompressionStream::Write(int flush, const uint8_t* in, uint32_t in_len, uint8_t* out,
                              uint32_t out_len) {
  flush_ = flush;
  strm_.next_in = const_cast<Bytef*>(in);
  strm_.avail_in = in_len;
  strm_.next_out = out;
  strm_.avail_out = out_len;
  if (is_brotli()) {
    WriteBrotli();
  } else {
    WriteZlib();
  }
}

void CompressionStream::WriteZlib() {
  bool first = InitZlibLazily();
  if (first && err_ != Z_OK) return;
  if (!zlib_init_done_) {
    err_ = Z_STREAM_ERROR;
    return;
  }
  const Bytef* next_header_byte = nullptr;
  switch (mode_) {
    case kDeflate:
    case kGzip:
    case kDeflateRaw:
      err_ = deflate(&strm_, flush_);
      return;
    case kUnzip:
      // Unzip picks gunzip or inflate from the first two bytes, which may arrive separately.
      if (strm_.avail_in > 0) next_header_byte = strm_.next_in;
      if (gzip_id_bytes_read_ == 0 && next_header_byte != nullptr) {
        if (*next_header_byte == kGzipHeaderId1) {
          gzip_id_bytes_read_ = 1;
          next_header_byte++;
          if (strm_.avail_in == 1) next_header_byte = nullptr;
        } else {
          mode_ = kInflate;
          next_header_byte = nullptr;
        }
      }
      if (gzip_id_bytes_read_ == 1 && next_header_byte != nullptr) {
        if (*next_header_byte == kGzipHeaderId2) {
          gzip_id_bytes_read_ = 2;
          mode_ = kGunzip;
        } else {
          mode_ = kInflate;
        }
      }
      [[fallthrough]];
    case kInflate:
    case kGunzip:
    case kInflateRaw:
      if (fast_ != nullptr && !fast_started_ && mode_ != kUnzip) {
        // Unzip's zlib may have read a split header's first byte already: zlib goes on then.
        if (strm_.total_in == 0) {
          fast_->Start(mode_ == kGunzip ? FastInflate::kGzip
                       : mode_ == kInflate ? FastInflate::kZlib : FastInflate::kRaw);
          fast_started_ = true;
        } else {
          fast_.reset();
        }
      }
      if (fast_ != nullptr && fast_started_) {
        InflateFast();
      } else {
        InflateZlib();
      }
      return;
    default:
      err_ = Z_STREAM_ERROR;
      return;
  }
}

void CompressionStream::InflateFast() {
  // Z_BLOCK and Z_TREES stop at block boundaries, which only zlib can do.
  if ((flush_ == Z_BLOCK || flush_ == Z_TREES) && fast_->can_replay()) {
    FallBackToZlib();
    InflateZlib();
    return;
  }
  for (;;) {
    if (fast_->finished()) {
      // More gzip members may follow one that ended; zero bytes after it are padding.
      if (mode_ == kGunzip && strm_.avail_in > 0 && strm_.next_in[0] != 0x00) {
        fast_->Start(FastInflate::kGzip);
        continue;
      }
      err_ = Z_STREAM_END;
      return;
    }
    const uint8_t* in = strm_.next_in;
    uint32_t in_len = strm_.avail_in;
    uint8_t* out = strm_.next_out;
    uint32_t out_len = strm_.avail_out;
    Bytef* out_before = strm_.next_out;
    uInt out_len_before = strm_.avail_out;
    uint64_t member_out_before = fast_->member_out();
    int result = fast_->Run(&in, &in_len, &out, &out_len);
    bool progress = in_len != strm_.avail_in || out_len != strm_.avail_out;
    strm_.next_in = const_cast<Bytef*>(in);
    strm_.avail_in = in_len;
    strm_.next_out = out;
    strm_.avail_out = out_len;
    if (result < 0 || result == ISAL_NEED_DICT) {
      if (fast_->can_replay()) {
        FallBackToZlib();
        InflateZlib();
        return;
      }
      err_ = result == ISAL_NEED_DICT ? Z_NEED_DICT : Z_DATA_ERROR;
      strm_.msg = const_cast<char*>(IsalMessage(result));
      return;
    }
    if (fast_->finished()) continue;
    // At a flush with all input read and the member unfinished (truncated input, or the start
    // of a member after another), zlib says exactly what it makes of it and how much output.
    // ISA-L's output of this call is taken back: at a truncation it may differ from zlib's.
    if (flush_ != Z_NO_FLUSH && strm_.avail_in == 0 && strm_.avail_out != 0 &&
        fast_->can_replay()) {
      FallBackToZlib();
      discard_ = member_out_before;
      strm_.next_out = out_before;
      strm_.avail_out = out_len_before;
      InflateZlib();
      return;
    }
    // As zlib's inflate() reports it.
    err_ = progress && flush_ != Z_FINISH ? Z_OK : Z_BUF_ERROR;
    return;
  }
}

// zlib goes on from the start of ISA-L's current member (its window is the member's output).
void CompressionStream::FallBackToZlib() {
  replay_ = fast_->TakeReplay();
  replay_pos_ = 0;
  discard_ = fast_->member_out();
  fast_.reset();
  inflateReset(&strm_);
}

// Feeds zlib the replayed input, dropping the output ISA-L produced already. False when this
// write ends here (output full, an error, or input still to replay).
bool CompressionStream::ReplayIntoZlib() {
  Bytef* in = strm_.next_in;
  uInt in_len = strm_.avail_in;
  Bytef* out = strm_.next_out;
  uInt out_len = strm_.avail_out;
  uint8_t scratch[16384];
  err_ = Z_OK;
  for (;;) {
    bool from_replay = replay_pos_ < replay_.size();
    bool discarding = discard_ > 0;
    if (!from_replay && !discarding) break;
    if (!discarding && out_len == 0) break;
    strm_.next_in = from_replay ? replay_.data() + replay_pos_ : in;
    strm_.avail_in = from_replay ? static_cast<uInt>(replay_.size() - replay_pos_) : in_len;
    strm_.next_out = discarding ? scratch : out;
    strm_.avail_out =
        discarding ? static_cast<uInt>(std::min<uint64_t>(discard_, sizeof(scratch))) : out_len;
    uInt avail_in_before = strm_.avail_in;
    uInt avail_out_before = strm_.avail_out;
    err_ = inflate(&strm_, from_replay ? Z_NO_FLUSH : flush_);
    uInt consumed = avail_in_before - strm_.avail_in;
    uInt produced = avail_out_before - strm_.avail_out;
    if (from_replay) {
      replay_pos_ += consumed;
    } else {
      in += consumed;
      in_len -= consumed;
    }
    if (discarding) {
      discard_ -= produced;
    } else {
      out += produced;
      out_len -= produced;
    }
    if (err_ != Z_OK) break;
  }
  strm_.next_in = in;
  strm_.avail_in = in_len;
  strm_.next_out = out;
  strm_.avail_out = out_len;
  bool replayed = replay_pos_ >= replay_.size();
  if (replayed || (err_ != Z_OK && err_ != Z_BUF_ERROR)) {
    std::vector<uint8_t>().swap(replay_);
    replay_pos_ = 0;
  }
  if (err_ == Z_STREAM_END && replayed && discard_ == 0) return true;
  if (err_ != Z_OK && err_ != Z_BUF_ERROR) {
    discard_ = 0;
    return false;
  }
  return replayed && discard_ == 0 && out_len > 0;
}

void CompressionStream::InflateZlib() {
  if ((replay_pos_ < replay_.size() || discard_ > 0) && !ReplayIntoZlib()) return;
  err_ = inflate(&strm_, flush_);
  if (mode_ != kInflateRaw && err_ == Z_NEED_DICT && !dictionary_.empty()) {
    err_ = inflateSetDictionary(&strm_, dictionary_.data(), dictionary_.size());
    if (err_ == Z_OK) {
      err_ = inflate(&strm_, flush_);
    } else if (err_ == Z_DATA_ERROR) {
      // Tell a wrong dictionary apart from bad input.
      err_ = Z_NEED_DICT;
    }
  }
  // More gzip members may follow one that ended; zero bytes after it are padding.
  while (strm_.avail_in > 0 && mode_ == kGunzip && err_ == Z_STREAM_END &&
         strm_.next_in[0] != 0x00) {
    Reset();
    err_ = inflate(&strm_, flush_);
  }
}

void CompressionStream::WriteBrotli() {
  const uint8_t* next_in = strm_.next_in;
  size_t avail_in = strm_.avail_in;
  uint8_t* next_out = strm_.next_out;
  size_t avail_out = strm_.avail_out;
  if (mode_ == kBrotliEncode) {
    brotli_result_ok_ = encoder_ != nullptr &&
                        BrotliEncoderCompressStream(
                            encoder_, static_cast<BrotliEncoderOperation>(flush_), &avail_in,
                            &next_in, &avail_out, &next_out, nullptr);
  } else if (decoder_ == nullptr) {
    decoder_result_ = BROTLI_DECODER_RESULT_ERROR;
    decoder_error_ = BROTLI_DECODER_ERROR_UNREACHABLE;
  } else {
    decoder_result_ = BrotliDecoderDecompressStream(decoder_, &avail_in, &next_in, &avail_out,
                                                    &next_out, nullptr);
    if (decoder_result_ == BROTLI_DECODER_RESULT_ERROR) {
      decoder_error_ = BrotliDecoderGetErrorCode(decoder_);
    }
  }
  strm_.next_in = const_cast<Bytef*>(next_in);
  strm_.avail_in = static_cast<uInt>(avail_in);
  strm_.next_out = next_out;
  strm_.avail_out = static_cast<uInt>(avail_out);
}

CompressionError CompressionStream::error() const {
  if (mode_ == kBrotliEncode) {
    if (!brotli_result_ok_) return {"Compression failed", "ERR_BROTLI_COMPRESSION_FAILED", -1};
    return {};
  }
  if (mode_ == kBrotliDecode) {
    if (decoder_error_ != BROTLI_DECODER_NO_ERROR) {
      return {"Decompression failed", BrotliErrorCode(decoder_error_),
              static_cast<int>(decoder_error_)};
    }
    if (flush_ == BROTLI_OPERATION_FINISH &&
        decoder_result_ == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT) {
      // Brotli does not report a truncated stream as an error.
      return {"unexpected end of file", "Z_BUF_ERROR", Z_BUF_ERROR};
    }
    return {};
  }
  switch (err_) {
    case Z_OK:
    case Z_BUF_ERROR:
      if (strm_.avail_out != 0 && flush_ == Z_FINISH) {
        return ErrorForMessage("unexpected end of file");
      }
      return {};
    case Z_STREAM_END:
      return {};
    case Z_NEED_DICT:
      return ErrorForMessage(dictionary_.empty() ? "Missing dictionary" : "Bad dictionary");
    default:
      return ErrorForMessage("Zlib error");
  }
}

void CompressionStream::FreeBrotli() {
  if (encoder_ != nullptr) BrotliEncoderDestroyInstance(encoder_);
  if (decoder_ != nullptr) BrotliDecoderDestroyInstance(decoder_);
  encoder_ = nullptr;
  decoder_ = nullptr;
}

void CompressionStream::Close() {
  FreeBrotli();
  fast_.reset();
  std::vector<uint8_t>().swap(replay_);
  if (zlib_init_done_) {
    if (mode_ == kDeflate || mode_ == kGzip || mode_ == kDeflateRaw) {
      deflateEnd(&strm_);
    } else {
      inflateEnd(&strm_);
    }
    zlib_init_done_ = false;
  }
  if (!is_brotli()) mode_ = kNone;
}

// Allocations carry their size in front, so that frees can be counted.
void* CompressionStream::Allocate(CompressionStream* self, size_t size) {
  auto* block = static_cast<size_t*>(malloc(size + sizeof(size_t) * 2));
  if (block == nullptr) return nullptr;
  block[0] = size;
  self->allocated_ += static_cast<int64_t>(size);
  return block + 2;
}

void CompressionStream::Free(CompressionStream* self, void* pointer) {
  if (pointer == nullptr) return;
  size_t* block = static_cast<size_t*>(pointer) - 2;
  self->allocated_ -= static_cast<int64_t>(block[0]);
  free(block);
}

}  // namespace kiln
