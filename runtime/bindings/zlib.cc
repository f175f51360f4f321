// internalBinding('zlib'): deflate/inflate/gzip (Debian's zlib) and brotli streams as native
// handles. A write runs inline (writeSync) or on the thread pool (write) and reports the space
// left in the output and input through a Uint32Array shared with JS; errors are delivered to
// handle.onerror(message, errno, code) with Node's messages and codes.
#include <brotli/decode.h>
#include <brotli/encode.h>
#include <zlib.h>

#include <cstring>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "binding.h"
#include "callback_scope.h"

namespace kiln {
namespace {

// Node's modes (zlib.constants.DEFLATE …).
enum Mode { kNone, kDeflate, kInflate, kGzip, kGunzip, kDeflateRaw, kInflateRaw, kUnzip,
            kBrotliDecode, kBrotliEncode };

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

// The error code Node reports for a brotli decoder error: "ERR_" and brotli 1.1's name of it
// (Debian's brotli 1.0 names them without the "_ERROR_FORMAT_" part).
const char* BrotliErrorCode(BrotliDecoderErrorCode error) {
  switch (error) {
    case BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: return "ERR__ERROR_FORMAT_EXUBERANT_NIBBLE";
    case BROTLI_DECODER_ERROR_FORMAT_RESERVED: return "ERR__ERROR_FORMAT_RESERVED";
    case BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE: return "ERR__ERROR_FORMAT_EXUBERANT_META_NIBBLE";
    case BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET: return "ERR__ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET";
    case BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME: return "ERR__ERROR_FORMAT_SIMPLE_HUFFMAN_SAME";
    case BROTLI_DECODER_ERROR_FORMAT_CL_SPACE: return "ERR__ERROR_FORMAT_CL_SPACE";
    case BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE: return "ERR__ERROR_FORMAT_HUFFMAN_SPACE";
    case BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT: return "ERR__ERROR_FORMAT_CONTEXT_MAP_REPEAT";
    case BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1: return "ERR__ERROR_FORMAT_BLOCK_LENGTH_1";
    case BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2: return "ERR__ERROR_FORMAT_BLOCK_LENGTH_2";
    case BROTLI_DECODER_ERROR_FORMAT_TRANSFORM: return "ERR__ERROR_FORMAT_TRANSFORM";
    case BROTLI_DECODER_ERROR_FORMAT_DICTIONARY: return "ERR__ERROR_FORMAT_DICTIONARY";
    case BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS: return "ERR__ERROR_FORMAT_WINDOW_BITS";
    case BROTLI_DECODER_ERROR_FORMAT_PADDING_1: return "ERR__ERROR_FORMAT_PADDING_1";
    case BROTLI_DECODER_ERROR_FORMAT_PADDING_2: return "ERR__ERROR_FORMAT_PADDING_2";
    case BROTLI_DECODER_ERROR_FORMAT_DISTANCE: return "ERR__ERROR_FORMAT_DISTANCE";
    case BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: return "ERR__ERROR_DICTIONARY_NOT_SET";
    case BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: return "ERR__ERROR_INVALID_ARGUMENTS";
    case BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: return "ERR__ERROR_ALLOC_CONTEXT_MODES";
    case BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: return "ERR__ERROR_ALLOC_TREE_GROUPS";
    case BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: return "ERR__ERROR_ALLOC_CONTEXT_MAP";
    case BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: return "ERR__ERROR_ALLOC_RING_BUFFER_1";
    case BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: return "ERR__ERROR_ALLOC_RING_BUFFER_2";
    case BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: return "ERR__ERROR_ALLOC_BLOCK_TYPE_TREES";
    case BROTLI_DECODER_ERROR_UNREACHABLE: return "ERR__ERROR_UNREACHABLE";
    default: return "ERR__ERROR_UNREACHABLE";
  }
}

struct CompressionError {
  std::string message;
  std::string code;
  int err = 0;
  bool IsError() const { return !message.empty(); }
};

// One compression or decompression stream. Owned by its JS handle object (freed when that is
// collected), kept strongly reachable while a thread-pool write is in flight.
class ZlibHandle {
 public:
  ZlibHandle(Environment* env, v8::Local<v8::Object> object, int mode)
      : env_(env), object_(env->isolate(), object), mode_(mode) {
    object->SetAlignedPointerInInternalField(0, this);
    object_.SetWeak(this, OnWeak, v8::WeakCallbackType::kParameter);
    std::memset(&strm_, 0, sizeof(strm_));
    strm_.zalloc = ZAlloc;
    strm_.zfree = ZFree;
    strm_.opaque = this;
    work_.data = this;
  }
  ~ZlibHandle() { FreeStreams(); }

  static ZlibHandle* From(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Local<v8::Object> self = args.This();
    if (self->InternalFieldCount() < 1) return nullptr;
    return static_cast<ZlibHandle*>(self->GetAlignedPointerFromInternalField(0));
  }

  bool is_brotli() const { return mode_ == kBrotliDecode || mode_ == kBrotliEncode; }

  // ---- zlib ----
  void InitZlibParams(int level, int window_bits, int mem_level, int strategy,
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

  // zlib is initialized on the first write, reset or params (as Node does), so that creating
  // a stream is cheap. Returns true on the call that initialized.
  bool InitZlibLazily() {
    if (zlib_init_done_ || closed_) return false;
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

  CompressionError SetDictionary() {
    if (dictionary_.empty()) return {};
    err_ = Z_OK;
    switch (mode_) {
      case kDeflate:
      case kDeflateRaw:
        err_ = deflateSetDictionary(&strm_, dictionary_.data(), dictionary_.size());
        break;
      case kInflateRaw:
        // Other inflate modes set it when inflate() asks for it (Z_NEED_DICT).
        err_ = inflateSetDictionary(&strm_, dictionary_.data(), dictionary_.size());
        break;
      default:
        break;
    }
    if (err_ != Z_OK) return ErrorForMessage("Failed to set dictionary");
    return {};
  }

  CompressionError ResetStream() {
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
        break;
      default:
        break;
    }
    if (err_ != Z_OK) return ErrorForMessage("Failed to reset stream");
    return SetDictionary();
  }

  CompressionError SetParams(int level, int strategy) {
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

  CompressionError ErrorForMessage(const char* message) const {
    if (strm_.msg != nullptr) message = strm_.msg;
    return {message, ZlibCodeName(err_), err_};
  }

  // ---- brotli ----
  bool InitBrotli(const uint32_t* params, size_t count) {
    brotli_params_.assign(params, params + count);
    return ResetBrotli().err == 0 && !brotli_init_failed_;
  }

  CompressionError ResetBrotli() {
    FreeBrotli();
    brotli_init_failed_ = false;
    if (mode_ == kBrotliEncode) {
      encoder_ = BrotliEncoderCreateInstance(BAlloc, BFree, this);
      if (encoder_ == nullptr) return {"Initialization failed", "ERR_ZLIB_INITIALIZATION_FAILED", -1};
      for (size_t i = 0; i < brotli_params_.size(); i++) {
        if (brotli_params_[i] == UINT32_MAX) continue;
        if (!BrotliEncoderSetParameter(encoder_, static_cast<BrotliEncoderParameter>(i),
                                       brotli_params_[i])) {
          brotli_init_failed_ = true;
        }
      }
    } else {
      decoder_ = BrotliDecoderCreateInstance(BAlloc, BFree, this);
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

  // ---- one write, on any thread ----
  void DoWork() {
    if (is_brotli()) {
      DoBrotliWork();
    } else {
      DoZlibWork();
    }
  }

  void DoZlibWork() {
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
          ResetStream();
          err_ = inflate(&strm_, flush_);
        }
        return;
      default:
        err_ = Z_STREAM_ERROR;
        return;
    }
  }

  void DoBrotliWork() {
    const uint8_t* next_in = strm_.next_in;
    size_t avail_in = strm_.avail_in;
    uint8_t* next_out = strm_.next_out;
    size_t avail_out = strm_.avail_out;
    if (mode_ == kBrotliEncode) {
      if (encoder_ == nullptr) {
        brotli_result_ok_ = false;
        return;
      }
      brotli_result_ok_ = BrotliEncoderCompressStream(
          encoder_, static_cast<BrotliEncoderOperation>(flush_), &avail_in, &next_in,
          &avail_out, &next_out, nullptr);
    } else {
      if (decoder_ == nullptr) {
        decoder_result_ = BROTLI_DECODER_RESULT_ERROR;
        decoder_error_ = BROTLI_DECODER_ERROR_UNREACHABLE;
        return;
      }
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

  CompressionError GetError() const {
    if (mode_ == kBrotliEncode) {
      if (!brotli_result_ok_) return {"Compression failed", "ERR_BROTLI_COMPRESSION_FAILED", -1};
      return {};
    }
    if (mode_ == kBrotliDecode) {
      if (decoder_error_ != BROTLI_DECODER_NO_ERROR) {
        return {"Decompression failed",
                BrotliErrorCode(decoder_error_),
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

  // ---- JS-facing ----
  void SetWriteState(v8::Local<v8::Uint32Array> state, v8::Local<v8::Function> callback) {
    v8::Isolate* isolate = env_->isolate();
    write_state_.Reset(isolate, state);
    callback_.Reset(isolate, callback);
  }

  void UpdateWriteState() {
    v8::Local<v8::Uint32Array> state = write_state_.Get(env_->isolate());
    auto* fields = reinterpret_cast<uint32_t*>(static_cast<char*>(state->Buffer()->Data()) +
                                               state->ByteOffset());
    fields[0] = strm_.avail_out;
    fields[1] = strm_.avail_in;
  }

  // Calls handle.onerror(message, errno, code). The stream is unusable afterwards.
  void EmitError(const CompressionError& error) {
    v8::Isolate* isolate = env_->isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Context> context = env_->context();
    v8::Local<v8::Object> object = object_.Get(isolate);
    v8::Local<v8::Value> onerror;
    write_in_progress_ = false;
    if (object->Get(context, Symbolize(isolate, "onerror")).ToLocal(&onerror) &&
        onerror->IsFunction()) {
      v8::Local<v8::Value> argv[] = {ToV8(isolate, error.message),
                                     v8::Integer::New(isolate, error.err),
                                     ToV8(isolate, error.code)};
      (void)MakeCallback(env_, object, onerror.As<v8::Function>(), 3, argv);
    }
    if (pending_close_) Close();
  }

  bool StartWrite(const v8::FunctionCallbackInfo<v8::Value>& args, bool async) {
    v8::Isolate* isolate = args.GetIsolate();
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    if (closed_ || write_in_progress_ || pending_close_) return false;
    int flush = args[0]->Int32Value(context).FromMaybe(0);
    const uint8_t* in = nullptr;
    uint32_t in_len = 0;
    if (args[1]->IsArrayBufferView()) {
      v8::Local<v8::ArrayBufferView> view = args[1].As<v8::ArrayBufferView>();
      uint32_t in_off = args[2]->Uint32Value(context).FromMaybe(0);
      in_len = args[3]->Uint32Value(context).FromMaybe(0);
      CHECK(static_cast<size_t>(in_off) + in_len <= view->ByteLength());
      in = static_cast<const uint8_t*>(view->Buffer()->Data()) + view->ByteOffset() + in_off;
      if (async) in_buffer_.Reset(isolate, view);
    }
    CHECK(args[4]->IsArrayBufferView());
    v8::Local<v8::ArrayBufferView> out_view = args[4].As<v8::ArrayBufferView>();
    uint32_t out_off = args[5]->Uint32Value(context).FromMaybe(0);
    uint32_t out_len = args[6]->Uint32Value(context).FromMaybe(0);
    CHECK(static_cast<size_t>(out_off) + out_len <= out_view->ByteLength());
    uint8_t* out = static_cast<uint8_t*>(out_view->Buffer()->Data()) + out_view->ByteOffset() +
                   out_off;
    if (async) out_buffer_.Reset(isolate, out_view);

    flush_ = flush;
    strm_.next_in = const_cast<Bytef*>(in);
    strm_.avail_in = in_len;
    strm_.next_out = out;
    strm_.avail_out = out_len;
    write_in_progress_ = true;

    if (!async) {
      DoWork();
      ReportMemory();
      CompressionError error = GetError();
      if (error.IsError()) {
        EmitError(error);
        return true;
      }
      UpdateWriteState();
      write_in_progress_ = false;
      return true;
    }
    object_.ClearWeak();
    int err = uv_queue_work(env_->loop(), &work_, WorkOnThread, AfterWork);
    CHECK(err == 0);
    return true;
  }

  static void WorkOnThread(uv_work_t* work) { static_cast<ZlibHandle*>(work->data)->DoWork(); }

  static void AfterWork(uv_work_t* work, int status) {
    auto* self = static_cast<ZlibHandle*>(work->data);
    Environment* env = self->env_;
    v8::Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    v8::Context::Scope context_scope(env->context());
    self->in_buffer_.Reset();
    self->out_buffer_.Reset();
    self->object_.SetWeak(self, OnWeak, v8::WeakCallbackType::kParameter);
    self->write_in_progress_ = false;
    self->ReportMemory();
    if (status == UV_ECANCELED || env->stopping()) {
      self->Close();
      return;
    }
    CompressionError error = self->GetError();
    if (error.IsError()) {
      self->EmitError(error);
      return;
    }
    self->UpdateWriteState();
    v8::Local<v8::Object> object = self->object_.Get(isolate);
    (void)MakeCallback(env, object, self->callback_.Get(isolate), 0, nullptr);
    if (self->pending_close_) self->Close();
  }

  void Close() {
    if (write_in_progress_) {
      pending_close_ = true;
      return;
    }
    pending_close_ = false;
    closed_ = true;
    FreeStreams();
    ReportMemory();
  }

  bool write_in_progress() const { return write_in_progress_; }
  bool closed() const { return closed_; }

 private:
  void FreeBrotli() {
    if (encoder_ != nullptr) BrotliEncoderDestroyInstance(encoder_);
    if (decoder_ != nullptr) BrotliDecoderDestroyInstance(decoder_);
    encoder_ = nullptr;
    decoder_ = nullptr;
  }

  void FreeStreams() {
    FreeBrotli();
    if (zlib_init_done_) {
      if (mode_ == kDeflate || mode_ == kGzip || mode_ == kDeflateRaw) {
        deflateEnd(&strm_);
      } else {
        inflateEnd(&strm_);
      }
      zlib_init_done_ = false;
    }
    mode_ = is_brotli() ? mode_ : kNone;
  }

  // Tells V8 how much memory the compressors hold, so that unclosed streams get collected.
  void ReportMemory() {
    int64_t delta = allocated_ - reported_;
    if (delta != 0) {
      env_->isolate()->AdjustAmountOfExternalAllocatedMemory(delta);
      reported_ = allocated_;
    }
  }

  // Allocations carry their size in front so that frees can be counted.
  static void* Allocate(ZlibHandle* self, size_t size) {
    auto* block = static_cast<size_t*>(malloc(size + sizeof(size_t) * 2));
    if (block == nullptr) return nullptr;
    block[0] = size;
    self->allocated_ += static_cast<int64_t>(size);
    return block + 2;
  }
  static void Free(ZlibHandle* self, void* pointer) {
    if (pointer == nullptr) return;
    size_t* block = static_cast<size_t*>(pointer) - 2;
    self->allocated_ -= static_cast<int64_t>(block[0]);
    free(block);
  }
  static voidpf ZAlloc(voidpf opaque, uInt items, uInt size) {
    return Allocate(static_cast<ZlibHandle*>(opaque), static_cast<size_t>(items) * size);
  }
  static void ZFree(voidpf opaque, voidpf pointer) {
    Free(static_cast<ZlibHandle*>(opaque), pointer);
  }
  static void* BAlloc(void* opaque, size_t size) {
    return Allocate(static_cast<ZlibHandle*>(opaque), size);
  }
  static void BFree(void* opaque, void* pointer) { Free(static_cast<ZlibHandle*>(opaque), pointer); }

  static void OnWeak(const v8::WeakCallbackInfo<ZlibHandle>& info) {
    ZlibHandle* self = info.GetParameter();
    // Only Reset is allowed here: V8's external-memory count is left as it is.
    self->object_.Reset();
    delete self;
  }

  Environment* env_;
  v8::Global<v8::Object> object_;
  v8::Global<v8::Uint32Array> write_state_;
  v8::Global<v8::Function> callback_;
  v8::Global<v8::ArrayBufferView> in_buffer_;
  v8::Global<v8::ArrayBufferView> out_buffer_;
  uv_work_t work_;
  int mode_;
  z_stream strm_;
  int err_ = Z_OK;
  int flush_ = Z_NO_FLUSH;
  int level_ = 0, window_bits_ = 0, mem_level_ = 0, strategy_ = 0;
  int gzip_id_bytes_read_ = 0;
  std::vector<uint8_t> dictionary_;
  bool zlib_init_done_ = false;
  BrotliEncoderState* encoder_ = nullptr;
  BrotliDecoderState* decoder_ = nullptr;
  std::vector<uint32_t> brotli_params_;
  bool brotli_init_failed_ = false;
  bool brotli_result_ok_ = true;
  BrotliDecoderResult decoder_result_ = BROTLI_DECODER_RESULT_SUCCESS;
  BrotliDecoderErrorCode decoder_error_ = BROTLI_DECODER_NO_ERROR;
  bool write_in_progress_ = false;
  bool pending_close_ = false;
  bool closed_ = false;
  int64_t allocated_ = 0;
  int64_t reported_ = 0;
};

std::vector<uint8_t> BytesOf(v8::Local<v8::Value> value) {
  std::vector<uint8_t> bytes;
  if (!value->IsArrayBufferView()) return bytes;
  v8::Local<v8::ArrayBufferView> view = value.As<v8::ArrayBufferView>();
  bytes.resize(view->ByteLength());
  if (!bytes.empty()) view->CopyContents(bytes.data(), bytes.size());
  return bytes;
}

// new Handle(mode): the JS object that owns a stream.
void NewHandle(const v8::FunctionCallbackInfo<v8::Value>& args) {
  CHECK(args.IsConstructCall());
  Environment* env = Environment::From(args.GetIsolate());
  int mode = args[0]->Int32Value(env->context()).FromMaybe(0);
  CHECK(mode >= kDeflate && mode <= kBrotliEncode);
  new ZlibHandle(env, args.This(), mode);
}

// handle.init(windowBits, level, memLevel, strategy, writeState, processCallback, dictionary)
// handle.init(brotliParams, writeState, processCallback) for brotli -> true, or false when a
// parameter was refused.
void Init(const v8::FunctionCallbackInfo<v8::Value>& args) {
  ZlibHandle* self = ZlibHandle::From(args);
  if (self == nullptr) return;
  v8::Local<v8::Context> context = args.GetIsolate()->GetCurrentContext();
  if (self->is_brotli()) {
    CHECK(args[0]->IsUint32Array() && args[1]->IsUint32Array() && args[2]->IsFunction());
    v8::Local<v8::Uint32Array> params = args[0].As<v8::Uint32Array>();
    std::vector<uint32_t> values(params->Length());
    if (!values.empty()) params->CopyContents(values.data(), values.size() * sizeof(uint32_t));
    self->SetWriteState(args[1].As<v8::Uint32Array>(), args[2].As<v8::Function>());
    args.GetReturnValue().Set(self->InitBrotli(values.data(), values.size()));
    return;
  }
  CHECK(args[4]->IsUint32Array() && args[5]->IsFunction());
  int window_bits = args[0]->Int32Value(context).FromMaybe(15);
  int level = args[1]->Int32Value(context).FromMaybe(-1);
  int mem_level = args[2]->Int32Value(context).FromMaybe(8);
  int strategy = args[3]->Int32Value(context).FromMaybe(0);
  self->SetWriteState(args[4].As<v8::Uint32Array>(), args[5].As<v8::Function>());
  self->InitZlibParams(level, window_bits, mem_level, strategy, BytesOf(args[6]));
  args.GetReturnValue().Set(true);
}

// handle.write(flush, in, inOff, inLen, out, outOff, outLen): on the thread pool; then
// processCallback (this = handle) or onerror.
void Write(const v8::FunctionCallbackInfo<v8::Value>& args) {
  ZlibHandle* self = ZlibHandle::From(args);
  if (self == nullptr) return;
  CHECK(self->StartWrite(args, true));
}

// handle.writeSync(…same…): inline; the result is in the write state (or onerror was called).
void WriteSync(const v8::FunctionCallbackInfo<v8::Value>& args) {
  ZlibHandle* self = ZlibHandle::From(args);
  if (self == nullptr) return;
  CHECK(self->StartWrite(args, false));
}

void Params(const v8::FunctionCallbackInfo<v8::Value>& args) {
  ZlibHandle* self = ZlibHandle::From(args);
  if (self == nullptr || self->is_brotli() || self->closed()) return;
  CHECK(!self->write_in_progress());
  v8::Local<v8::Context> context = args.GetIsolate()->GetCurrentContext();
  CompressionError error = self->SetParams(args[0]->Int32Value(context).FromMaybe(-1),
                                           args[1]->Int32Value(context).FromMaybe(0));
  if (error.IsError()) self->EmitError(error);
}

void Reset(const v8::FunctionCallbackInfo<v8::Value>& args) {
  ZlibHandle* self = ZlibHandle::From(args);
  if (self == nullptr || self->closed()) return;
  CHECK(!self->write_in_progress());
  CompressionError error = self->ResetStream();
  if (error.IsError()) self->EmitError(error);
}

void Close(const v8::FunctionCallbackInfo<v8::Value>& args) {
  ZlibHandle* self = ZlibHandle::From(args);
  if (self != nullptr) self->Close();
}

// crc32(data: string | ArrayBufferView, value: uint32) -> uint32
void Crc32(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  uint32_t value = args[1]->Uint32Value(isolate->GetCurrentContext()).FromMaybe(0);
  uLong crc = value;
  if (args[0]->IsArrayBufferView()) {
    v8::Local<v8::ArrayBufferView> view = args[0].As<v8::ArrayBufferView>();
    const Bytef* data =
        static_cast<const Bytef*>(view->Buffer()->Data()) + view->ByteOffset();
    size_t length = view->ByteLength();
    while (length > 0) {
      uInt chunk = length > (1u << 30) ? (1u << 30) : static_cast<uInt>(length);
      crc = crc32(crc, data, chunk);
      data += chunk;
      length -= chunk;
    }
  } else {
    v8::String::Utf8Value text(isolate, args[0]);
    crc = crc32(crc, reinterpret_cast<const Bytef*>(*text), static_cast<uInt>(text.length()));
  }
  args.GetReturnValue().Set(static_cast<uint32_t>(crc));
}

// The first entry is a function of the binding; the rest are the methods of Handle objects.
constexpr BindingMethod kMethods[] = {
    {"crc32", Crc32},
    {"init", Init},
    {"write", Write},
    {"writeSync", WriteSync},
    {"params", Params},
    {"reset", Reset},
    {"close", Close},
    {"Handle", NewHandle},
};
constexpr size_t kBindingFunctions = 1;
constexpr size_t kHandleMethods = 6;

void SetConstants(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Object> constants = v8::Object::New(isolate);
#define Z(name) SetInteger(env, constants, #name, name);
  Z(Z_NO_FLUSH) Z(Z_PARTIAL_FLUSH) Z(Z_SYNC_FLUSH) Z(Z_FULL_FLUSH) Z(Z_FINISH) Z(Z_BLOCK)
  Z(Z_OK) Z(Z_STREAM_END) Z(Z_NEED_DICT) Z(Z_ERRNO) Z(Z_STREAM_ERROR) Z(Z_DATA_ERROR)
  Z(Z_MEM_ERROR) Z(Z_BUF_ERROR) Z(Z_VERSION_ERROR)
  Z(Z_NO_COMPRESSION) Z(Z_BEST_SPEED) Z(Z_BEST_COMPRESSION) Z(Z_DEFAULT_COMPRESSION)
  Z(Z_FILTERED) Z(Z_HUFFMAN_ONLY) Z(Z_RLE) Z(Z_FIXED) Z(Z_DEFAULT_STRATEGY) Z(ZLIB_VERNUM)
#undef Z
  auto set = [&](const char* name, double value) {
    SetValue(env, constants, name, v8::Number::New(isolate, value));
  };
  set("DEFLATE", kDeflate);
  set("INFLATE", kInflate);
  set("GZIP", kGzip);
  set("GUNZIP", kGunzip);
  set("DEFLATERAW", kDeflateRaw);
  set("INFLATERAW", kInflateRaw);
  set("UNZIP", kUnzip);
  set("BROTLI_DECODE", kBrotliDecode);
  set("BROTLI_ENCODE", kBrotliEncode);
  set("Z_MIN_WINDOWBITS", 8);
  set("Z_MAX_WINDOWBITS", 15);
  set("Z_DEFAULT_WINDOWBITS", 15);
  set("Z_MIN_CHUNK", 64);
  set("Z_MAX_CHUNK", std::numeric_limits<double>::infinity());
  set("Z_DEFAULT_CHUNK", 16 * 1024);
  set("Z_MIN_MEMLEVEL", 1);
  set("Z_MAX_MEMLEVEL", 9);
  set("Z_DEFAULT_MEMLEVEL", 8);
  set("Z_MIN_LEVEL", -1);
  set("Z_MAX_LEVEL", 9);
  set("Z_DEFAULT_LEVEL", Z_DEFAULT_COMPRESSION);
#define B(name) set(#name, name);
  B(BROTLI_OPERATION_PROCESS) B(BROTLI_OPERATION_FLUSH) B(BROTLI_OPERATION_FINISH)
  B(BROTLI_OPERATION_EMIT_METADATA)
  B(BROTLI_PARAM_MODE) B(BROTLI_MODE_GENERIC) B(BROTLI_MODE_TEXT) B(BROTLI_MODE_FONT)
  B(BROTLI_DEFAULT_MODE) B(BROTLI_PARAM_QUALITY) B(BROTLI_MIN_QUALITY) B(BROTLI_MAX_QUALITY)
  B(BROTLI_DEFAULT_QUALITY) B(BROTLI_PARAM_LGWIN) B(BROTLI_MIN_WINDOW_BITS)
  B(BROTLI_MAX_WINDOW_BITS) B(BROTLI_LARGE_MAX_WINDOW_BITS) B(BROTLI_DEFAULT_WINDOW)
  B(BROTLI_PARAM_LGBLOCK) B(BROTLI_MIN_INPUT_BLOCK_BITS) B(BROTLI_MAX_INPUT_BLOCK_BITS)
  B(BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING) B(BROTLI_PARAM_SIZE_HINT)
  B(BROTLI_PARAM_LARGE_WINDOW) B(BROTLI_PARAM_NPOSTFIX) B(BROTLI_PARAM_NDIRECT)
  B(BROTLI_DECODER_RESULT_ERROR) B(BROTLI_DECODER_RESULT_SUCCESS)
  B(BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT) B(BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT)
  B(BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION) B(BROTLI_DECODER_PARAM_LARGE_WINDOW)
  B(BROTLI_DECODER_NO_ERROR) B(BROTLI_DECODER_SUCCESS) B(BROTLI_DECODER_NEEDS_MORE_INPUT)
  B(BROTLI_DECODER_NEEDS_MORE_OUTPUT)
  B(BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE) B(BROTLI_DECODER_ERROR_FORMAT_RESERVED)
  B(BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE)
  B(BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET)
  B(BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME) B(BROTLI_DECODER_ERROR_FORMAT_CL_SPACE)
  B(BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE) B(BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT)
  B(BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1) B(BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2)
  B(BROTLI_DECODER_ERROR_FORMAT_TRANSFORM) B(BROTLI_DECODER_ERROR_FORMAT_DICTIONARY)
  B(BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS) B(BROTLI_DECODER_ERROR_FORMAT_PADDING_1)
  B(BROTLI_DECODER_ERROR_FORMAT_PADDING_2) B(BROTLI_DECODER_ERROR_FORMAT_DISTANCE)
  B(BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET) B(BROTLI_DECODER_ERROR_INVALID_ARGUMENTS)
  B(BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES) B(BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS)
  B(BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP) B(BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1)
  B(BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2) B(BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES)
  B(BROTLI_DECODER_ERROR_UNREACHABLE)
#undef B
  SetValue(env, target, "constants", constants);
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  std::span<const BindingMethod> all(kMethods);
  SetMethods(env, target, all.first(kBindingFunctions));
  v8::Local<v8::FunctionTemplate> handle = v8::FunctionTemplate::New(isolate, NewHandle);
  handle->InstanceTemplate()->SetInternalFieldCount(1);
  handle->SetClassName(Symbolize(isolate, "Zlib"));
  for (const BindingMethod& method : all.subspan(kBindingFunctions, kHandleMethods)) {
    handle->PrototypeTemplate()->Set(Symbolize(isolate, method.name),
                                     v8::FunctionTemplate::New(isolate, method.callback));
  }
  SetValue(env, target, "Handle", handle->GetFunction(env->context()).ToLocalChecked());
  SetConstants(env, target);
  SetValue(env, target, "zlibVersion", ToV8(isolate, zlibVersion()));
}

}  // namespace
}  // namespace kiln

KILN_REGISTER_BINDING(zlib, kiln::Initialize, kiln::kMethods)
