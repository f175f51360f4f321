// --transform-types: JavaScript for the TypeScript constructs that are more than types (enums,
// namespaces, parameter properties, `import x = require()`, `import x = N.y`, `export =`),
// written as tsc writes them for ES2022. Generated code stays on the lines of the code it
// replaces, so line numbers hold; columns after it on those lines move.
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstring>
#include <optional>

#include "stripper.h"

namespace kiln::ts_strip {

// A constant enum member value: a number or a string.
struct ConstValue {
  bool is_string = false;
  double number = 0;
  std::string string;
};

namespace {

constexpr char kUnsupported[] = "ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX";

std::string QuoteString(std::string_view text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20) {
          char buffer[8];
          std::snprintf(buffer, sizeof(buffer), "\\x%02X", c);
          out += buffer;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
  return out;
}

// Number -> string as JavaScript's Number.prototype.toString() writes it for the values enums
// hold (integers, and shortest round-trip otherwise).
std::string NumberToJs(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value < 0 ? "-Infinity" : "Infinity";
  if (value == 0) return "0";
  if (std::fabs(value) < 1e21 && value == std::trunc(value)) {
    char buffer[32];
    std::snprintf(buffer, sizeof(buffer), "%.0f", value);
    return buffer;
  }
  char buffer[64];
  auto result = std::to_chars(buffer, buffer + sizeof(buffer), value);
  std::string text(buffer, result.ptr);
  // to_chars writes 1e-07 where JS writes 1e-7.
  size_t e = text.find('e');
  if (e != std::string::npos) {
    std::string mantissa = text.substr(0, e);
    std::string exponent = text.substr(e + 1);
    bool negative = !exponent.empty() && exponent[0] == '-';
    size_t digits = exponent.find_first_not_of("+-0");
    exponent = digits == std::string::npos ? "0" : exponent.substr(digits);
    text = mantissa + "e" + (negative ? "-" : "+") + exponent;
  }
  return text;
}

void AppendUtf8(uint32_t code, std::string* out) {
  if (code < 0x80) {
    out->push_back(static_cast<char>(code));
  } else if (code < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (code >> 6)));
    out->push_back(static_cast<char>(0x80 | (code & 0x3F)));
  } else if (code < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (code >> 12)));
    out->push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (code & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (code >> 18)));
    out->push_back(static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (code & 0x3F)));
  }
}

// The value of a JS string literal's body (escapes decoded); nullopt for what it cannot decode.
std::optional<std::string> DecodeStringBody(std::string_view body) {
  std::string out;
  for (size_t i = 0; i < body.size(); i++) {
    char c = body[i];
    if (c != '\\') {
      out += c;
      continue;
    }
    if (++i >= body.size()) return std::nullopt;
    char e = body[i];
    switch (e) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'r': out += '\r'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'v': out += '\v'; break;
      case '0':
        if (i + 1 < body.size() && std::isdigit(static_cast<unsigned char>(body[i + 1]))) {
          return std::nullopt;  // legacy octal
        }
        out += '\0';
        break;
      case '\r':
        if (i + 1 < body.size() && body[i + 1] == '\n') i++;
        break;
      case '\n':
        break;
      case 'x': {
        if (i + 2 >= body.size()) return std::nullopt;
        unsigned value = 0;
        auto r = std::from_chars(body.data() + i + 1, body.data() + i + 3, value, 16);
        if (r.ptr != body.data() + i + 3) return std::nullopt;
        AppendUtf8(value, &out);
        i += 2;
        break;
      }
      case 'u': {
        unsigned value = 0;
        if (i + 1 < body.size() && body[i + 1] == '{') {
          size_t close = body.find('}', i);
          if (close == std::string_view::npos) return std::nullopt;
          auto r = std::from_chars(body.data() + i + 2, body.data() + close, value, 16);
          if (r.ptr != body.data() + close || value > 0x10FFFF) return std::nullopt;
          i = close;
        } else {
          if (i + 4 >= body.size()) return std::nullopt;
          auto r = std::from_chars(body.data() + i + 1, body.data() + i + 5, value, 16);
          if (r.ptr != body.data() + i + 5) return std::nullopt;
          i += 4;
          // A surrogate pair written as two escapes.
          if (value >= 0xD800 && value <= 0xDBFF && i + 6 < body.size() && body[i + 1] == '\\' &&
              body[i + 2] == 'u') {
            unsigned low = 0;
            auto r2 = std::from_chars(body.data() + i + 3, body.data() + i + 7, low, 16);
            if (r2.ptr == body.data() + i + 7 && low >= 0xDC00 && low <= 0xDFFF) {
              value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00);
              i += 6;
            }
          }
        }
        if (value >= 0xD800 && value <= 0xDFFF) return std::nullopt;  // lone surrogate
        AppendUtf8(value, &out);
        break;
      }
      default:
        if (std::isdigit(static_cast<unsigned char>(e))) return std::nullopt;
        out += e;
        break;
    }
  }
  return out;
}

std::optional<double> ParseNumber(std::string_view text) {
  std::string digits;
  for (char c : text) {
    if (c != '_') digits += c;
  }
  if (digits.empty() || digits.back() == 'n') return std::nullopt;  // BigInt
  int base = 10;
  size_t skip = 0;
  if (digits.size() > 2 && digits[0] == '0') {
    char b = static_cast<char>(std::tolower(static_cast<unsigned char>(digits[1])));
    if (b == 'x') base = 16, skip = 2;
    if (b == 'o') base = 8, skip = 2;
    if (b == 'b') base = 2, skip = 2;
  }
  if (base != 10) {
    double value = 0;
    for (size_t i = skip; i < digits.size(); i++) {
      int d = std::isdigit(static_cast<unsigned char>(digits[i]))
                  ? digits[i] - '0'
                  : std::tolower(static_cast<unsigned char>(digits[i])) - 'a' + 10;
      if (d < 0 || d >= base) return std::nullopt;
      value = value * base + d;
    }
    return value;
  }
  char* end = nullptr;
  double value = std::strtod(digits.c_str(), &end);
  if (end != digits.c_str() + digits.size()) return std::nullopt;
  return value;
}

int32_t ToInt32(double value) {
  if (!std::isfinite(value)) return 0;
  double truncated = std::trunc(value);
  double modulo = std::fmod(truncated, 4294967296.0);
  if (modulo < 0) modulo += 4294967296.0;
  return static_cast<int32_t>(static_cast<uint32_t>(modulo));
}

bool IsIdentifierName(std::string_view name) {
  if (name.empty()) return false;
  for (size_t i = 0; i < name.size(); i++) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    bool ok = std::isalpha(c) || c == '_' || c == '$' || c >= 0x80 || (i > 0 && std::isdigit(c));
    if (!ok) return false;
  }
  return true;
}

}  // namespace

// Evaluates the constant expressions enum members may have, as tsc does.
class ConstEvaluator {
 public:
  ConstEvaluator(const Stripper& stripper, const std::string& enum_name,
                 const std::unordered_map<std::string, ConstValue>& members,
                 const std::unordered_map<std::string, std::unordered_map<std::string, ConstValue>>&
                     enums)
      : s_(stripper), enum_name_(enum_name), members_(members), enums_(enums) {}

  std::optional<ConstValue> Evaluate(TSNode node, int depth = 0) {
    if (depth > 200 || ts_node_is_null(node)) return std::nullopt;
    Kind kind = s_.KindOf(node);
    std::string_view text = s_.Text(node);
    switch (kind) {
      case Kind::kNumber: {
        auto value = ParseNumber(text);
        if (!value) return std::nullopt;
        return ConstValue{false, *value, {}};
      }
      case Kind::kString: {
        if (text.size() < 2) return std::nullopt;
        auto value = DecodeStringBody(text.substr(1, text.size() - 2));
        if (!value) return std::nullopt;
        return ConstValue{true, 0, *value};
      }
      case Kind::kTemplateString: {
        if (ts_node_named_child_count(node) > 0) {
          // Only string fragments and escapes, no substitutions.
          bool plain = true;
          s_.ForEachChild(node, [&](TSNode child, FieldId) {
            if (ts_node_is_named(child) && s_.KindOf(child) != Kind::kStringFragment &&
                std::strcmp(ts_node_type(child), "escape_sequence") != 0) {
              plain = false;
            }
            return plain;
          });
          if (!plain) return std::nullopt;
        }
        auto value = DecodeStringBody(text.substr(1, text.size() - 2));
        if (!value) return std::nullopt;
        return ConstValue{true, 0, *value};
      }
      case Kind::kParenthesizedExpression:
        return Evaluate(ts_node_named_child(node, 0), depth + 1);
      case Kind::kIdentifier: {
        auto found = members_.find(std::string(text));
        if (found != members_.end()) return found->second;
        if (text == "Infinity") return ConstValue{false, INFINITY, {}};
        if (text == "NaN") return ConstValue{false, NAN, {}};
        return std::nullopt;
      }
      case Kind::kMemberExpression: {
        TSNode object = s_.ChildByField(node, FieldId::kObject);
        TSNode property = s_.ChildByField(node, FieldId::kProperty);
        if (ts_node_is_null(object) || ts_node_is_null(property) ||
            s_.KindOf(object) != Kind::kIdentifier) {
          return std::nullopt;
        }
        return Member(std::string(s_.Text(object)), std::string(s_.Text(property)));
      }
      case Kind::kSubscriptExpression: {
        TSNode object = s_.ChildByField(node, FieldId::kObject);
        TSNode index = ts_node_named_child(node, 1);
        if (ts_node_is_null(object) || ts_node_is_null(index) ||
            s_.KindOf(object) != Kind::kIdentifier || s_.KindOf(index) != Kind::kString) {
          return std::nullopt;
        }
        auto key = Evaluate(index, depth + 1);
        if (!key) return std::nullopt;
        return Member(std::string(s_.Text(object)), key->string);
      }
      case Kind::kUnaryExpression: {
        TSNode argument = s_.ChildByField(node, FieldId::kArgument);
        TSNode op = s_.ChildByField(node, FieldId::kOperator);
        auto value = Evaluate(argument, depth + 1);
        if (!value || value->is_string || ts_node_is_null(op)) return std::nullopt;
        std::string_view o = s_.Text(op);
        if (o == "-") return ConstValue{false, -value->number, {}};
        if (o == "+") return value;
        if (o == "~") return ConstValue{false, static_cast<double>(~ToInt32(value->number)), {}};
        return std::nullopt;
      }
      case Kind::kBinaryExpression: {
        auto left = Evaluate(s_.ChildByField(node, FieldId::kLeft), depth + 1);
        auto right = Evaluate(s_.ChildByField(node, FieldId::kRight), depth + 1);
        TSNode op = s_.ChildByField(node, FieldId::kOperator);
        if (!left || !right || ts_node_is_null(op)) return std::nullopt;
        std::string_view o = s_.Text(op);
        if (o == "+" && (left->is_string || right->is_string)) {
          return ConstValue{true, 0, AsString(*left) + AsString(*right)};
        }
        if (left->is_string || right->is_string) return std::nullopt;
        double a = left->number, b = right->number;
        double r;
        if (o == "+") r = a + b;
        else if (o == "-") r = a - b;
        else if (o == "*") r = a * b;
        else if (o == "/") r = a / b;
        else if (o == "%") r = std::fmod(a, b);
        else if (o == "**") r = std::pow(a, b);
        else if (o == "|") r = ToInt32(a) | ToInt32(b);
        else if (o == "&") r = ToInt32(a) & ToInt32(b);
        else if (o == "^") r = ToInt32(a) ^ ToInt32(b);
        else if (o == "<<") r = static_cast<int32_t>(static_cast<uint32_t>(ToInt32(a)) << (ToInt32(b) & 31));
        else if (o == ">>") r = ToInt32(a) >> (ToInt32(b) & 31);
        else if (o == ">>>") r = static_cast<uint32_t>(ToInt32(a)) >> (ToInt32(b) & 31);
        else return std::nullopt;
        return ConstValue{false, r, {}};
      }
      default:
        return std::nullopt;
    }
  }

 private:
  static std::string AsString(const ConstValue& value) {
    return value.is_string ? value.string : NumberToJs(value.number);
  }
  std::optional<ConstValue> Member(const std::string& object, const std::string& name) {
    if (object == enum_name_) {
      auto found = members_.find(name);
      if (found != members_.end()) return found->second;
    }
    auto other = enums_.find(object);
    if (other != enums_.end()) {
      auto found = other->second.find(name);
      if (found != other->second.end()) return found->second;
    }
    return std::nullopt;
  }

  const Stripper& s_;
  const std::string& enum_name_;
  const std::unordered_map<std::string, ConstValue>& members_;
  const std::unordered_map<std::string, std::unordered_map<std::string, ConstValue>>& enums_;
};

// Enum values seen so far in the file, for members that refer to other enums.
static std::unordered_map<std::string, std::unordered_map<std::string, ConstValue>>&
EnumTable(const void* stripper) {
  thread_local const void* owner = nullptr;
  thread_local std::unordered_map<std::string, std::unordered_map<std::string, ConstValue>> table;
  if (owner != stripper) {
    table.clear();
    owner = stripper;
  }
  return table;
}

void Stripper::Unsupported(TSNode node, std::string_view what, std::string_view hint) {
  Fail(node, kUnsupported, "TypeScript " + std::string(what) + " is not supported in strip-only mode",
       std::string(hint));
  // Underline the keyword only.
  uint32_t start = ts_node_start_byte(node);
  uint32_t end = start;
  while (end < source_.size() && (std::isalnum(static_cast<unsigned char>(source_[end])) ||
                                  source_[end] == '_' || source_[end] == '$')) {
    end++;
  }
  if (end > start) error_.length = end - start;
}

bool Stripper::IsInstantiatedModule(TSNode module_node) const {
  TSNode body = ChildByField(module_node, FieldId::kBody);
  if (ts_node_is_null(body)) return false;
  bool instantiated = false;
  ForEachChild(body, [&](TSNode statement, FieldId) {
    if (!ts_node_is_named(statement)) return true;
    TSNode target = statement;
    Kind kind = KindOf(statement);
    if (kind == Kind::kExportStatement) {
      TSNode declaration = ChildByField(statement, FieldId::kDeclaration);
      if (ts_node_is_null(declaration)) {
        // `export type { X }` is a type; anything else exports a value.
        bool type_only = false;
        ForEachChild(statement, [&](TSNode child, FieldId) {
          if (KindOf(child) == Kind::kTokType) type_only = true;
          return true;
        });
        if (!type_only) instantiated = true;
        return !instantiated;
      }
      target = declaration;
      kind = KindOf(declaration);
    } else if (kind == Kind::kExpressionStatement) {
      TSNode first = ts_node_named_child(statement, 0);
      if (!ts_node_is_null(first) && KindOf(first) == Kind::kInternalModule) {
        target = first;
        kind = Kind::kInternalModule;
      }
    }
    switch (kind) {
      case Kind::kComment:
      case Kind::kEmptyStatement:
      case Kind::kInterfaceDeclaration:
      case Kind::kTypeAliasDeclaration:
      case Kind::kAmbientDeclaration:
      case Kind::kFunctionSignature:
        break;
      case Kind::kInternalModule:
      case Kind::kModule:
        if (IsInstantiatedModule(target)) instantiated = true;
        break;
      default:
        instantiated = true;
        break;
    }
    return !instantiated;
  });
  return instantiated;
}

// The declaration keyword and the IIFE argument for an enum or namespace named `name`, as tsc
// writes them: `var X;` at the top level, `let X;` inside namespaces and functions, nothing when
// the scope already has X (merging), and `X = Parent.X || (Parent.X = {})` when exported from a
// namespace.
std::string Stripper::DeclareForTransform(const std::string& name, bool exported,
                                          std::string* argument) {
  const Frame* container = ContainerFrame();
  const void* scope = container == nullptr ? nullptr : container->node.id;
  bool top_level = container == nullptr || container->kind == Kind::kProgram;
  std::string key = std::to_string(reinterpret_cast<uintptr_t>(scope)) + ":" + name;
  bool declared = scope_declarations_.count(key) != 0;
  scope_declarations_.insert(key);
  std::string parent = exported && !namespaces_.empty() ? namespaces_.back().name : "";
  if (!parent.empty()) {
    *argument = name + " = " + parent + "." + name + " || (" + parent + "." + name + " = {})";
  } else {
    *argument = name + " || (" + name + " = {})";
  }
  if (declared) return {};
  if (top_level) {
    bool esm_export = exported && parent.empty();
    return std::string(esm_export ? "export var " : "var ") + name + "; ";
  }
  return "let " + name + "; ";
}

const Stripper::Frame* Stripper::ContainerFrame() const {
  for (auto frame = frames_.rbegin(); frame != frames_.rend(); ++frame) {
    if (frame->kind == Kind::kProgram || frame->kind == Kind::kStatementBlock) return &*frame;
  }
  return nullptr;
}

void Stripper::NoteScopeDeclaration(std::string_view name) {
  const Frame* container = ContainerFrame();
  const void* scope = container == nullptr ? nullptr : container->node.id;
  scope_declarations_.insert(std::to_string(reinterpret_cast<uintptr_t>(scope)) + ":" +
                             std::string(name));
}

bool Stripper::TransformEnum(TSNode node, TSNode statement, bool exported) {
  TSNode name_node = ChildByField(node, FieldId::kName);
  TSNode body = ChildByField(node, FieldId::kBody);
  if (ts_node_is_null(name_node) || ts_node_is_null(body)) return false;
  std::string name(Text(name_node));
  MarkColumnsShifted();
  std::string argument;
  std::string declare = DeclareForTransform(name, exported, &argument);

  // Header: everything up to the body's `{`.
  uint32_t lbrace_end = ts_node_start_byte(body) + 1;
  AddEdit(ts_node_start_byte(statement), lbrace_end,
          declare + "(function (" + name + ") {" + std::string(CountNewlines(ts_node_start_byte(statement), lbrace_end), '\n'));

  auto& enums = EnumTable(this);
  std::unordered_map<std::string, ConstValue> members;
  std::optional<double> next = 0.0;  // the value of a member without initializer
  ForEachChild(body, [&](TSNode child, FieldId field) {
    Kind kind = KindOf(child);
    if (kind == Kind::kTokComma) {
      BlankNode(child);
      return true;
    }
    if (kind == Kind::kTokRBrace) {
      AddEdit(ts_node_start_byte(child), ts_node_end_byte(child), "})(" + argument + ");");
      return true;
    }
    if (!ts_node_is_named(child) || kind == Kind::kComment) return true;
    TSNode member_name = kind == Kind::kEnumAssignment ? ChildByField(child, FieldId::kName) : child;
    TSNode value = kind == Kind::kEnumAssignment ? ts_node_named_child(child, 1) : TSNode{};
    if (ts_node_is_null(member_name)) return true;
    std::string key;
    Kind name_kind = KindOf(member_name);
    if (name_kind == Kind::kString) {
      auto decoded = DecodeStringBody(Text(member_name).substr(1, Text(member_name).size() - 2));
      key = decoded ? *decoded : std::string(Text(member_name));
    } else {
      key = std::string(Text(member_name));
    }
    (void)field;
    std::string quoted = QuoteString(key);
    std::string text;
    std::optional<ConstValue> constant;
    if (ts_node_is_null(value)) {
      if (next) constant = ConstValue{false, *next, {}};
    } else {
      ConstEvaluator evaluator(*this, name, members, enums);
      constant = evaluator.Evaluate(value);
    }
    if (constant) {
      members[key] = *constant;
      if (constant->is_string) {
        text = name + "[" + quoted + "] = " + QuoteString(constant->string) + ";";
        next.reset();
      } else {
        text = name + "[" + name + "[" + quoted + "] = " + NumberToJs(constant->number) + "] = " +
               quoted + ";";
        next = constant->number + 1;
      }
      AddEdit(ts_node_start_byte(child), ts_node_end_byte(child),
              text + std::string(CountNewlines(ts_node_start_byte(child), ts_node_end_byte(child)), '\n'));
    } else if (ts_node_is_null(value)) {
      text = name + "[" + name + "[" + quoted + "] = void 0] = " + quoted + ";";
      AddEdit(ts_node_start_byte(child), ts_node_end_byte(child), text);
    } else {
      // A computed member: the expression runs, with the enum's own members qualified.
      next.reset();
      std::unordered_map<std::string, ConstValue> known = members;
      TSNode value_node = value;
      std::string prefix = name + "[" + name + "[" + quoted + "] = ";
      std::string suffix = "] = " + quoted + ";";
      uint32_t value_start = ts_node_start_byte(value_node);
      uint32_t value_end = ts_node_end_byte(value_node);
      QualifyMembers(value_node, name, known);
      AddGenerated(ts_node_start_byte(child), ts_node_end_byte(child),
                   [this, prefix, suffix, value_start, value_end, child](std::string* out) {
                     out->append(prefix);
                     Render(value_start, value_end, out);
                     out->append(suffix);
                     AppendNewlinesOf(ts_node_start_byte(child), value_start, out);
                   });
    }
    return true;
  });
  enums[name] = members;
  // The members' initializers are walked for their own types; names are not references.
  return true;
}

// `A` in `B = A + f()` is the member A: `E.A`.
void Stripper::QualifyMembers(TSNode value, const std::string& enum_name,
                              const std::unordered_map<std::string, ConstValue>& members) {
  std::vector<TSNode> stack{value};
  while (!stack.empty()) {
    TSNode node = stack.back();
    stack.pop_back();
    Kind kind = KindOf(node);
    if (kind == Kind::kIdentifier) {
      if (members.count(std::string(Text(node)))) {
        AddEdit(ts_node_start_byte(node), ts_node_end_byte(node),
                enum_name + "." + std::string(Text(node)));
      }
      continue;
    }
    if (kind == Kind::kMemberExpression) {
      TSNode object = ChildByField(node, FieldId::kObject);
      if (!ts_node_is_null(object)) stack.push_back(object);
      continue;
    }
    uint32_t count = ts_node_named_child_count(node);
    for (uint32_t i = 0; i < count && i < 64; i++) stack.push_back(ts_node_named_child(node, i));
  }
}

// The names a namespace body exports as variables (`export const x`), whose references in the
// namespace become `NS.x`.
static void CollectExportedVariables(const Stripper& s, TSNode body,
                                     std::unordered_set<std::string>* names) {
  s.ForEachChild(body, [&](TSNode statement, FieldId) {
    if (s.KindOf(statement) != Kind::kExportStatement) return true;
    TSNode declaration = s.ChildByField(statement, FieldId::kDeclaration);
    if (ts_node_is_null(declaration)) return true;
    Kind kind = s.KindOf(declaration);
    if (kind != Kind::kLexicalDeclaration && kind != Kind::kVariableDeclaration) return true;
    s.ForEachChild(declaration, [&](TSNode declarator, FieldId) {
      if (s.KindOf(declarator) != Kind::kVariableDeclarator) return true;
      TSNode name = s.ChildByField(declarator, FieldId::kName);
      if (ts_node_is_null(name)) return true;
      // Identifiers and the bindings of destructuring patterns.
      std::vector<TSNode> stack{name};
      while (!stack.empty()) {
        TSNode node = stack.back();
        stack.pop_back();
        Kind k = s.KindOf(node);
        if (k == Kind::kIdentifier || k == Kind::kShorthandPropertyIdentifierPattern) {
          names->insert(std::string(s.Text(node)));
          continue;
        }
        if (k == Kind::kPairPattern) {
          TSNode v = s.ChildByField(node, FieldId::kValue);
          if (!ts_node_is_null(v)) stack.push_back(v);
          continue;
        }
        if (k == Kind::kAssignmentPattern || k == Kind::kObjectAssignmentPattern) {
          TSNode left = s.ChildByField(node, FieldId::kLeft);
          if (!ts_node_is_null(left)) stack.push_back(left);
          continue;
        }
        uint32_t count = ts_node_named_child_count(node);
        for (uint32_t i = 0; i < count; i++) stack.push_back(ts_node_named_child(node, i));
      }
      return true;
    });
    return true;
  });
}

bool Stripper::TransformNamespace(TSNode node, TSNode statement, bool exported) {
  TSNode name_node = ChildByField(node, FieldId::kName);
  TSNode body = ChildByField(node, FieldId::kBody);
  if (ts_node_is_null(name_node) || ts_node_is_null(body)) return false;
  if (KindOf(name_node) == Kind::kString) {
    Unsupported(node, "module declaration with a string name (outside `declare`)",
                "use `declare module 'name'` for types");
    return false;
  }
  MarkColumnsShifted();
  // `namespace A.B.C` is A containing B containing C.
  std::vector<std::string> parts;
  {
    std::string_view full = Text(name_node);
    size_t start = 0;
    for (size_t i = 0; i <= full.size(); i++) {
      if (i == full.size() || full[i] == '.') {
        std::string part;
        for (char c : full.substr(start, i - start)) {
          if (!std::isspace(static_cast<unsigned char>(c))) part += c;
        }
        parts.push_back(part);
        start = i + 1;
      }
    }
  }
  std::string header, closing;
  std::string argument;
  header = DeclareForTransform(parts[0], exported, &argument);
  header += "(function (" + parts[0] + ") {";
  std::vector<std::string> closings{"})(" + argument + ");"};
  for (size_t i = 1; i < parts.size(); i++) {
    const std::string& parent = parts[i - 1];
    const std::string& part = parts[i];
    header += " var " + part + "; (function (" + part + ") {";
    closings.push_back("})(" + part + " = " + parent + "." + part + " || (" + parent + "." + part +
                       " = {}));");
  }
  for (auto it = closings.rbegin(); it != closings.rend(); ++it) {
    if (!closing.empty()) closing += " ";
    closing += *it;
  }
  uint32_t lbrace_end = ts_node_start_byte(body) + 1;
  AddEdit(ts_node_start_byte(statement), lbrace_end,
          header + std::string(CountNewlines(ts_node_start_byte(statement), lbrace_end), '\n'));
  uint32_t body_end = ts_node_end_byte(body);
  AddEdit(body_end - 1, body_end, closing);

  // The qualified name keys the exports of merged declarations.
  std::string qualified;
  for (const NamespaceContext& context : namespaces_) qualified += context.name + ".";
  for (const std::string& part : parts) qualified += part + ".";
  std::unordered_set<std::string>& exported_names = namespace_exports_[qualified];
  CollectExportedVariables(*this, body, &exported_names);
  pending_namespace_ = NamespaceContext{parts.back(), &exported_names, ts_node_start_byte(body),
                                        ts_node_end_byte(body)};
  return true;
}

// `export` inside a namespace body: variables become properties of the namespace object,
// functions and classes are assigned to it after their declaration.
bool Stripper::TransformNamespaceExport(TSNode node, TSNode declaration) {
  const NamespaceContext& context = namespaces_.back();
  TSNode export_keyword = ts_node_child(node, 0);
  Kind kind = KindOf(declaration);
  switch (kind) {
    case Kind::kLexicalDeclaration:
    case Kind::kVariableDeclaration: {
      // `export const a = 1, b;` -> `NS.a = 1;`: declarators without a value vanish.
      std::vector<TSNode> declarators;
      ForEachChild(declaration, [&](TSNode child, FieldId) {
        if (KindOf(child) == Kind::kVariableDeclarator) declarators.push_back(child);
        return true;
      });
      uint32_t start = ts_node_start_byte(node);
      uint32_t end = ts_node_end_byte(node);
      std::string ns = context.name;
      AddGenerated(start, end, [this, declarators, start, end, ns](std::string* out) {
        uint32_t position = start;
        bool any = false;
        for (TSNode declarator : declarators) {
          TSNode name = ChildByField(declarator, FieldId::kName);
          TSNode value = ChildByField(declarator, FieldId::kValue);
          AppendNewlinesOf(position, ts_node_start_byte(declarator), out);
          position = ts_node_end_byte(declarator);
          if (ts_node_is_null(value) || ts_node_is_null(name)) {
            AppendNewlinesOf(ts_node_start_byte(declarator), position, out);
            continue;
          }
          out->append(any ? ", " : "");
          any = true;
          if (KindOf(name) == Kind::kIdentifier) {
            out->append(ns + "." + std::string(Text(name)) + " = ");
          } else {
            out->append("(");
            Render(ts_node_start_byte(name), ts_node_end_byte(name), out);
            out->append(" = ");
          }
          uint32_t name_end = ts_node_end_byte(name);
          AppendNewlinesOf(name_end, ts_node_start_byte(value), out);
          Render(ts_node_start_byte(value), ts_node_end_byte(value), out);
          if (KindOf(name) != Kind::kIdentifier) out->append(")");
        }
        if (any) out->append(";");
        AppendNewlinesOf(position, end, out);
      });
      // Destructuring targets name the namespace's properties.
      for (TSNode declarator : declarators) {
        TSNode name = ChildByField(declarator, FieldId::kName);
        if (!ts_node_is_null(name) && KindOf(name) != Kind::kIdentifier) {
          QualifyPattern(name, ns);
        }
      }
      return true;
    }
    case Kind::kFunctionDeclaration:
    case Kind::kGeneratorFunctionDeclaration:
    case Kind::kClassDeclaration:
    case Kind::kAbstractClassDeclaration: {
      TSNode name = ChildByField(declaration, FieldId::kName);
      if (ts_node_is_null(name)) return true;
      Blank(ts_node_start_byte(export_keyword), ts_node_end_byte(export_keyword));
      uint32_t end = ts_node_end_byte(declaration);
      std::string assignment =
          " " + context.name + "." + std::string(Text(name)) + " = " + std::string(Text(name)) + ";";
      // Appended to the declaration's last character (its `}`).
      AddEdit(end - 1, end, std::string(source_.substr(end - 1, 1)) + assignment);
      return true;
    }
    default:
      // Enums, namespaces and import aliases handle `exported` themselves.
      Blank(ts_node_start_byte(export_keyword), ts_node_end_byte(export_keyword));
      return true;
  }
}

// `{ a, b: [c] }` as an assignment target: `{ a: NS.a, b: [NS.c] }`.
void Stripper::QualifyPattern(TSNode pattern, const std::string& ns) {
  std::vector<TSNode> stack{pattern};
  while (!stack.empty()) {
    TSNode node = stack.back();
    stack.pop_back();
    Kind kind = KindOf(node);
    if (kind == Kind::kIdentifier) {
      AddEdit(ts_node_start_byte(node), ts_node_end_byte(node), ns + "." + std::string(Text(node)));
      continue;
    }
    if (kind == Kind::kShorthandPropertyIdentifierPattern) {
      std::string name(Text(node));
      AddEdit(ts_node_start_byte(node), ts_node_end_byte(node), name + ": " + ns + "." + name);
      continue;
    }
    if (kind == Kind::kPairPattern) {
      TSNode value = ChildByField(node, FieldId::kValue);
      if (!ts_node_is_null(value)) stack.push_back(value);
      continue;
    }
    if (kind == Kind::kObjectAssignmentPattern) {
      // `{ a = 1 }` -> `{ a: NS.a = 1 }`
      TSNode left = ChildByField(node, FieldId::kLeft);
      TSNode right = ChildByField(node, FieldId::kRight);
      if (!ts_node_is_null(left) && KindOf(left) == Kind::kShorthandPropertyIdentifierPattern) {
        std::string name(Text(left));
        AddEdit(ts_node_start_byte(left), ts_node_end_byte(left), name + ": " + ns + "." + name);
      } else if (!ts_node_is_null(left)) {
        stack.push_back(left);
      }
      (void)right;
      continue;
    }
    if (kind == Kind::kAssignmentPattern) {
      TSNode left = ChildByField(node, FieldId::kLeft);
      if (!ts_node_is_null(left)) stack.push_back(left);
      continue;
    }
    uint32_t count = ts_node_named_child_count(node);
    for (uint32_t i = 0; i < count; i++) stack.push_back(ts_node_named_child(node, i));
  }
}

// An identifier inside a namespace that names one of its exported variables: `NS.x`, unless a
// function or block in between declares the same name.
void Stripper::QualifyNamespaceReference(TSNode identifier, bool shorthand) {
  std::string name(Text(identifier));
  for (auto context = namespaces_.rbegin(); context != namespaces_.rend(); ++context) {
    if (!context->exported->count(name)) continue;
    // Shadowing: parameters and declarations of enclosing functions and blocks inside the
    // namespace body.
    uint32_t position = ts_node_start_byte(identifier);
    for (auto frame = frames_.rbegin(); frame != frames_.rend(); ++frame) {
      uint32_t start = ts_node_start_byte(frame->node);
      if (start <= context->body_start) break;
      if (DeclaresName(frame->node, name, position)) return;
    }
    std::string qualified = context->name + "." + name;
    AddEdit(ts_node_start_byte(identifier), ts_node_end_byte(identifier),
            shorthand ? name + ": " + qualified : qualified);
    MarkColumnsShifted();
    return;
  }
}

bool Stripper::DeclaresName(TSNode scope, const std::string& name, uint32_t position) const {
  Kind kind = KindOf(scope);
  bool found = false;
  auto check_pattern = [&](TSNode pattern) {
    std::vector<TSNode> stack{pattern};
    while (!stack.empty() && !found) {
      TSNode node = stack.back();
      stack.pop_back();
      Kind k = KindOf(node);
      if (k == Kind::kIdentifier || k == Kind::kShorthandPropertyIdentifierPattern) {
        if (Text(node) == name) found = true;
        continue;
      }
      if (k == Kind::kTypeAnnotation) continue;
      uint32_t count = ts_node_named_child_count(node);
      for (uint32_t i = 0; i < count && i < 256; i++) stack.push_back(ts_node_named_child(node, i));
    }
  };
  switch (kind) {
    case Kind::kFunctionDeclaration:
    case Kind::kFunctionExpression:
    case Kind::kGeneratorFunction:
    case Kind::kGeneratorFunctionDeclaration:
    case Kind::kMethodDefinition:
    case Kind::kArrowFunction: {
      TSNode parameters = ChildByField(scope, FieldId::kParameters);
      if (!ts_node_is_null(parameters)) {
        if (position >= ts_node_end_byte(parameters) || position < ts_node_start_byte(parameters)) {
          check_pattern(parameters);
        }
      } else {
        TSNode parameter = ts_node_named_child(scope, 0);
        if (!ts_node_is_null(parameter) && KindOf(parameter) == Kind::kIdentifier &&
            Text(parameter) == name && ts_node_start_byte(parameter) != position) {
          found = true;
        }
      }
      if (kind == Kind::kFunctionExpression) {
        TSNode own = ChildByField(scope, FieldId::kName);
        if (!ts_node_is_null(own) && Text(own) == name) found = true;
      }
      break;
    }
    case Kind::kStatementBlock:
    case Kind::kProgram:
      ForEachChild(scope, [&](TSNode statement, FieldId) {
        Kind k = KindOf(statement);
        if (k == Kind::kLexicalDeclaration || k == Kind::kVariableDeclaration) {
          ForEachChild(statement, [&](TSNode declarator, FieldId) {
            if (KindOf(declarator) == Kind::kVariableDeclarator) {
              TSNode n = ChildByField(declarator, FieldId::kName);
              if (!ts_node_is_null(n)) check_pattern(n);
            }
            return !found;
          });
        } else if (k == Kind::kFunctionDeclaration || k == Kind::kClassDeclaration ||
                   k == Kind::kGeneratorFunctionDeclaration) {
          TSNode n = ChildByField(statement, FieldId::kName);
          if (!ts_node_is_null(n) && Text(n) == name) found = true;
        }
        return !found;
      });
      break;
    default:
      break;
  }
  return found;
}

bool Stripper::TransformImportRequire(TSNode node, TSNode clause, bool exported) {
  TSNode name = ts_node_named_child(clause, 0);
  TSNode keyword = ts_node_child(node, 0);
  if (ts_node_is_null(name) || ts_node_is_null(keyword)) return false;
  if (exported) {
    Unsupported(node, "`export import x = require()`",
                "write `import x = require(...)` and export x separately");
    return false;
  }
  value_declarations_.insert(Text(name));
  std::string_view local = Text(name);
  uint32_t start = ts_node_start_byte(node);
  uint32_t end = ts_node_end_byte(node);
  RegisterAliasElision(local, start, end);
  TSNode require_keyword{};
  ForEachChild(clause, [&](TSNode child, FieldId) {
    if (std::strcmp(ts_node_type(child), "require") == 0) require_keyword = child;
    return true;
  });
  if (ts_node_is_null(require_keyword)) return false;
  uint32_t require_start = ts_node_start_byte(require_keyword);
  uint32_t require_end = ts_node_end_byte(require_keyword);
  uint32_t after_keyword = ts_node_end_byte(keyword);
  // `import` and `const ` are both six characters: in CommonJS, columns hold.
  AddGenerated(start, end, [this, local, start, end, require_start, require_end,
                            after_keyword](std::string* out) {
    if (IsAliasElided(local, start)) {
      AppendBlankedRange(start, end, out);
      return;
    }
    out->append("const");
    Render(after_keyword, require_start, out);
    if (IsESM()) {
      // ES modules have no `require`: one made by createRequire, declared (hoisted) at the
      // end.
      if (esm_require_name_.empty()) esm_require_name_ = UniqueName("__require");
      out->append(esm_require_name_);
      esm_require_used_ = true;
      MarkColumnsShifted();
    } else {
      out->append("require");
    }
    Render(require_end, end, out);
  });
  return false;
}

bool Stripper::TransformImportAlias(TSNode node, TSNode statement, bool exported) {
  // `import x = N.y` -> `var x = N.y` (dropped when x is unused), or `NS.x = N.y` when
  // exported from a namespace.
  TSNode name = ts_node_named_child(node, 0);
  TSNode keyword = ts_node_child(node, 0);
  if (ts_node_is_null(name) || ts_node_is_null(keyword)) return false;
  std::string_view local = Text(name);
  value_declarations_.insert(local);
  if (exported && !namespaces_.empty()) {
    TSNode export_keyword = ts_node_child(statement, 0);
    Blank(ts_node_start_byte(export_keyword), ts_node_end_byte(export_keyword));
    AddEdit(ts_node_start_byte(keyword), ts_node_end_byte(name),
            namespaces_.back().name + "." + std::string(local));
    MarkColumnsShifted();
    return true;
  }
  if (exported) {
    TSNode export_keyword = ts_node_child(statement, 0);
    AddEdit(ts_node_start_byte(export_keyword), ts_node_end_byte(keyword), "export var");
    MarkColumnsShifted();
    return true;
  }
  uint32_t start = ts_node_start_byte(node);
  uint32_t end = ts_node_end_byte(node);
  RegisterAliasElision(local, start, end);
  AddGenerated(ts_node_start_byte(keyword), ts_node_end_byte(keyword), [this, local, start](std::string* out) {
    out->append(IsAliasElided(local, start) ? "      " : "var   ");
  });
  return true;
}

void Stripper::RegisterAliasElision(std::string_view local, uint32_t start, uint32_t end) {
  if (!options_.elide_unused_imports) return;
  uint32_t statement = static_cast<uint32_t>(import_statements_.size());
  import_statements_.push_back({{start, end}});
  import_statements_.back().bindings = 1;
  import_statements_.back().is_alias = true;
  import_bindings_.push_back({local, {start, end}, statement});
}

bool Stripper::IsAliasElided(std::string_view local, uint32_t start) const {
  if (!options_.elide_unused_imports) return false;
  for (const ImportStatement& statement : import_statements_) {
    if (statement.is_alias && statement.range.start == start) return !IsReferenced(local);
  }
  return false;
}

bool Stripper::TransformExportAssignment(TSNode node) {
  TSNode keyword = ts_node_child(node, 0);
  TSNode equals = ts_node_child(node, 1);
  if (ts_node_is_null(keyword) || ts_node_is_null(equals)) return false;
  // `export =` is not module syntax itself: in a file that has none it is CommonJS.
  AddGenerated(ts_node_start_byte(keyword), ts_node_end_byte(equals), [this](std::string* out) {
    out->append(IsESM() ? "export default" : "module.exports =");
  });
  MarkColumnsShifted();
  return true;
}

void Stripper::TransformParameterProperties(TSNode constructor) {
  TSNode parameters = ChildByField(constructor, FieldId::kParameters);
  TSNode body = ChildByField(constructor, FieldId::kBody);
  if (ts_node_is_null(parameters) || ts_node_is_null(body)) return;
  std::vector<std::string> names;
  ForEachChild(parameters, [&](TSNode parameter, FieldId) {
    Kind kind = KindOf(parameter);
    if (kind != Kind::kRequiredParameter && kind != Kind::kOptionalParameter) return true;
    bool property = false;
    TSNode pattern{};
    ForEachChild(parameter, [&](TSNode child, FieldId field) {
      Kind k = KindOf(child);
      if (k == Kind::kAccessibilityModifier || k == Kind::kOverrideModifier ||
          k == Kind::kTokReadonly) {
        property = true;
      }
      if (field == FieldId::kPattern) pattern = child;
      return true;
    });
    if (!property || ts_node_is_null(pattern)) return true;
    if (KindOf(pattern) != Kind::kIdentifier) {
      Fail(pattern, kUnsupported, "A parameter property must be a plain name",
           "declare the field and destructure in the constructor body");
      return false;
    }
    names.emplace_back(Text(pattern));
    return true;
  });
  if (names.empty() || failed_) return;
  MarkColumnsShifted();
  // Fields first in the class body (tsc with useDefineForClassFields, the ES2022 default).
  TSNode class_body = ts_node_parent(constructor);
  if (!ts_node_is_null(class_body) && KindOf(class_body) == Kind::kClassBody) {
    std::string fields = "{";
    for (const std::string& name : names) fields += " " + name + ";";
    uint32_t lbrace = ts_node_start_byte(class_body);
    AddEdit(lbrace, lbrace + 1, fields);
  }
  std::string assignments;
  for (const std::string& name : names) assignments += " this." + name + " = " + name + ";";
  // In a derived class the assignments follow the `super()` call.
  TSNode class_node = ts_node_is_null(class_body) ? TSNode{} : ts_node_parent(class_body);
  bool derived = false;
  if (!ts_node_is_null(class_node)) {
    ForEachChild(class_node, [&](TSNode child, FieldId) {
      if (std::strcmp(ts_node_type(child), "class_heritage") == 0) {
        ForEachChild(child, [&](TSNode clause, FieldId) {
          if (std::strcmp(ts_node_type(clause), "extends_clause") == 0) derived = true;
          return true;
        });
      }
      return true;
    });
  }
  if (derived) {
    TSNode super_statement{};
    ForEachChild(body, [&](TSNode statement, FieldId) {
      if (KindOf(statement) != Kind::kExpressionStatement) return true;
      TSNode call = ts_node_named_child(statement, 0);
      if (!ts_node_is_null(call) && KindOf(call) == Kind::kCallExpression) {
        TSNode function = ChildByField(call, FieldId::kFunction);
        if (!ts_node_is_null(function) && KindOf(function) == Kind::kSuper) {
          super_statement = statement;
          return false;
        }
      }
      return true;
    });
    if (!ts_node_is_null(super_statement)) {
      uint32_t end = ts_node_end_byte(super_statement);
      std::string last(source_.substr(end - 1, 1));
      AddEdit(end - 1, end, last + (last == ";" ? "" : ";") + assignments);
      return;
    }
  }
  uint32_t lbrace = ts_node_start_byte(body);
  AddEdit(lbrace, lbrace + 1, "{" + assignments);
}

}  // namespace kiln::ts_strip
