// internalBinding('zlib'): the compression streams of runtime/src/compression.h (Debian's zlib
// and brotli) as JS handles. A write runs inline (writeSync) or on the thread pool (write) and
// reports the space left in the output and input through a Uint32Array shared with JS; errors
// go to handle.onerror(message, errno, code) with Node's messages and codes.
#include <algorithm>
#include <cstdlib>
#include <limits>
#include <memory>
#include <thread>
#include <vector>

#include "binding.h"
#include "callback_scope.h"
#include "compression.h"
#include "parallel_deflate.h"

namespace kiln {
namespace {

// The JS handle of one CompressionStream. Owned by its JS object (freed when that is
// collected), kept strongly reachable while a thread-pool write is in flight.
class ZlibHandle {
 public:
  ZlibHandle(Environment* env, v8::Local<v8::Object> object, int mode)
      : env_(env), object_(env->isolate(), object), stream_(mode) {
    object->SetAlignedPointerInInternalField(0, this);
    object_.SetWeak(this, OnWeak, v8::WeakCallbackType::kParameter);
    work_.data = this;
  }

  static ZlibHandle* From(const v8::FunctionCallbackInfo<v8::Value>& args) {
    v8::Local<v8::Object> self = args.This();
    if (self->InternalFieldCount() < 1) return nullptr;
    return static_cast<ZlibHandle*>(self->GetAlignedPointerFromInternalField(0));
  }

  CompressionStream& stream() { return stream_; }
  bool write_in_progress() const { return write_in_progress_; }
  bool closed() const { return closed_; }

  void SetWriteState(v8::Local<v8::Uint32Array> state, v8::Local<v8::Function> callback) {
    v8::Isolate* isolate = env_->isolate();
    write_state_.Reset(isolate, state);
    callback_.Reset(isolate, callback);
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

  // write(flush, in, inOff, inLen, out, outOff, outLen[, spares]), inline or on the thread
  // pool. `spares` (async only) is an array of empty output buffers: when `out` fills up, the
  // same job goes on into them one by one, exactly as JS would with fresh buffers in further
  // writes, so that a large output costs one thread-pool round trip per few windows instead of
  // one per window.
  void StartWrite(const v8::FunctionCallbackInfo<v8::Value>& args, bool async) {
    v8::Isolate* isolate = args.GetIsolate();
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    // Only internal misuse gets here (Node aborts): an error, not a crash.
    if (closed_ || pending_close_ || write_in_progress_) {
      isolate->ThrowException(v8::Exception::Error(ToV8(
          isolate, write_in_progress_ ? "zlib write already in progress" : "zlib binding closed")));
      return;
    }
    flush_ = args[0]->Int32Value(context).FromMaybe(0);
    in_ = nullptr;
    in_len_ = 0;
    if (args[1]->IsArrayBufferView()) {
      v8::Local<v8::ArrayBufferView> view = args[1].As<v8::ArrayBufferView>();
      uint32_t in_off = args[2]->Uint32Value(context).FromMaybe(0);
      in_len_ = args[3]->Uint32Value(context).FromMaybe(0);
      CHECK(static_cast<size_t>(in_off) + in_len_ <= view->ByteLength());
      in_ = static_cast<const uint8_t*>(view->Buffer()->Data()) + view->ByteOffset() + in_off;
      if (async) in_buffer_.Reset(isolate, view);
    }
    CHECK(args[4]->IsArrayBufferView());
    v8::Local<v8::ArrayBufferView> out_view = args[4].As<v8::ArrayBufferView>();
    uint32_t out_off = args[5]->Uint32Value(context).FromMaybe(0);
    out_len_ = args[6]->Uint32Value(context).FromMaybe(0);
    CHECK(static_cast<size_t>(out_off) + out_len_ <= out_view->ByteLength());
    out_ = static_cast<uint8_t*>(out_view->Buffer()->Data()) + out_view->ByteOffset() + out_off;
    if (async) out_buffer_.Reset(isolate, out_view);
    spares_.clear();
    if (async && args[7]->IsArray()) {
      v8::Local<v8::Array> array = args[7].As<v8::Array>();
      uint32_t count = std::min<uint32_t>(array->Length(), kMaxSpares);
      for (uint32_t i = 0; i < count; i++) {
        v8::Local<v8::Value> value;
        if (!array->Get(context, i).ToLocal(&value) || !value->IsArrayBufferView()) break;
        v8::Local<v8::ArrayBufferView> view = value.As<v8::ArrayBufferView>();
        if (view->ByteLength() == 0 || view->ByteLength() > UINT32_MAX) break;
        spares_.push_back({static_cast<uint8_t*>(view->Buffer()->Data()) + view->ByteOffset(),
                           static_cast<uint32_t>(view->ByteLength())});
      }
      spares_array_.Reset(isolate, array);
    }
    if (parallel_ != nullptr) {
      // A stream that flushes or ends before one block of input goes to zlib as a whole (same
      // bytes as Node); so does one written synchronously.
      bool small = !parallel_->started() && flush_ != Z_NO_FLUSH &&
                   parallel_->open_length() + in_len_ < ParallelDeflate::kBlockSize;
      if (!async || small) {
        if (parallel_->started()) {
          isolate->ThrowException(
              v8::Exception::Error(ToV8(isolate, "zlib write already in progress")));
          return;
        }
        prefix_ = parallel_->TakeUnsealed();
        parallel_.reset();
      } else {
        write_in_progress_ = true;
        UpdateWeakness();
        deliver_ptr_ = out_;
        deliver_left_ = out_len_;
        deliver_window_ = 0;
        spares_used_ = 0;
        PumpParallel(true);
        return;
      }
    }
    CombinePrefix();
    write_in_progress_ = true;

    if (!async) {
      DoWork();
      ReportMemory();
      CompressionError error = stream_.error();
      if (error.IsError()) {
        EmitError(error);
        return;
      }
      UpdateWriteState(stream_.avail_out(), reported_avail_in_, 0, 0);
      write_in_progress_ = false;
      return;
    }
    UpdateWeakness();
    CHECK(uv_queue_work(env_->loop(), &work_, WorkOnThread, AfterWork) == 0);
  }

  // Gzip, Deflate and DeflateRaw streams with the default window and no dictionary compress
  // large inputs in parallel blocks (runtime/src/parallel_deflate.h).
  void MaybeCompressInParallel(int window_bits, int level, bool has_dictionary) {
    int mode = stream_.mode();
    if (mode != CompressionStream::kGzip && mode != CompressionStream::kDeflate &&
        mode != CompressionStream::kDeflateRaw) {
      return;
    }
    if (window_bits != 15 || level == 0 || has_dictionary) return;
    const char* off = std::getenv("KILN_ZLIB_NO_PARALLEL");
    if (off != nullptr && off[0] != '\0' && off[0] != '0') return;
    parallel_ = std::make_unique<ParallelDeflate>(
        mode == CompressionStream::kGzip   ? ParallelDeflate::kGzip
        : mode == CompressionStream::kDeflate ? ParallelDeflate::kZlib
                                              : ParallelDeflate::kRaw,
        level, window_bits, mem_level_, strategy_);
  }
  int mem_level_ = 8;
  int strategy_ = 0;

  // Returns true when the parallel engine took the change (or was not in use).
  bool SetParallelParams(int level, int strategy) {
    if (parallel_ == nullptr) return false;
    if (parallel_->started()) {
      parallel_->SetParams(level, strategy);
      return true;
    }
    prefix_ = parallel_->TakeUnsealed();
    parallel_.reset();
    return false;
  }

  // reset() while a write is on the thread pool happens once no write is in flight.
  void Reset() {
    if (closed_) return;
    if (write_in_progress_) {
      pending_reset_ = true;
      return;
    }
    RetireParallel();
    prefix_.clear();
    CompressionError error = stream_.Reset();
    if (error.IsError()) EmitError(error);
  }

  void Close() {
    if (write_in_progress_) {
      pending_close_ = true;
      return;
    }
    pending_close_ = false;
    closed_ = true;
    RetireParallel();
    stream_.Close();
    ReportMemory();
  }

 private:
  void DoWork() {
    stream_.Write(flush_, in_, in_len_, out_, out_len_);
    spares_used_ = 0;
    error_in_spare_ = false;
    // Go on while a window filled up, as JS would: into the spare buffers.
    while (spares_used_ < spares_.size() && stream_.avail_out() == 0 &&
           !stream_.error().IsError()) {
      ok_avail_in_ = stream_.avail_in();
      const uint8_t* next_in = in_ == nullptr ? nullptr : in_ + (in_len_ - ok_avail_in_);
      const Spare& spare = spares_[spares_used_++];
      stream_.Write(flush_, next_in, ok_avail_in_, spare.data, spare.length);
      if (stream_.error().IsError()) error_in_spare_ = true;
    }
    if (combined_) {
      ok_avail_in_ = std::min(ok_avail_in_, js_in_len_);
      reported_avail_in_ = UncombinePrefix(stream_.avail_in());
    } else {
      reported_avail_in_ = stream_.avail_in();
    }
  }

  // Input parallel_ had taken before it handed the stream to zlib goes in front of the next
  // serial write; JS sees only its own input consumed.
  void CombinePrefix() {
    combined_ = false;
    if (prefix_.empty()) return;
    combined_input_.assign(prefix_.begin(), prefix_.end());
    if (in_len_ > 0) combined_input_.insert(combined_input_.end(), in_, in_ + in_len_);
    js_in_len_ = in_len_;
    in_ = combined_input_.data();
    in_len_ = static_cast<uint32_t>(combined_input_.size());
    combined_ = true;
  }

  uint32_t UncombinePrefix(uint32_t avail_in) {
    combined_ = false;
    uint32_t prefix_length = in_len_ - js_in_len_;
    std::vector<uint8_t>().swap(combined_input_);
    if (avail_in <= js_in_len_) {
      std::vector<uint8_t>().swap(prefix_);
      return avail_in;
    }
    uint32_t prefix_left = avail_in - js_in_len_;
    prefix_.erase(prefix_.begin(), prefix_.begin() + (prefix_length - prefix_left));
    return js_in_len_;
  }

  // ---- parallel deflate ----

  struct BlockJob {
    uv_work_t work;
    ZlibHandle* self;
    ParallelDeflate* engine;
    ParallelDeflate::Block* block;
  };

  static size_t MaxBlocksInFlight() {
    static const size_t count = std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 3);
    return count;
  }

  void ScheduleBlock(ParallelDeflate::Block* block) {
    if (block == nullptr) return;
    auto* job = new BlockJob{{}, this, parallel_.get(), block};
    job->work.data = job;
    jobs_++;
    UpdateWeakness();
    CHECK(uv_queue_work(
              env_->loop(), &job->work,
              [](uv_work_t* work) {
                ParallelDeflate::Compress(static_cast<BlockJob*>(work->data)->block);
              },
              AfterBlock) == 0);
  }

  static void AfterBlock(uv_work_t* work, int status) {
    auto* job = static_cast<BlockJob*>(work->data);
    ZlibHandle* self = job->self;
    ParallelDeflate* engine = job->engine;
    engine->BlockDone(job->block);
    delete job;
    self->jobs_--;
    if (engine != self->parallel_.get()) {
      if (engine->in_flight() == 0) {
        std::erase_if(self->retired_, [engine](const auto& e) { return e.get() == engine; });
      }
      self->UpdateWeakness();
      return;
    }
    if (status == UV_ECANCELED || self->env_->stopping()) {
      self->UpdateWeakness();
      return;
    }
    Environment* env = self->env_;
    v8::Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    v8::Context::Scope context_scope(env->context());
    v8::Local<v8::Object> object = self->object_.Get(isolate);
    (void)object;
    if (self->waiting_) self->PumpParallel(false);
    self->UpdateWeakness();
  }

  // Moves input into blocks, starts full ones, hands finished output to the write's windows,
  // and ends the write once its input is in and (for a flush) all output is out.
  void PumpParallel(bool in_write_call) {
    ParallelDeflate& engine = *parallel_;
    for (;;) {
      if (engine.block_full()) {
        // A full block waits for more input, so that a flush or the end can close it.
        if (in_len_ == 0 || engine.in_flight() >= MaxBlocksInFlight()) break;
        ScheduleBlock(engine.Seal(Z_NO_FLUSH));
        continue;
      }
      if (in_len_ == 0) break;
      size_t took = engine.Feed(in_, in_len_);
      if (took == 0) break;
      in_ += took;
      in_len_ -= static_cast<uint32_t>(took);
    }
    if (in_len_ == 0 && flush_ != Z_NO_FLUSH) {
      if (flush_ == Z_FINISH) {
        if (!engine.finishing()) ScheduleBlock(engine.Seal(Z_FINISH));
      } else if (engine.open_empty()) {
        // The last block ended with a sync flush: everything is out once it is drained.
        if (flush_ == Z_FULL_FLUSH) engine.FullFlushWithoutBlock();
      } else {
        ScheduleBlock(engine.Seal(flush_));
      }
    }
    // Nothing is out before the first block: the stream may still go to zlib as a whole.
    while (engine.started()) {
      if (deliver_left_ == 0) {
        if (deliver_window_ >= spares_.size() || !engine.output_pending()) break;
        const Spare& spare = spares_[deliver_window_++];
        deliver_ptr_ = spare.data;
        deliver_left_ = spare.length;
        spares_used_ = deliver_window_;
      }
      size_t n = engine.Drain(deliver_ptr_, deliver_left_);
      if (n == 0) break;
      deliver_ptr_ += n;
      deliver_left_ -= static_cast<uint32_t>(n);
    }
    if (engine.failed()) {
      waiting_ = false;
      write_in_progress_ = false;
      ReleaseWriteBuffers();
      if (!in_write_call) {
        EmitError({"Zlib error", "Z_MEM_ERROR", Z_MEM_ERROR});
      } else {
        FinishParallelWriteLater(true);
      }
      return;
    }
    bool windows_full = deliver_left_ == 0 && deliver_window_ >= spares_.size();
    bool done = windows_full || (in_len_ == 0 && (flush_ == Z_NO_FLUSH || engine.all_done()));
    if (!done) {
      waiting_ = true;
      return;
    }
    waiting_ = false;
    UpdateWriteState(deliver_left_, in_len_, static_cast<uint32_t>(spares_used_), 0);
    if (in_write_call) {
      FinishParallelWriteLater(false);
    } else {
      FinishParallelWrite();
    }
  }

  // The write's callback must not run inside handle.write(): one thread-pool hop.
  void FinishParallelWriteLater(bool failed) {
    noop_pending_ = true;
    noop_failed_ = failed;
    UpdateWeakness();
    CHECK(uv_queue_work(
              env_->loop(), &work_, [](uv_work_t*) {},
              [](uv_work_t* work, int status) {
                auto* self = static_cast<ZlibHandle*>(work->data);
                Environment* env = self->env_;
                v8::Isolate* isolate = env->isolate();
                v8::HandleScope scope(isolate);
                v8::Context::Scope context_scope(env->context());
                v8::Local<v8::Object> object = self->object_.Get(isolate);
                (void)object;
                self->noop_pending_ = false;
                if (status == UV_ECANCELED || env->stopping()) {
                  self->write_in_progress_ = false;
                  self->Close();
                  self->UpdateWeakness();
                  return;
                }
                if (self->noop_failed_) {
                  self->EmitError({"Zlib error", "Z_MEM_ERROR", Z_MEM_ERROR});
                } else {
                  self->FinishParallelWrite();
                }
                self->UpdateWeakness();
              }) == 0);
  }

  void FinishParallelWrite() {
    v8::Isolate* isolate = env_->isolate();
    v8::Local<v8::Object> object = object_.Get(isolate);
    ReleaseWriteBuffers();
    write_in_progress_ = false;
    UpdateWeakness();
    (void)MakeCallback(env_, object, callback_.Get(isolate), 0, nullptr);
    if (pending_close_) {
      Close();
    } else if (pending_reset_ && !write_in_progress_) {
      pending_reset_ = false;
      Reset();
    }
  }

  void ReleaseWriteBuffers() {
    in_buffer_.Reset();
    out_buffer_.Reset();
    spares_array_.Reset();
  }

  // Blocks still on the thread pool keep their engine until they are back.
  void RetireParallel() {
    if (parallel_ == nullptr) return;
    if (parallel_->in_flight() > 0) retired_.push_back(std::move(parallel_));
    parallel_.reset();
  }

  // The JS object (and this) stay alive while anything of theirs is on the thread pool.
  void UpdateWeakness() {
    bool busy = write_in_progress_ || jobs_ > 0 || noop_pending_;
    if (busy && weak_) {
      object_.ClearWeak();
      weak_ = false;
    } else if (!busy && !weak_) {
      object_.SetWeak(this, OnWeak, v8::WeakCallbackType::kParameter);
      weak_ = true;
    }
  }

  static void WorkOnThread(uv_work_t* work) { static_cast<ZlibHandle*>(work->data)->DoWork(); }

  static void AfterWork(uv_work_t* work, int status) {
    auto* self = static_cast<ZlibHandle*>(work->data);
    Environment* env = self->env_;
    v8::Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    v8::Context::Scope context_scope(env->context());
    // A local handle keeps the object (and through it the JS stream) alive until this returns:
    // once the handle is weak again, the pipeline may be reachable from nothing else, and the
    // external-memory report below can run a GC.
    v8::Local<v8::Object> object = self->object_.Get(isolate);
    self->ReleaseWriteBuffers();
    self->write_in_progress_ = false;
    self->UpdateWeakness();
    self->ReportMemory();
    if (status == UV_ECANCELED || env->stopping()) {
      self->Close();
      return;
    }
    CompressionError error = self->stream_.error();
    if (error.IsError()) {
      if (self->error_in_spare_) {
        // The windows before the failing one are output, as separate writes would have pushed
        // them before the error: JS pushes them (state[3] says an error follows), then the error.
        self->UpdateWriteState(0, self->ok_avail_in_, self->spares_used_ - 1, 1);
        (void)MakeCallback(env, object, self->callback_.Get(isolate), 0, nullptr);
        if (self->closed_ || self->pending_close_) return;
      }
      self->EmitError(error);
      return;
    }
    self->UpdateWriteState(self->stream_.avail_out(), self->reported_avail_in_, self->spares_used_,
                           0);
    (void)MakeCallback(env, object, self->callback_.Get(isolate), 0, nullptr);
    if (self->pending_close_) {
      self->Close();
    } else if (self->pending_reset_ && !self->write_in_progress_) {
      self->pending_reset_ = false;
      self->Reset();
    }
  }

  // The write state JS reads: output space left in the last window, input left, spare
  // buffers used, and 1 when an error follows.
  void UpdateWriteState(uint32_t avail_out, uint32_t avail_in, uint32_t spares_used,
                        uint32_t error_follows) {
    v8::Local<v8::Uint32Array> state = write_state_.Get(env_->isolate());
    CHECK(state->Length() >= 4);
    auto* fields = reinterpret_cast<uint32_t*>(static_cast<char*>(state->Buffer()->Data()) +
                                               state->ByteOffset());
    fields[0] = avail_out;
    fields[1] = avail_in;
    fields[2] = spares_used;
    fields[3] = error_follows;
  }

  // Tells V8 how much memory the compressors hold, so that unclosed streams get collected.
  void ReportMemory() {
    int64_t delta = stream_.allocated() - reported_;
    if (delta != 0) {
      env_->isolate()->AdjustAmountOfExternalAllocatedMemory(delta);
      reported_ = stream_.allocated();
    }
  }

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
  v8::Global<v8::Array> spares_array_;
  CompressionStream stream_;
  uv_work_t work_;
  int flush_ = 0;
  const uint8_t* in_ = nullptr;
  uint32_t in_len_ = 0;
  uint8_t* out_ = nullptr;
  uint32_t out_len_ = 0;
  struct Spare {
    uint8_t* data;
    uint32_t length;
  };
  static constexpr uint32_t kMaxSpares = 64;
  std::vector<Spare> spares_;
  size_t spares_used_ = 0;
  uint32_t reported_avail_in_ = 0;
  std::unique_ptr<ParallelDeflate> parallel_;
  std::vector<std::unique_ptr<ParallelDeflate>> retired_;
  std::vector<uint8_t> prefix_;
  std::vector<uint8_t> combined_input_;
  bool combined_ = false;
  uint32_t js_in_len_ = 0;
  uint8_t* deliver_ptr_ = nullptr;
  uint32_t deliver_left_ = 0;
  size_t deliver_window_ = 0;
  size_t jobs_ = 0;
  bool waiting_ = false;
  bool noop_pending_ = false;
  bool noop_failed_ = false;
  bool weak_ = true;
  bool error_in_spare_ = false;
  uint32_t ok_avail_in_ = 0;
  bool write_in_progress_ = false;
  bool pending_close_ = false;
  bool pending_reset_ = false;
  bool closed_ = false;
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
  CHECK(mode >= CompressionStream::kDeflate && mode <= CompressionStream::kBrotliEncode);
  new ZlibHandle(env, args.This(), mode);
}

// handle.init(windowBits, level, memLevel, strategy, writeState, processCallback, dictionary)
// handle.init(brotliParams, writeState, processCallback) for brotli -> true, or false when a
// parameter was refused.
void Init(const v8::FunctionCallbackInfo<v8::Value>& args) {
  ZlibHandle* self = ZlibHandle::From(args);
  if (self == nullptr) return;
  v8::Local<v8::Context> context = args.GetIsolate()->GetCurrentContext();
  if (self->stream().is_brotli()) {
    CHECK(args[0]->IsUint32Array() && args[1]->IsUint32Array() && args[2]->IsFunction());
    v8::Local<v8::Uint32Array> params = args[0].As<v8::Uint32Array>();
    std::vector<uint32_t> values(params->Length());
    if (!values.empty()) params->CopyContents(values.data(), values.size() * sizeof(uint32_t));
    self->SetWriteState(args[1].As<v8::Uint32Array>(), args[2].As<v8::Function>());
    args.GetReturnValue().Set(self->stream().InitBrotli(values.data(), values.size()));
    return;
  }
  CHECK(args[4]->IsUint32Array() && args[5]->IsFunction());
  int window_bits = args[0]->Int32Value(context).FromMaybe(15);
  int level = args[1]->Int32Value(context).FromMaybe(-1);
  int mem_level = args[2]->Int32Value(context).FromMaybe(8);
  int strategy = args[3]->Int32Value(context).FromMaybe(0);
  self->SetWriteState(args[4].As<v8::Uint32Array>(), args[5].As<v8::Function>());
  std::vector<uint8_t> dictionary = BytesOf(args[6]);
  bool has_dictionary = !dictionary.empty() || args[6]->IsArrayBufferView();
  self->stream().InitZlib(level, window_bits, mem_level, strategy, std::move(dictionary));
  self->mem_level_ = mem_level;
  self->strategy_ = strategy;
  self->MaybeCompressInParallel(window_bits, level, has_dictionary);
  args.GetReturnValue().Set(true);
}

// handle.write(flush, in, inOff, inLen, out, outOff, outLen): on the thread pool; then
// processCallback (this = handle) or onerror.
void Write(const v8::FunctionCallbackInfo<v8::Value>& args) {
  ZlibHandle* self = ZlibHandle::From(args);
  if (self == nullptr) return;
  self->StartWrite(args, true);
}

// handle.writeSync(…same…): inline; the result is in the write state (or onerror was called).
void WriteSync(const v8::FunctionCallbackInfo<v8::Value>& args) {
  ZlibHandle* self = ZlibHandle::From(args);
  if (self == nullptr) return;
  self->StartWrite(args, false);
}

void Params(const v8::FunctionCallbackInfo<v8::Value>& args) {
  ZlibHandle* self = ZlibHandle::From(args);
  if (self == nullptr || self->closed()) return;
  v8::Isolate* isolate = args.GetIsolate();
  if (self->write_in_progress()) {
    // node:zlib changes parameters only between writes; only internal misuse gets here.
    isolate->ThrowException(
        v8::Exception::Error(ToV8(isolate, "zlib write already in progress")));
    return;
  }
  v8::Local<v8::Context> context = args.GetIsolate()->GetCurrentContext();
  int level = args[0]->Int32Value(context).FromMaybe(-1);
  int strategy = args[1]->Int32Value(context).FromMaybe(0);
  if (self->SetParallelParams(level, strategy)) return;
  CompressionError error = self->stream().SetParams(level, strategy);
  if (error.IsError()) self->EmitError(error);
}

void Reset(const v8::FunctionCallbackInfo<v8::Value>& args) {
  ZlibHandle* self = ZlibHandle::From(args);
  if (self != nullptr) self->Reset();
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
  set("DEFLATE", CompressionStream::kDeflate);
  set("INFLATE", CompressionStream::kInflate);
  set("GZIP", CompressionStream::kGzip);
  set("GUNZIP", CompressionStream::kGunzip);
  set("DEFLATERAW", CompressionStream::kDeflateRaw);
  set("INFLATERAW", CompressionStream::kInflateRaw);
  set("UNZIP", CompressionStream::kUnzip);
  set("BROTLI_DECODE", CompressionStream::kBrotliDecode);
  set("BROTLI_ENCODE", CompressionStream::kBrotliEncode);
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
