// internalBinding('fs'): file system calls on libuv's fs API. Each call is synchronous, or
// asynchronous on the thread pool when its last argument is a callback(err, result). Whole-file
// reads and writes are one thread-pool job each (open, size, read or write, close), and the
// watchers (fs.watch on uv_fs_event, fs.watchFile on uv_fs_poll) call back into JS.
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "binding.h"
#include "callback_scope.h"

namespace kiln {
namespace {

using ResultBuilder = std::function<v8::Local<v8::Value>(Environment*, uv_fs_t*)>;

struct FsRequest {
  uv_fs_t req;
  Environment* env;
  v8::Global<v8::Function> callback;
  v8::Global<v8::Value> keep_alive;  // buffers the thread pool writes into or reads from
  std::string syscall, path, dest;
  ResultBuilder build;
};

// Stat fields as JS reads them (internal/fs/utils.js): dev, mode, nlink, uid, gid, rdev,
// blksize, ino, size, blocks, then seconds and nanoseconds of atime, mtime, ctime, birthtime.
constexpr size_t kStatFields = 18;

template <typename T>
void FillStats(const uv_stat_t& s, T* out) {
  const uint64_t ints[] = {s.st_dev, s.st_mode, s.st_nlink, s.st_uid, s.st_gid,
                           s.st_rdev, s.st_blksize, s.st_ino, s.st_size, s.st_blocks};
  for (size_t i = 0; i < 10; i++) out[i] = static_cast<T>(ints[i]);
  const uv_timespec_t times[] = {s.st_atim, s.st_mtim, s.st_ctim, s.st_birthtim};
  for (size_t i = 0; i < 4; i++) {
    out[10 + 2 * i] = static_cast<T>(times[i].tv_sec);
    out[11 + 2 * i] = static_cast<T>(times[i].tv_nsec);
  }
}

// A Float64Array (or BigInt64Array) of `count` stat records.
v8::Local<v8::Value> StatsArray(Environment* env, const uv_stat_t* stats, size_t count,
                                bool bigint) {
  v8::Isolate* isolate = env->isolate();
  size_t length = kStatFields * count;
  v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, length * 8);
  void* data = buffer->GetBackingStore()->Data();
  for (size_t i = 0; i < count; i++) {
    if (bigint) {
      FillStats(stats[i], static_cast<int64_t*>(data) + i * kStatFields);
    } else {
      FillStats(stats[i], static_cast<double*>(data) + i * kStatFields);
    }
  }
  if (bigint) return v8::BigInt64Array::New(buffer, 0, length);
  return v8::Float64Array::New(buffer, 0, length);
}

void AfterAsync(uv_fs_t* req) {
  std::unique_ptr<FsRequest> request(static_cast<FsRequest*>(req->data));
  Environment* env = request->env;
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  v8::Context::Scope context_scope(env->context());
  v8::Local<v8::Value> args[2] = {v8::Null(isolate), v8::Undefined(isolate)};
  if (req->result < 0) {
    args[0] = UVException(isolate, static_cast<int>(req->result), request->syscall.c_str(),
                          request->path.empty() ? nullptr : request->path.c_str(),
                          request->dest.empty() ? nullptr : request->dest.c_str());
  } else {
    args[1] = request->build(env, req);
  }
  uv_fs_req_cleanup(req);
  v8::Local<v8::Function> callback = request->callback.Get(isolate);
  (void)MakeCallback(env, v8::Undefined(isolate), callback, 2, args);
}

// Runs `start` synchronously (returning its result or throwing Node's error), or on the thread
// pool when args[callback_index] is a function.
void Dispatch(const v8::FunctionCallbackInfo<v8::Value>& args, int callback_index,
              const char* syscall, const std::string& path,
              const std::function<int(uv_loop_t*, uv_fs_t*, uv_fs_cb)>& start,
              ResultBuilder build, const std::string& dest = {},
              v8::Local<v8::Value> keep_alive = {}) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  if (args[callback_index]->IsFunction()) {
    auto request = std::make_unique<FsRequest>();
    request->env = env;
    request->callback.Reset(isolate, args[callback_index].As<v8::Function>());
    if (!keep_alive.IsEmpty()) request->keep_alive.Reset(isolate, keep_alive);
    request->syscall = syscall;
    request->path = path;
    request->dest = dest;
    request->build = std::move(build);
    request->req.data = request.get();
    int err = start(env->loop(), &request->req, AfterAsync);
    if (err < 0) {
      ThrowUVException(isolate, err, syscall, path.empty() ? nullptr : path.c_str());
      return;
    }
    request.release();
    return;
  }
  uv_fs_t req;
  int err = start(env->loop(), &req, nullptr);
  if (err < 0) {
    uv_fs_req_cleanup(&req);
    ThrowUVException(isolate, err, syscall, path.empty() ? nullptr : path.c_str(),
                     dest.empty() ? nullptr : dest.c_str());
    return;
  }
  args.GetReturnValue().Set(build(env, &req));
  uv_fs_req_cleanup(&req);
}

v8::Local<v8::Value> ResultNumber(Environment* env, uv_fs_t* req) {
  return v8::Number::New(env->isolate(), static_cast<double>(req->result));
}
v8::Local<v8::Value> ResultUndefined(Environment* env, uv_fs_t*) {
  return v8::Undefined(env->isolate());
}
v8::Local<v8::Value> ResultPath(Environment* env, uv_fs_t* req) {
  return ToV8(env->isolate(), static_cast<const char*>(req->ptr));
}
// Stats as a new array, or written into args[3] when a synchronous call passes one (the
// array JS keeps for that, so that statSync allocates nothing here).
ResultBuilder ResultStats(const v8::FunctionCallbackInfo<v8::Value>& args) {
  bool bigint = args[1]->IsTrue();
  if (!args[2]->IsFunction() && (bigint ? args[3]->IsBigInt64Array() : args[3]->IsFloat64Array())) {
    v8::Local<v8::TypedArray> out = args[3].As<v8::TypedArray>();
    CHECK(out->Length() >= kStatFields);
    return [out, bigint](Environment*, uv_fs_t* req) -> v8::Local<v8::Value> {
      char* data = static_cast<char*>(out->Buffer()->Data()) + out->ByteOffset();
      if (bigint) {
        FillStats(req->statbuf, reinterpret_cast<int64_t*>(data));
      } else {
        FillStats(req->statbuf, reinterpret_cast<double*>(data));
      }
      return out;
    };
  }
  return [bigint](Environment* env, uv_fs_t* req) {
    return StatsArray(env, &req->statbuf, 1, bigint);
  };
}

// A path argument: a string (UTF-8) or the bytes of a Buffer.
std::string PathArg(const v8::FunctionCallbackInfo<v8::Value>& args, int index) {
  if (args[index]->IsArrayBufferView()) {
    v8::Local<v8::ArrayBufferView> view = args[index].As<v8::ArrayBufferView>();
    std::string out(view->ByteLength(), '\0');
    view->CopyContents(out.data(), out.size());
    return out;
  }
  return ToUtf8(args.GetIsolate(), args[index]);
}

int IntArg(const v8::FunctionCallbackInfo<v8::Value>& args, int index, int fallback = 0) {
  return args[index]->Int32Value(args.GetIsolate()->GetCurrentContext()).FromMaybe(fallback);
}

double DoubleArg(const v8::FunctionCallbackInfo<v8::Value>& args, int index) {
  return args[index]->NumberValue(args.GetIsolate()->GetCurrentContext()).FromMaybe(0);
}

int64_t PositionArg(const v8::FunctionCallbackInfo<v8::Value>& args, int index) {
  if (args[index]->IsBigInt()) return args[index].As<v8::BigInt>()->Int64Value();
  if (!args[index]->IsNumber()) return -1;
  return static_cast<int64_t>(args[index].As<v8::Number>()->Value());
}

char* ViewData(v8::Local<v8::Value> value, size_t* length) {
  v8::Local<v8::ArrayBufferView> view = value.As<v8::ArrayBufferView>();
  *length = view->ByteLength();
  return static_cast<char*>(view->Buffer()->Data()) + view->ByteOffset();
}

// ---- Calls the module loader makes ----

// internalModuleStat(path) -> 0 file, 1 directory, negative errno. Never throws: the module
// loader probes many paths that do not exist.
void InternalModuleStat(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::string path = PathArg(args, 0);
  struct stat st;
  int result = stat(path.c_str(), &st) == 0 ? (S_ISDIR(st.st_mode) ? 1 : 0) : -errno;
  args.GetReturnValue().Set(result);
}

// Reads a whole file (or the rest of an open one) into malloc'ed memory. Returns 0 or a
// negative errno, with the failing syscall; `too_large` is set past 2 GiB - 1.
struct WholeFile {
  char* data = nullptr;
  size_t size = 0;
  const char* syscall = "open";
  bool too_large = false;
  uint64_t reported_size = 0;
  ~WholeFile() { free(data); }
  char* Release() {
    char* out = data;
    data = nullptr;
    return out;
  }
};

constexpr uint64_t kIoMaxLength = 2147483647;

constexpr int kMadvPopulateWrite = 23;  // MADV_POPULATE_WRITE

void* AlignDown(void* p) {
  return reinterpret_cast<void*>(reinterpret_cast<uintptr_t>(p) & ~uintptr_t{4095});
}

// Large transfers go in pieces of this size: the kernel handles a series of moderate writes
// faster than one huge one (less dirty-page throttling per call).
constexpr size_t kIoChunk = 512 * 1024;

int ReadWholeFd(int fd, WholeFile* out) {
  struct stat st;
  out->syscall = "fstat";
  if (fstat(fd, &st) != 0) return -errno;
  uint64_t size = S_ISREG(st.st_mode) ? static_cast<uint64_t>(st.st_size) : 0;
  if (size > kIoMaxLength) {
    out->too_large = true;
    out->reported_size = size;
    return 0;
  }
  out->syscall = "read";
  size_t capacity = size > 0 ? size : 65536;
  out->data = static_cast<char*>(malloc(capacity));
  if (out->data == nullptr) return UV_ENOMEM;
  // Fault the pages of a large buffer in ahead of the reads, in one call instead of a fault per
  // page inside read() (Linux 5.14+; older kernels ignore it).
  if (capacity >= (1u << 20)) madvise(AlignDown(out->data), capacity, kMadvPopulateWrite);
  while (true) {
    if (out->size == capacity) {
      if (size > 0) break;  // a regular file is read up to the size fstat gave
      if (capacity >= kIoMaxLength) {
        out->too_large = true;
        out->reported_size = capacity;
        return 0;
      }
      capacity *= 2;
      char* grown = static_cast<char*>(realloc(out->data, capacity));
      if (grown == nullptr) return UV_ENOMEM;
      out->data = grown;
    }
    ssize_t n = read(fd, out->data + out->size, std::min(capacity - out->size, kIoChunk * 4));
    if (n < 0) {
      if (errno == EINTR) continue;
      return -errno;
    }
    if (n == 0) break;
    out->size += static_cast<size_t>(n);
  }
  return 0;
}

int ReadWholeFile(const std::string& path, int fd, int flags, WholeFile* out) {
  bool own = fd < 0;
  if (own) {
    out->syscall = "open";
    fd = open(path.c_str(), flags | O_CLOEXEC, 0666);
    if (fd < 0) return -errno;
  }
  int err = ReadWholeFd(fd, out);
  if (own) close(fd);
  return err;
}

// A byte order mark stays in the text, as Node keeps it.
v8::MaybeLocal<v8::String> Utf8String(v8::Isolate* isolate, const char* data, size_t size) {
  return NewStringFromUtf8(isolate, data, size);
}

v8::Local<v8::Value> WholeFileResult(Environment* env, WholeFile* file, bool as_utf8) {
  v8::Isolate* isolate = env->isolate();
  if (file->too_large) return v8::Number::New(isolate, static_cast<double>(file->reported_size));
  if (as_utf8) {
    v8::Local<v8::String> text;
    if (!Utf8String(isolate, file->data, file->size).ToLocal(&text)) {
      return v8::Boolean::New(isolate, false);  // JS throws ERR_STRING_TOO_LONG
    }
    return text;
  }
  size_t size = file->size;
  if (size <= 64 * 1024) {
    // Small results are copied into memory V8 manages: no finalizer per buffer.
    v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, size);
    if (size > 0) memcpy(buffer->GetBackingStore()->Data(), file->data, size);
    return buffer;
  }
  std::unique_ptr<v8::BackingStore> store;
  {
    char* data = file->Release();
    store = v8::ArrayBuffer::NewBackingStore(
        data, size, [](void* data, size_t, void*) { free(data); }, nullptr);
  }
  return v8::ArrayBuffer::New(isolate, std::move(store));
}

// readFileUtf8(path | fd, flags?) -> string, synchronously (the loader's and readFileSync's
// fast path).
void ReadFileUtf8(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  int fd = args[0]->IsInt32() ? args[0].As<v8::Int32>()->Value() : -1;
  std::string path = fd >= 0 ? std::string() : PathArg(args, 0);
  int flags = args[1]->IsInt32() ? args[1].As<v8::Int32>()->Value() : O_RDONLY;
  WholeFile file;
  int err = ReadWholeFile(path, fd, flags, &file);
  if (err < 0) {
    bool with_path = strcmp(file.syscall, "open") == 0;
    return ThrowUVException(isolate, err, file.syscall, with_path ? path.c_str() : nullptr);
  }
  args.GetReturnValue().Set(WholeFileResult(env, &file, true));
}

// ---- Whole-file jobs on the thread pool ----

struct FileJob {
  uv_work_t work;
  Environment* env;
  v8::Global<v8::Function> callback;
  v8::Global<v8::Value> keep_alive;
  std::string path;
  int fd = -1;
  int flags = 0;
  int mode = 0666;
  bool as_utf8 = false;
  int err = 0;
  const char* syscall = "open";
  WholeFile file;            // readFile
  std::string owned;         // writeFile: the bytes of a string
  const char* bytes = nullptr;
  size_t length = 0;
};

int WriteAll(int fd, const char* data, size_t length, const char** syscall) {
  size_t written = 0;
  *syscall = "write";
  while (written < length) {
    ssize_t n = write(fd, data + written, std::min(length - written, kIoChunk));
    if (n < 0) {
      if (errno == EINTR) continue;
      return -errno;
    }
    written += static_cast<size_t>(n);
  }
  return 0;
}

int WriteWholeFile(const std::string& path, int fd, int flags, int mode, const char* data,
                   size_t length, const char** syscall) {
  bool own = fd < 0;
  if (own) {
    *syscall = "open";
    fd = open(path.c_str(), flags | O_CLOEXEC, mode);
    if (fd < 0) return -errno;
  }
  int err = WriteAll(fd, data, length, syscall);
  if (own) {
    if (close(fd) != 0 && err == 0) {
      *syscall = "close";
      err = -errno;
    }
  }
  return err;
}

void FinishJob(FileJob* job, v8::Local<v8::Value> result) {
  Environment* env = job->env;
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Value> argv[2] = {v8::Null(isolate), v8::Undefined(isolate)};
  if (job->err < 0) {
    bool with_path = strcmp(job->syscall, "open") == 0 && job->fd < 0;
    argv[0] = UVException(isolate, job->err, job->syscall, with_path ? job->path.c_str() : nullptr);
  } else {
    argv[1] = result;
  }
  v8::Local<v8::Function> callback = job->callback.Get(isolate);
  (void)MakeCallback(env, v8::Undefined(isolate), callback, 2, argv);
}

constexpr int kNotSmall = INT32_MIN;

// Reads a regular file named by `path` that fits into `scratch` there: its length, kNotSmall
// when it does not fit or is not a regular file (the general path then reads it), or -1 after
// throwing.
int ReadSmallFileInto(v8::Isolate* isolate, const std::string& path, int flags,
                      v8::Local<v8::Uint8Array> scratch) {
  char* data = static_cast<char*>(scratch->Buffer()->Data()) + scratch->ByteOffset();
  size_t capacity = scratch->ByteLength();
  int fd = open(path.c_str(), flags | O_CLOEXEC, 0666);
  if (fd < 0) {
    ThrowUVException(isolate, -errno, "open", path.c_str());
    return -1;
  }
  struct stat st;
  int result = kNotSmall;
  const char* syscall = "fstat";
  int err = 0;
  if (fstat(fd, &st) != 0) {
    err = -errno;
  } else if (S_ISREG(st.st_mode) && static_cast<uint64_t>(st.st_size) < capacity) {
    syscall = "read";
    size_t size = 0;
    while (size < capacity) {
      ssize_t n = read(fd, data + size, capacity - size);
      if (n < 0) {
        if (errno == EINTR) continue;
        err = -errno;
        break;
      }
      if (n == 0) break;
      size += static_cast<size_t>(n);
    }
    // A file that grew to fill the scratch goes through the general path instead.
    if (err == 0 && size < capacity) result = static_cast<int>(size);
  }
  close(fd);
  if (err != 0) {
    ThrowUVException(isolate, err, syscall, nullptr);
    return -1;
  }
  return result;
}

// readFileAll(path | fd, flags, asUtf8, callback?, scratch?) -> ArrayBuffer | string, or a
// number (the size) when the file is larger than 2 GiB - 1, or false when the text is too long
// for a string. Synchronously with a scratch Uint8Array, a small file comes back as
// { its bytes in scratch } and the result is -(length + 1).
void ReadFileAll(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  auto job = std::make_unique<FileJob>();
  job->env = env;
  job->fd = args[0]->IsInt32() ? args[0].As<v8::Int32>()->Value() : -1;
  if (job->fd < 0) job->path = PathArg(args, 0);
  job->flags = IntArg(args, 1, O_RDONLY);
  job->as_utf8 = args[2]->IsTrue();
  if (!args[3]->IsFunction()) {
    // A small file read into the caller's scratch array: the result is its length, and JS
    // copies it into a pooled Buffer (cheaper than one external ArrayBuffer per file).
    if (args[4]->IsUint8Array() && !job->as_utf8 && job->fd < 0) {
      int n = ReadSmallFileInto(isolate, job->path, job->flags, args[4].As<v8::Uint8Array>());
      if (n != kNotSmall) {
        if (n >= 0) args.GetReturnValue().Set(-(n + 1));
        return;  // n < 0: an exception is pending
      }
    }
    int err = ReadWholeFile(job->path, job->fd, job->flags, &job->file);
    if (err < 0) {
      bool with_path = strcmp(job->file.syscall, "open") == 0;
      return ThrowUVException(isolate, err, job->file.syscall,
                              with_path ? job->path.c_str() : nullptr);
    }
    args.GetReturnValue().Set(WholeFileResult(env, &job->file, job->as_utf8));
    return;
  }
  job->callback.Reset(isolate, args[3].As<v8::Function>());
  job->work.data = job.get();
  int err = uv_queue_work(
      env->loop(), &job->work,
      [](uv_work_t* work) {
        auto* job = static_cast<FileJob*>(work->data);
        job->err = ReadWholeFile(job->path, job->fd, job->flags, &job->file);
        job->syscall = job->file.syscall;
      },
      [](uv_work_t* work, int) {
        std::unique_ptr<FileJob> job(static_cast<FileJob*>(work->data));
        v8::Isolate* isolate = job->env->isolate();
        v8::HandleScope scope(isolate);
        v8::Context::Scope context_scope(job->env->context());
        v8::Local<v8::Value> result;
        if (job->err == 0) result = WholeFileResult(job->env, &job->file, job->as_utf8);
        FinishJob(job.get(), result);
      });
  if (err < 0) return ThrowUVException(isolate, err, "open", job->path.c_str());
  job.release();
}

// writeFileAll(path | fd, data, flags, mode, callback?): data is a string (written as UTF-8) or
// an ArrayBufferView.
void WriteFileAll(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  auto job = std::make_unique<FileJob>();
  job->env = env;
  job->fd = args[0]->IsInt32() ? args[0].As<v8::Int32>()->Value() : -1;
  if (job->fd < 0) job->path = PathArg(args, 0);
  job->flags = IntArg(args, 2, O_WRONLY | O_CREAT | O_TRUNC);
  job->mode = IntArg(args, 3, 0666);
  if (args[1]->IsString()) {
    v8::Local<v8::String> text = args[1].As<v8::String>();
    job->owned.resize(static_cast<size_t>(text->Utf8Length(isolate)));
    text->WriteUtf8(isolate, job->owned.data(), static_cast<int>(job->owned.size()), nullptr,
                    v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
    job->bytes = job->owned.data();
    job->length = job->owned.size();
  } else {
    CHECK(args[1]->IsArrayBufferView());
    job->bytes = ViewData(args[1], &job->length);
    job->keep_alive.Reset(isolate, args[1]);
  }
  if (!args[4]->IsFunction()) {
    const char* syscall = "open";
    int err = WriteWholeFile(job->path, job->fd, job->flags, job->mode, job->bytes, job->length,
                             &syscall);
    if (err < 0) {
      bool with_path = strcmp(syscall, "open") == 0 && job->fd < 0;
      return ThrowUVException(isolate, err, syscall, with_path ? job->path.c_str() : nullptr);
    }
    return;
  }
  job->callback.Reset(isolate, args[4].As<v8::Function>());
  job->work.data = job.get();
  int err = uv_queue_work(
      env->loop(), &job->work,
      [](uv_work_t* work) {
        auto* job = static_cast<FileJob*>(work->data);
        job->err = WriteWholeFile(job->path, job->fd, job->flags, job->mode, job->bytes,
                                  job->length, &job->syscall);
      },
      [](uv_work_t* work, int) {
        std::unique_ptr<FileJob> job(static_cast<FileJob*>(work->data));
        v8::Isolate* isolate = job->env->isolate();
        v8::HandleScope scope(isolate);
        v8::Context::Scope context_scope(job->env->context());
        FinishJob(job.get(), v8::Undefined(isolate));
      });
  if (err < 0) return ThrowUVException(isolate, err, "open", job->path.c_str());
  job.release();
}

// ---- One call per syscall ----

void Stat(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::string path = PathArg(args, 0);
  Dispatch(args, 2, "stat", path,
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_stat(loop, req, path.c_str(), cb);
           },
           ResultStats(args));
}

void Lstat(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::string path = PathArg(args, 0);
  Dispatch(args, 2, "lstat", path,
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_lstat(loop, req, path.c_str(), cb);
           },
           ResultStats(args));
}

void Fstat(const v8::FunctionCallbackInfo<v8::Value>& args) {
  int fd = IntArg(args, 0);
  Dispatch(args, 2, "fstat", "",
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) { return uv_fs_fstat(loop, req, fd, cb); },
           ResultStats(args));
}

// statfs(path, bigint) -> [type, bsize, blocks, bfree, bavail, files, ffree]
void Statfs(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::string path = PathArg(args, 0);
  bool bigint = args[1]->IsTrue();
  Dispatch(args, 2, "statfs", path,
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_statfs(loop, req, path.c_str(), cb);
           },
           [bigint](Environment* env, uv_fs_t* req) -> v8::Local<v8::Value> {
             auto* s = static_cast<uv_statfs_t*>(req->ptr);
             const uint64_t fields[] = {s->f_type, s->f_bsize, s->f_blocks, s->f_bfree,
                                        s->f_bavail, s->f_files, s->f_ffree};
             v8::Isolate* isolate = env->isolate();
             v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, 7 * 8);
             void* data = buffer->GetBackingStore()->Data();
             for (size_t i = 0; i < 7; i++) {
               if (bigint) {
                 static_cast<int64_t*>(data)[i] = static_cast<int64_t>(fields[i]);
               } else {
                 static_cast<double*>(data)[i] = static_cast<double>(fields[i]);
               }
             }
             if (bigint) return v8::BigInt64Array::New(buffer, 0, 7);
             return v8::Float64Array::New(buffer, 0, 7);
           });
}

void Open(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::string path = PathArg(args, 0);
  int flags = IntArg(args, 1, O_RDONLY) | O_CLOEXEC;
  int mode = IntArg(args, 2, 0666);
  Dispatch(args, 3, "open", path,
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_open(loop, req, path.c_str(), flags, mode, cb);
           },
           ResultNumber);
}

void Close(const v8::FunctionCallbackInfo<v8::Value>& args) {
  int fd = IntArg(args, 0);
  Dispatch(args, 1, "close", "",
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) { return uv_fs_close(loop, req, fd, cb); },
           ResultUndefined);
}

// read(fd, buffer, offset, length, position, callback?) -> bytesRead
void Read(const v8::FunctionCallbackInfo<v8::Value>& args) {
  CHECK(args[1]->IsArrayBufferView());
  int fd = IntArg(args, 0);
  size_t size = 0;
  char* data = ViewData(args[1], &size);
  size_t offset = static_cast<size_t>(DoubleArg(args, 2));
  size_t length = static_cast<size_t>(DoubleArg(args, 3));
  CHECK(offset <= size && length <= size - offset);
  int64_t position = PositionArg(args, 4);
  uv_buf_t buf = uv_buf_init(data + offset, static_cast<unsigned>(length));
  Dispatch(args, 5, "read", "",
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_read(loop, req, fd, &buf, 1, position, cb);
           },
           ResultNumber, {}, args[1]);
}

// writeBuffer(fd, buffer, offset, length, position, callback?) -> bytesWritten
void WriteBuffer(const v8::FunctionCallbackInfo<v8::Value>& args) {
  CHECK(args[1]->IsArrayBufferView());
  int fd = IntArg(args, 0);
  size_t size = 0;
  char* data = ViewData(args[1], &size);
  size_t offset = static_cast<size_t>(DoubleArg(args, 2));
  size_t length = static_cast<size_t>(DoubleArg(args, 3));
  CHECK(offset <= size && length <= size - offset);
  int64_t position = PositionArg(args, 4);
  uv_buf_t buf = uv_buf_init(data + offset, static_cast<unsigned>(length));
  Dispatch(args, 5, "write", "",
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_write(loop, req, fd, &buf, 1, position, cb);
           },
           ResultNumber, {}, args[1]);
}

// The uv_buf_t list of an array of ArrayBufferViews.
std::vector<uv_buf_t> BufferList(v8::Isolate* isolate, v8::Local<v8::Array> array) {
  std::vector<uv_buf_t> bufs;
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  for (uint32_t i = 0; i < array->Length(); i++) {
    v8::Local<v8::Value> item = array->Get(context, i).ToLocalChecked();
    CHECK(item->IsArrayBufferView());
    size_t length = 0;
    char* data = ViewData(item, &length);
    bufs.push_back(uv_buf_init(data, static_cast<unsigned>(length)));
  }
  return bufs;
}

// readBuffers(fd, buffers, position, callback?) -> bytesRead (readv)
void ReadBuffers(const v8::FunctionCallbackInfo<v8::Value>& args) {
  CHECK(args[1]->IsArray());
  int fd = IntArg(args, 0);
  std::vector<uv_buf_t> bufs = BufferList(args.GetIsolate(), args[1].As<v8::Array>());
  int64_t position = PositionArg(args, 2);
  Dispatch(args, 3, "read", "",
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_read(loop, req, fd, bufs.data(), static_cast<unsigned>(bufs.size()),
                               position, cb);
           },
           ResultNumber, {}, args[1]);
}

// writeBuffers(fd, buffers, position, callback?) -> bytesWritten (writev)
void WriteBuffers(const v8::FunctionCallbackInfo<v8::Value>& args) {
  CHECK(args[1]->IsArray());
  int fd = IntArg(args, 0);
  std::vector<uv_buf_t> bufs = BufferList(args.GetIsolate(), args[1].As<v8::Array>());
  int64_t position = PositionArg(args, 2);
  Dispatch(args, 3, "write", "",
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_write(loop, req, fd, bufs.data(), static_cast<unsigned>(bufs.size()),
                                position, cb);
           },
           ResultNumber, {}, args[1]);
}

v8::Local<v8::Value> ScandirResult(Environment* env, uv_fs_t* req, bool with_types) {
  v8::Isolate* isolate = env->isolate();
  std::vector<v8::Local<v8::Value>> names, types;
  uv_dirent_t entry;
  while (uv_fs_scandir_next(req, &entry) != UV_EOF) {
    names.push_back(ToV8(isolate, entry.name));
    types.push_back(v8::Integer::New(isolate, entry.type));
  }
  v8::Local<v8::Array> name_array = v8::Array::New(isolate, names.data(), names.size());
  if (!with_types) return name_array;
  v8::Local<v8::Value> pair[] = {name_array, v8::Array::New(isolate, types.data(), types.size())};
  return v8::Array::New(isolate, pair, 2);
}

// readdir(path, withTypes, callback?) -> names | [names, types]
void Readdir(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::string path = PathArg(args, 0);
  bool with_types = args[1]->IsTrue();
  Dispatch(args, 2, "scandir", path,
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_scandir(loop, req, path.c_str(), 0, cb);
           },
           [with_types](Environment* env, uv_fs_t* req) {
             return ScandirResult(env, req, with_types);
           });
}

// ---- Directory handles (fs.opendir) ----

struct DirHandle {
  uv_dir_t* dir = nullptr;
  std::vector<uv_dirent_t> dirents;
};

DirHandle* DirFrom(v8::Local<v8::Value> value) {
  CHECK(value->IsExternal());
  return static_cast<DirHandle*>(value.As<v8::External>()->Value());
}

// opendir(path, callback?) -> handle
void Opendir(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::string path = PathArg(args, 0);
  Dispatch(args, 1, "opendir", path,
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_opendir(loop, req, path.c_str(), cb);
           },
           [](Environment* env, uv_fs_t* req) -> v8::Local<v8::Value> {
             auto* handle = new DirHandle();
             handle->dir = static_cast<uv_dir_t*>(req->ptr);
             return v8::External::New(env->isolate(), handle);
           });
}

// dirRead(handle, bufferSize, callback?) -> [names, types] or null at the end
void DirRead(const v8::FunctionCallbackInfo<v8::Value>& args) {
  DirHandle* handle = DirFrom(args[0]);
  int size = std::max(1, IntArg(args, 1, 32));
  handle->dirents.resize(static_cast<size_t>(size));
  handle->dir->dirents = handle->dirents.data();
  handle->dir->nentries = handle->dirents.size();
  Dispatch(args, 2, "scandir", "",
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_readdir(loop, req, handle->dir, cb);
           },
           [](Environment* env, uv_fs_t* req) -> v8::Local<v8::Value> {
             v8::Isolate* isolate = env->isolate();
             if (req->result == 0) return v8::Null(isolate);
             auto* dir = static_cast<uv_dir_t*>(req->ptr);
             std::vector<v8::Local<v8::Value>> names, types;
             for (ssize_t i = 0; i < req->result; i++) {
               names.push_back(ToV8(isolate, dir->dirents[i].name));
               types.push_back(v8::Integer::New(isolate, dir->dirents[i].type));
             }
             v8::Local<v8::Value> pair[] = {v8::Array::New(isolate, names.data(), names.size()),
                                            v8::Array::New(isolate, types.data(), types.size())};
             return v8::Array::New(isolate, pair, 2);
           });
}

// dirClose(handle, callback?)
void DirClose(const v8::FunctionCallbackInfo<v8::Value>& args) {
  DirHandle* handle = DirFrom(args[0]);
  uv_dir_t* dir = handle->dir;
  Dispatch(args, 1, "closedir", "",
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_closedir(loop, req, dir, cb);
           },
           [handle](Environment* env, uv_fs_t*) -> v8::Local<v8::Value> {
             delete handle;
             return v8::Undefined(env->isolate());
           });
}

// ---- Paths ----

void Realpath(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::string path = PathArg(args, 0);
  Dispatch(args, 1, "realpath", path,
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_realpath(loop, req, path.c_str(), cb);
           },
           ResultPath);
}

void Readlink(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::string path = PathArg(args, 0);
  Dispatch(args, 1, "readlink", path,
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_readlink(loop, req, path.c_str(), cb);
           },
           ResultPath);
}

void Mkdir(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::string path = PathArg(args, 0);
  int mode = IntArg(args, 1, 0777);
  Dispatch(args, 2, "mkdir", path,
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_mkdir(loop, req, path.c_str(), mode, cb);
           },
           ResultUndefined);
}

void Rmdir(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::string path = PathArg(args, 0);
  Dispatch(args, 1, "rmdir", path,
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_rmdir(loop, req, path.c_str(), cb);
           },
           ResultUndefined);
}

void Unlink(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::string path = PathArg(args, 0);
  Dispatch(args, 1, "unlink", path,
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_unlink(loop, req, path.c_str(), cb);
           },
           ResultUndefined);
}

v8::Local<v8::Value> ResultTempPath(Environment* env, uv_fs_t* req) {
  return ToV8(env->isolate(), req->path);
}
void Mkdtemp(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::string prefix = PathArg(args, 0) + "XXXXXX";
  Dispatch(args, 1, "mkdtemp", prefix,
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_mkdtemp(loop, req, prefix.c_str(), cb);
           },
           ResultTempPath);
}

// symlink(target, path, flags): flags are UV_FS_SYMLINK_DIR / _JUNCTION (used on Windows only).
void Symlink(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::string target = PathArg(args, 0), path = PathArg(args, 1);
  int flags = IntArg(args, 2, 0);
  Dispatch(args, 3, "symlink", target,
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_symlink(loop, req, target.c_str(), path.c_str(), flags, cb);
           },
           ResultUndefined, path);
}

void Link(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::string existing = PathArg(args, 0), path = PathArg(args, 1);
  Dispatch(args, 2, "link", existing,
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_link(loop, req, existing.c_str(), path.c_str(), cb);
           },
           ResultUndefined, path);
}

void Rename(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::string from = PathArg(args, 0), to = PathArg(args, 1);
  Dispatch(args, 2, "rename", from,
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_rename(loop, req, from.c_str(), to.c_str(), cb);
           },
           ResultUndefined, to);
}

// copyFile(src, dest, mode, callback?): mode is COPYFILE_EXCL | _FICLONE | _FICLONE_FORCE.
void CopyFile(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::string from = PathArg(args, 0), to = PathArg(args, 1);
  int mode = IntArg(args, 2, 0);
  Dispatch(args, 3, "copyfile", from,
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_copyfile(loop, req, from.c_str(), to.c_str(), mode, cb);
           },
           ResultUndefined, to);
}

void Access(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::string path = PathArg(args, 0);
  int mode = IntArg(args, 1, F_OK);
  Dispatch(args, 2, "access", path,
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_access(loop, req, path.c_str(), mode, cb);
           },
           ResultUndefined);
}

// ---- Metadata and descriptors ----

void Ftruncate(const v8::FunctionCallbackInfo<v8::Value>& args) {
  int fd = IntArg(args, 0);
  int64_t length = static_cast<int64_t>(DoubleArg(args, 1));
  Dispatch(args, 2, "ftruncate", "",
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_ftruncate(loop, req, fd, length, cb);
           },
           ResultUndefined);
}

void Fsync(const v8::FunctionCallbackInfo<v8::Value>& args) {
  int fd = IntArg(args, 0);
  Dispatch(args, 1, "fsync", "",
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) { return uv_fs_fsync(loop, req, fd, cb); },
           ResultUndefined);
}

void Fdatasync(const v8::FunctionCallbackInfo<v8::Value>& args) {
  int fd = IntArg(args, 0);
  Dispatch(args, 1, "fdatasync", "",
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_fdatasync(loop, req, fd, cb);
           },
           ResultUndefined);
}

void Chmod(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::string path = PathArg(args, 0);
  int mode = IntArg(args, 1);
  Dispatch(args, 2, "chmod", path,
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_chmod(loop, req, path.c_str(), mode, cb);
           },
           ResultUndefined);
}

void Fchmod(const v8::FunctionCallbackInfo<v8::Value>& args) {
  int fd = IntArg(args, 0);
  int mode = IntArg(args, 1);
  Dispatch(args, 2, "fchmod", "",
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_fchmod(loop, req, fd, mode, cb);
           },
           ResultUndefined);
}

void Chown(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::string path = PathArg(args, 0);
  auto uid = static_cast<uv_uid_t>(DoubleArg(args, 1));
  auto gid = static_cast<uv_gid_t>(DoubleArg(args, 2));
  Dispatch(args, 3, "chown", path,
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_chown(loop, req, path.c_str(), uid, gid, cb);
           },
           ResultUndefined);
}

void Lchown(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::string path = PathArg(args, 0);
  auto uid = static_cast<uv_uid_t>(DoubleArg(args, 1));
  auto gid = static_cast<uv_gid_t>(DoubleArg(args, 2));
  Dispatch(args, 3, "lchown", path,
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_lchown(loop, req, path.c_str(), uid, gid, cb);
           },
           ResultUndefined);
}

void Fchown(const v8::FunctionCallbackInfo<v8::Value>& args) {
  int fd = IntArg(args, 0);
  auto uid = static_cast<uv_uid_t>(DoubleArg(args, 1));
  auto gid = static_cast<uv_gid_t>(DoubleArg(args, 2));
  Dispatch(args, 3, "fchown", "",
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_fchown(loop, req, fd, uid, gid, cb);
           },
           ResultUndefined);
}

// utimes/lutimes(path, atime, mtime), futimes(fd, atime, mtime): times in seconds.
void Utimes(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::string path = PathArg(args, 0);
  double atime = DoubleArg(args, 1), mtime = DoubleArg(args, 2);
  Dispatch(args, 3, "utime", path,
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_utime(loop, req, path.c_str(), atime, mtime, cb);
           },
           ResultUndefined);
}

void Lutimes(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::string path = PathArg(args, 0);
  double atime = DoubleArg(args, 1), mtime = DoubleArg(args, 2);
  Dispatch(args, 3, "lutime", path,
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_lutime(loop, req, path.c_str(), atime, mtime, cb);
           },
           ResultUndefined);
}

void Futimes(const v8::FunctionCallbackInfo<v8::Value>& args) {
  int fd = IntArg(args, 0);
  double atime = DoubleArg(args, 1), mtime = DoubleArg(args, 2);
  Dispatch(args, 3, "futime", "",
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_futime(loop, req, fd, atime, mtime, cb);
           },
           ResultUndefined);
}

// ---- Watchers ----

struct FsEventWatcher {
  uv_fs_event_t handle;
  Environment* env;
  v8::Global<v8::Function> callback;
};

struct FsPollWatcher {
  uv_fs_poll_t handle;
  Environment* env;
  v8::Global<v8::Function> callback;
  bool bigint = false;
};

// fsEventStart(path, callback(status, eventType, filename)) -> handle, or a negative errno.
void FsEventStart(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  std::string path = PathArg(args, 0);
  CHECK(args[1]->IsFunction());
  auto watcher = std::make_unique<FsEventWatcher>();
  watcher->env = env;
  watcher->callback.Reset(isolate, args[1].As<v8::Function>());
  uv_fs_event_init(env->loop(), &watcher->handle);
  watcher->handle.data = watcher.get();
  int err = uv_fs_event_start(
      &watcher->handle,
      [](uv_fs_event_t* handle, const char* filename, int events, int status) {
        auto* watcher = static_cast<FsEventWatcher*>(handle->data);
        Environment* env = watcher->env;
        v8::Isolate* isolate = env->isolate();
        v8::HandleScope scope(isolate);
        v8::Context::Scope context_scope(env->context());
        const char* type = (events & UV_RENAME) ? "rename" : "change";
        v8::Local<v8::Value> argv[3] = {
            v8::Integer::New(isolate, status), ToV8(isolate, type),
            filename != nullptr ? ToV8(isolate, filename).As<v8::Value>()
                                 : v8::Null(isolate).As<v8::Value>()};
        (void)MakeCallback(env, v8::Undefined(isolate), watcher->callback.Get(isolate), 3, argv);
      },
      path.c_str(), 0);
  if (err < 0) {
    FsEventWatcher* raw = watcher.release();
    uv_close(reinterpret_cast<uv_handle_t*>(&raw->handle),
             [](uv_handle_t* handle) { delete static_cast<FsEventWatcher*>(handle->data); });
    return args.GetReturnValue().Set(err);
  }
  args.GetReturnValue().Set(v8::External::New(isolate, watcher.release()));
}

void FsEventClose(const v8::FunctionCallbackInfo<v8::Value>& args) {
  CHECK(args[0]->IsExternal());
  auto* watcher = static_cast<FsEventWatcher*>(args[0].As<v8::External>()->Value());
  uv_close(reinterpret_cast<uv_handle_t*>(&watcher->handle),
           [](uv_handle_t* handle) { delete static_cast<FsEventWatcher*>(handle->data); });
}

// fsPollStart(path, intervalMs, bigint, callback(status, statsPair)) -> handle, or errno.
void FsPollStart(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  std::string path = PathArg(args, 0);
  unsigned interval = static_cast<unsigned>(DoubleArg(args, 1));
  CHECK(args[3]->IsFunction());
  auto watcher = std::make_unique<FsPollWatcher>();
  watcher->env = env;
  watcher->bigint = args[2]->IsTrue();
  watcher->callback.Reset(isolate, args[3].As<v8::Function>());
  uv_fs_poll_init(env->loop(), &watcher->handle);
  watcher->handle.data = watcher.get();
  int err = uv_fs_poll_start(
      &watcher->handle,
      [](uv_fs_poll_t* handle, int status, const uv_stat_t* prev, const uv_stat_t* curr) {
        auto* watcher = static_cast<FsPollWatcher*>(handle->data);
        Environment* env = watcher->env;
        v8::Isolate* isolate = env->isolate();
        v8::HandleScope scope(isolate);
        v8::Context::Scope context_scope(env->context());
        uv_stat_t pair[2] = {*curr, *prev};
        v8::Local<v8::Value> argv[2] = {v8::Integer::New(isolate, status),
                                        StatsArray(env, pair, 2, watcher->bigint)};
        (void)MakeCallback(env, v8::Undefined(isolate), watcher->callback.Get(isolate), 2, argv);
      },
      path.c_str(), interval);
  if (err < 0) {
    FsPollWatcher* raw = watcher.release();
    uv_close(reinterpret_cast<uv_handle_t*>(&raw->handle),
             [](uv_handle_t* handle) { delete static_cast<FsPollWatcher*>(handle->data); });
    return args.GetReturnValue().Set(err);
  }
  args.GetReturnValue().Set(v8::External::New(isolate, watcher.release()));
}

void FsPollClose(const v8::FunctionCallbackInfo<v8::Value>& args) {
  CHECK(args[0]->IsExternal());
  auto* watcher = static_cast<FsPollWatcher*>(args[0].As<v8::External>()->Value());
  uv_close(reinterpret_cast<uv_handle_t*>(&watcher->handle),
           [](uv_handle_t* handle) { delete static_cast<FsPollWatcher*>(handle->data); });
}

// handleRef(handle, ref): both watcher kinds start with a uv_handle_t.
void HandleRef(const v8::FunctionCallbackInfo<v8::Value>& args) {
  CHECK(args[0]->IsExternal());
  auto* handle = static_cast<uv_handle_t*>(args[0].As<v8::External>()->Value());
  if (args[1]->IsTrue()) {
    uv_ref(handle);
  } else {
    uv_unref(handle);
  }
}

constexpr BindingMethod kMethods[] = {
    {"internalModuleStat", InternalModuleStat},
    {"readFileUtf8", ReadFileUtf8},
    {"readFileAll", ReadFileAll},
    {"writeFileAll", WriteFileAll},
    {"stat", Stat},
    {"lstat", Lstat},
    {"fstat", Fstat},
    {"statfs", Statfs},
    {"open", Open},
    {"close", Close},
    {"read", Read},
    {"readBuffers", ReadBuffers},
    {"writeBuffer", WriteBuffer},
    {"writeBuffers", WriteBuffers},
    {"readdir", Readdir},
    {"opendir", Opendir},
    {"dirRead", DirRead},
    {"dirClose", DirClose},
    {"realpath", Realpath},
    {"readlink", Readlink},
    {"mkdir", Mkdir},
    {"rmdir", Rmdir},
    {"unlink", Unlink},
    {"rename", Rename},
    {"copyFile", CopyFile},
    {"mkdtemp", Mkdtemp},
    {"symlink", Symlink},
    {"link", Link},
    {"access", Access},
    {"ftruncate", Ftruncate},
    {"fsync", Fsync},
    {"fdatasync", Fdatasync},
    {"chmod", Chmod},
    {"fchmod", Fchmod},
    {"chown", Chown},
    {"fchown", Fchown},
    {"lchown", Lchown},
    {"utimes", Utimes},
    {"futimes", Futimes},
    {"lutimes", Lutimes},
    {"fsEventStart", FsEventStart},
    {"fsEventClose", FsEventClose},
    {"fsPollStart", FsPollStart},
    {"fsPollClose", FsPollClose},
    {"handleRef", HandleRef},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) { SetMethods(env, target, kMethods); }

}  // namespace
}  // namespace kiln

KILN_REGISTER_BINDING(fs, kiln::Initialize, kiln::kMethods)
