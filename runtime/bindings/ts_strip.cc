// internalBinding('ts_strip'): TypeScript and JSX to JavaScript for the module loaders, through
// ts-strip/ and its cache (internal/modules/typescript.js holds the policy).
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>

#include "binding.h"
#include "ts_strip/cache.h"
#include "ts_strip/ts_strip.h"
#include "utf8.h"
#include "util.h"

namespace kiln {
namespace {

constexpr int kFlagTransformTypes = 1;  // also implied by --transform-types on the command line
constexpr int kFlagVerbatimModuleSyntax = 2;
constexpr int kFlagJsxClassic = 4;

std::string Utf8Of(v8::Isolate* isolate, v8::Local<v8::String> string) {
  std::string out;
  out.resize(static_cast<size_t>(string->Utf8Length(isolate)));
  string->WriteUtf8(isolate, out.data(), static_cast<int>(out.size()), nullptr,
                    v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
  return out;
}

bool TransformTypesFlag(Environment* env) {
  const std::vector<std::string>& flags = env->options().exec_argv;
  return std::find_if(flags.begin(), flags.end(), [](const std::string& flag) {
           return flag == "--transform-types" || flag == "--experimental-transform-types";
         }) != flags.end();
}

// Options from the arguments (…, format, flags, jsxImportSource, jsxFactory,
// jsxFragmentFactory) starting at `first` (the format).
ts_strip::Options OptionsFrom(Environment* env, const v8::FunctionCallbackInfo<v8::Value>& args,
                              const std::string& filename, int first) {
  v8::Isolate* isolate = env->isolate();
  std::string format = args[first]->IsString() ? ToUtf8(isolate, args[first]) : std::string();
  int flags = args[first + 1]->IsInt32() ? args[first + 1].As<v8::Int32>()->Value() : 0;
  ts_strip::Options options;
  options.dialect = ts_strip::DialectForPath(filename);
  options.module = format == "module"     ? ts_strip::ModuleKind::kESModule
                   : format == "commonjs" ? ts_strip::ModuleKind::kCommonJS
                                          : ts_strip::ModuleKind::kDetect;
  options.transform_types = (flags & kFlagTransformTypes) != 0 || TransformTypesFlag(env);
  options.elide_unused_imports = (flags & kFlagVerbatimModuleSyntax) == 0;
  if (flags & kFlagJsxClassic) options.jsx.runtime = ts_strip::JsxRuntime::kClassic;
  if (args[first + 2]->IsString()) options.jsx.import_source = ToUtf8(isolate, args[first + 2]);
  if (args[first + 3]->IsString()) options.jsx.factory = ToUtf8(isolate, args[first + 3]);
  if (args[first + 4]->IsString()) {
    options.jsx.fragment_factory = ToUtf8(isolate, args[first + 4]);
  }
  return options;
}

// Returns the code, or throws the SyntaxError (code ERR_INVALID_TYPESCRIPT_SYNTAX or
// ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX) that prints "file:line:col", the line and a caret.
void ReturnResult(Environment* env, const v8::FunctionCallbackInfo<v8::Value>& args,
                  const ts_strip::Result& result, const std::string& filename,
                  std::string_view source) {
  v8::Isolate* isolate = env->isolate();
  if (result.ok) {
    v8::Local<v8::String> code;
    // Null when too long: V8 has thrown.
    if (NewStringFromUtf8(isolate, result.code.data(), result.code.size()).ToLocal(&code)) {
      args.GetReturnValue().Set(code);
    }
    return;
  }
  const ts_strip::Diagnostic& error = result.error;
  std::string message = error.message;
  if (!error.hint.empty()) message += "\nhint: " + error.hint;
  v8::Local<v8::Value> exception = v8::Exception::SyntaxError(ToV8(isolate, message));
  v8::Local<v8::Object> object = exception.As<v8::Object>();
  v8::Local<v8::Context> context = env->context();
  (void)object->Set(context, Symbolize(isolate, "code"), ToV8(isolate, error.code));
  std::string arrow = ts_strip::FormatDiagnosticArrow(filename, source, error);
  (void)object->SetPrivate(context, env->arrow_message_symbol(), ToV8(isolate, arrow));
  isolate->ThrowException(exception);
}

// strip(source, filename, format, flags, jsxImportSource, jsxFactory, jsxFragmentFactory)
//   format: 'module', 'commonjs', or anything else to detect it from the syntax.
// Returns the JavaScript or throws (see ReturnResult).
void Strip(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  CHECK(args[0]->IsString() && args[1]->IsString());
  std::string source = Utf8Of(isolate, args[0].As<v8::String>());
  std::string filename = ToUtf8(isolate, args[1]);
  ts_strip::Options options = OptionsFrom(env, args, filename, 2);
  ts_strip::Result result = ts_strip::Cache::Global().Strip(source, options);
  ReturnResult(env, args, result, filename, source);
}

// Cached output handed to V8 as it lies in the mapped cache file when it is ASCII (the common
// case): no copy, no decoding.
class MappedSource final : public v8::String::ExternalOneByteStringResource {
 public:
  explicit MappedSource(std::unique_ptr<ts_strip::MappedOutput> output)
      : output_(std::move(output)) {}
  const char* data() const override { return output_->data(); }
  size_t length() const override { return output_->size(); }

 private:
  std::unique_ptr<ts_strip::MappedOutput> output_;
};

v8::MaybeLocal<v8::String> MappedString(v8::Isolate* isolate,
                                        std::unique_ptr<ts_strip::MappedOutput> output) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(output->data());
  size_t size = output->size();
  if (size == 0 || size > static_cast<size_t>(v8::String::kMaxLength) ||
      AsciiPrefixLength(bytes, size) != size) {
    return NewStringFromUtf8(isolate, output->data(), size);
  }
  auto* resource = new MappedSource(std::move(output));
  v8::MaybeLocal<v8::String> result = v8::String::NewExternalOneByte(isolate, resource);
  if (result.IsEmpty()) delete resource;
  return result;
}

bool ReadRemaining(int fd, size_t size, std::string* out) {
  out->resize(size);
  size_t done = 0;
  while (done < size) {
    ssize_t n = read(fd, out->data() + done, size - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    if (n == 0) break;
    done += static_cast<size_t>(n);
  }
  out->resize(done);
  // A file that grew while read (or a /proc file, size 0): read to the end.
  if (done == size) {
    char buffer[16384];
    for (;;) {
      ssize_t n = read(fd, buffer, sizeof(buffer));
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) return false;
      if (n == 0) break;
      out->append(buffer, static_cast<size_t>(n));
    }
  }
  return true;
}

// stripFile(filename, format, flags, jsxImportSource, jsxFactory, jsxFragmentFactory): the
// JavaScript for a TypeScript file, as strip() of its UTF-8 text gives it. A file unchanged for
// a while is found in the cache by its stamp, without reading or hashing it. Throws as
// readSourceFile does when the file cannot be read.
void StripFile(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  CHECK(args[0]->IsString());
  std::string filename = ToUtf8(isolate, args[0]);
  int fd;
  do {
    fd = open(filename.c_str(), O_RDONLY | O_CLOEXEC);
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) return ThrowUVException(isolate, -errno, "open", filename.c_str());
  struct stat before;
  if (fstat(fd, &before) != 0 || S_ISDIR(before.st_mode)) {
    int error = S_ISDIR(before.st_mode) ? EISDIR : errno;
    close(fd);
    return ThrowUVException(isolate, -error, error == EISDIR ? "read" : "fstat", filename.c_str());
  }
  ts_strip::Options options = OptionsFrom(env, args, filename, 1);
  ts_strip::Cache& cache = ts_strip::Cache::Global();
  ts_strip::FileStamp stamp = ts_strip::StampOf(before);
  if (S_ISREG(before.st_mode)) {
    if (std::unique_ptr<ts_strip::MappedOutput> output = cache.FindByStamp(stamp, options)) {
      close(fd);
      v8::Local<v8::String> code;
      if (MappedString(isolate, std::move(output)).ToLocal(&code)) {
        args.GetReturnValue().Set(code);
      }
      return;
    }
  }
  std::string source;
  bool read_ok = ReadRemaining(fd, static_cast<size_t>(before.st_size), &source);
  int read_error = errno;
  struct stat after;
  // Only a file that did not change while it was read is recorded under its stamp.
  bool unchanged = read_ok && S_ISREG(before.st_mode) && fstat(fd, &after) == 0 &&
                   ts_strip::StampOf(after) == stamp;
  close(fd);
  if (!read_ok) return ThrowUVException(isolate, -read_error, "read", filename.c_str());
  if (!IsValidUtf8(source)) {
    // As the loaders decode any file: each invalid sequence becomes U+FFFD.
    v8::Local<v8::String> decoded;
    if (!NewStringFromUtf8(isolate, source.data(), source.size()).ToLocal(&decoded)) return;
    source = Utf8Of(isolate, decoded);
  }
  ts_strip::Result result = unchanged ? cache.StripFile(stamp, source, options)
                                      : cache.Strip(source, options);
  ReturnResult(env, args, result, filename, source);
}

// fileStamp(filename) -> a string that changes whenever the file's content may have changed,
// or undefined when the file is missing or changed too recently to be identified by its stamp.
void FileStampOf(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  CHECK(args[0]->IsString());
  std::string filename = ToUtf8(isolate, args[0]);
  struct stat info;
  if (stat(filename.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return;
  ts_strip::FileStamp stamp = ts_strip::StampOf(info);
  if (!ts_strip::IsSettled(stamp, ts_strip::NowNanoseconds())) return;
  std::string text = std::to_string(stamp.device) + ":" + std::to_string(stamp.inode) + ":" +
                     std::to_string(stamp.size) + ":" + std::to_string(stamp.mtime_ns) + ":" +
                     std::to_string(stamp.ctime_ns);
  args.GetReturnValue().Set(ToV8(isolate, text));
}

constexpr BindingMethod kMethods[] = {
    {"strip", Strip},
    {"stripFile", StripFile},
    {"fileStamp", FileStampOf},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env, target, kMethods);
  SetInteger(env, target, "kFlagTransformTypes", kFlagTransformTypes);
  SetInteger(env, target, "kFlagVerbatimModuleSyntax", kFlagVerbatimModuleSyntax);
  SetInteger(env, target, "kFlagJsxClassic", kFlagJsxClassic);
}

}  // namespace
}  // namespace kiln

KILN_REGISTER_BINDING(ts_strip, kiln::Initialize, kiln::kMethods)
