// internalBinding('fs'): file system calls on libuv's fs API. Each call is synchronous, or
// asynchronous on the thread pool when its last argument is a callback(err, result).
#include <fcntl.h>

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
  v8::Global<v8::Value> keep_alive;  // a buffer the thread pool writes into or reads from
  std::string syscall, path, dest;
  ResultBuilder build;
};

v8::Local<v8::Value> StatsArray(Environment* env, const uv_stat_t& s) {
  auto to_ms = [](const uv_timespec_t& t) {
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
  };
  double fields[] = {static_cast<double>(s.st_dev),   static_cast<double>(s.st_mode),
                     static_cast<double>(s.st_nlink), static_cast<double>(s.st_uid),
                     static_cast<double>(s.st_gid),   static_cast<double>(s.st_rdev),
                     static_cast<double>(s.st_blksize), static_cast<double>(s.st_ino),
                     static_cast<double>(s.st_size),  static_cast<double>(s.st_blocks),
                     to_ms(s.st_atim), to_ms(s.st_mtim), to_ms(s.st_ctim), to_ms(s.st_birthtim)};
  constexpr size_t kCount = sizeof(fields) / sizeof(fields[0]);
  v8::Local<v8::Float64Array> array =
      v8::Float64Array::New(v8::ArrayBuffer::New(env->isolate(), sizeof(fields)), 0, kCount);
  for (size_t i = 0; i < kCount; i++) {
    array->Set(env->context(), i, v8::Number::New(env->isolate(), fields[i])).Check();
  }
  return array;
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
v8::Local<v8::Value> ResultStats(Environment* env, uv_fs_t* req) {
  return StatsArray(env, req->statbuf);
}
v8::Local<v8::Value> ResultPath(Environment* env, uv_fs_t* req) {
  return ToV8(env->isolate(), static_cast<const char*>(req->ptr));
}

std::string PathArg(const v8::FunctionCallbackInfo<v8::Value>& args, int index) {
  return ToUtf8(args.GetIsolate(), args[index]);
}

int IntArg(const v8::FunctionCallbackInfo<v8::Value>& args, int index, int fallback = 0) {
  return args[index]->Int32Value(args.GetIsolate()->GetCurrentContext()).FromMaybe(fallback);
}

int64_t PositionArg(const v8::FunctionCallbackInfo<v8::Value>& args, int index) {
  if (!args[index]->IsNumber() && !args[index]->IsBigInt()) return -1;
  if (args[index]->IsBigInt()) return args[index].As<v8::BigInt>()->Int64Value();
  return static_cast<int64_t>(args[index].As<v8::Number>()->Value());
}

// internalModuleStat(path) -> 0 file, 1 directory, negative errno. Never throws: the module
// loader probes many paths that do not exist.
void InternalModuleStat(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  std::string path = PathArg(args, 0);
  uv_fs_t req;
  int err = uv_fs_stat(env->loop(), &req, path.c_str(), nullptr);
  int result = err;
  if (err == 0) result = S_ISDIR(req.statbuf.st_mode) ? 1 : 0;
  uv_fs_req_cleanup(&req);
  args.GetReturnValue().Set(result);
}

// readFileUtf8(path) -> string, synchronously.
void ReadFileUtf8(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  std::string path = PathArg(args, 0);
  uv_fs_t req;
  int fd = uv_fs_open(env->loop(), &req, path.c_str(), O_RDONLY | O_CLOEXEC, 0, nullptr);
  uv_fs_req_cleanup(&req);
  if (fd < 0) return ThrowUVException(isolate, fd, "open", path.c_str());
  std::string contents;
  char chunk[65536];
  int err = 0;
  while (true) {
    uv_buf_t buf = uv_buf_init(chunk, sizeof(chunk));
    int n = uv_fs_read(env->loop(), &req, fd, &buf, 1, -1, nullptr);
    uv_fs_req_cleanup(&req);
    if (n < 0) {
      err = n;
      break;
    }
    if (n == 0) break;
    contents.append(chunk, static_cast<size_t>(n));
  }
  uv_fs_close(env->loop(), &req, fd, nullptr);
  uv_fs_req_cleanup(&req);
  if (err < 0) return ThrowUVException(isolate, err, "read", path.c_str());
  v8::Local<v8::String> result;
  if (v8::String::NewFromUtf8(isolate, contents.data(), v8::NewStringType::kNormal,
                              static_cast<int>(contents.size()))
          .ToLocal(&result)) {
    args.GetReturnValue().Set(result);
  }
}

void Stat(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::string path = PathArg(args, 0);
  Dispatch(args, 1, "stat", path,
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_stat(loop, req, path.c_str(), cb);
           },
           ResultStats);
}

void Lstat(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::string path = PathArg(args, 0);
  Dispatch(args, 1, "lstat", path,
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_lstat(loop, req, path.c_str(), cb);
           },
           ResultStats);
}

void Fstat(const v8::FunctionCallbackInfo<v8::Value>& args) {
  int fd = IntArg(args, 0);
  Dispatch(args, 1, "fstat", "",
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) { return uv_fs_fstat(loop, req, fd, cb); },
           ResultStats);
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

char* ViewData(v8::Local<v8::Value> value, size_t* length) {
  v8::Local<v8::ArrayBufferView> view = value.As<v8::ArrayBufferView>();
  *length = view->ByteLength();
  return static_cast<char*>(view->Buffer()->Data()) + view->ByteOffset();
}

// read(fd, buffer, offset, length, position, callback?) -> bytesRead
void Read(const v8::FunctionCallbackInfo<v8::Value>& args) {
  CHECK(args[1]->IsArrayBufferView());
  int fd = IntArg(args, 0);
  size_t size = 0;
  char* data = ViewData(args[1], &size);
  size_t offset = static_cast<size_t>(IntArg(args, 2));
  size_t length = static_cast<size_t>(IntArg(args, 3));
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
  size_t offset = static_cast<size_t>(IntArg(args, 2));
  size_t length = static_cast<size_t>(IntArg(args, 3));
  CHECK(offset <= size && length <= size - offset);
  int64_t position = PositionArg(args, 4);
  uv_buf_t buf = uv_buf_init(data + offset, static_cast<unsigned>(length));
  Dispatch(args, 5, "write", "",
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_write(loop, req, fd, &buf, 1, position, cb);
           },
           ResultNumber, {}, args[1]);
}

void Readdir(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::string path = PathArg(args, 0);
  bool with_types = args[1]->IsTrue();
  Dispatch(args, 2, "scandir", path,
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_scandir(loop, req, path.c_str(), 0, cb);
           },
           [with_types](Environment* env, uv_fs_t* req) -> v8::Local<v8::Value> {
             v8::Isolate* isolate = env->isolate();
             std::vector<v8::Local<v8::Value>> names, types;
             uv_dirent_t entry;
             while (uv_fs_scandir_next(req, &entry) != UV_EOF) {
               names.push_back(ToV8(isolate, entry.name));
               types.push_back(v8::Integer::New(isolate, entry.type));
             }
             v8::Local<v8::Array> name_array = v8::Array::New(isolate, names.data(), names.size());
             if (!with_types) return name_array;
             v8::Local<v8::Value> pair[] = {name_array,
                                            v8::Array::New(isolate, types.data(), types.size())};
             return v8::Array::New(isolate, pair, 2);
           });
}

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
void Rename(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::string from = PathArg(args, 0), to = PathArg(args, 1);
  Dispatch(args, 2, "rename", from,
           [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_rename(loop, req, from.c_str(), to.c_str(), cb);
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

constexpr BindingMethod kMethods[] = {
    {"internalModuleStat", InternalModuleStat},
    {"readFileUtf8", ReadFileUtf8},
    {"stat", Stat},
    {"lstat", Lstat},
    {"fstat", Fstat},
    {"open", Open},
    {"close", Close},
    {"read", Read},
    {"writeBuffer", WriteBuffer},
    {"readdir", Readdir},
    {"realpath", Realpath},
    {"readlink", Readlink},
    {"mkdir", Mkdir},
    {"rmdir", Rmdir},
    {"unlink", Unlink},
    {"rename", Rename},
    {"mkdtemp", Mkdtemp},
    {"symlink", Symlink},
    {"access", Access},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) { SetMethods(env, target, kMethods); }

}  // namespace
}  // namespace kiln

KILN_REGISTER_BINDING(fs, kiln::Initialize, kiln::kMethods)
