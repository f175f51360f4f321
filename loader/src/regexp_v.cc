// The `v` → `u` regular expression translator of regexp_v.h. A character class is parsed with
// the ES2024 ClassSetExpression grammar into a small tree, then emitted either as the same
// class in `u` syntax (a plain union of characters, ranges and escapes, the common case: no
// set needs computing) or as the set the spec's CompileToCharSet defines, computed with ICU
// and written as code point ranges, with its strings as alternatives before it.
#include "loader/regexp_v.h"

#include <unicode/uchar.h>
#include <unicode/uniset.h>
#include <unicode/usetiter.h>

#include <algorithm>
#include <cstring>
#include <set>
#include <vector>

#include "js_scanner.h"

namespace kiln::loader {
namespace {

constexpr char32_t kMaxCodePoint = 0x10FFFF;
// Nested classes recurse; hostile input must not exhaust the stack.
constexpr int kMaxClassDepth = 200;

// V8's phrases for these errors (src/regexp/regexp-error.h).
constexpr char kInvalidClassSetOperation[] = "Invalid set operation in character class";
constexpr char kInvalidCharacterInClass[] = "Invalid character in character class";
constexpr char kNegatedClassWithStrings[] = "Negated character class may contain strings";
constexpr char kUnterminatedClass[] = "Unterminated character class";
constexpr char kOutOfOrder[] = "Range out of order in character class";
constexpr char kInvalidClassPropertyName[] = "Invalid property name in character class";
constexpr char kInvalidPropertyName[] = "Invalid property name";
constexpr char kInvalidCharacterClass[] = "Invalid character class";
constexpr char kInvalidEscape[] = "Invalid escape";
constexpr char kInvalidUnicodeEscape[] = "Invalid Unicode escape";
constexpr char kInvalidClassEscape[] = "Invalid class escape";
constexpr char kEscapeAtEnd[] = "\\ at end of pattern";
constexpr char kTooDeep[] = "Character classes nested too deeply";

// The binary properties ES allows in \p{…} (ECMA-262 table "Binary Unicode property aliases"),
// long and short names.
constexpr const char* kBinaryProperties[] = {
    "ASCII", "ASCII_Hex_Digit", "AHex", "Alphabetic", "Alpha", "Any", "Assigned",
    "Bidi_Control", "Bidi_C", "Bidi_Mirrored", "Bidi_M", "Case_Ignorable", "CI", "Cased",
    "Changes_When_Casefolded", "CWCF", "Changes_When_Casemapped", "CWCM",
    "Changes_When_Lowercased", "CWL", "Changes_When_NFKC_Casefolded", "CWKCF",
    "Changes_When_Titlecased", "CWT", "Changes_When_Uppercased", "CWU", "Dash",
    "Default_Ignorable_Code_Point", "DI", "Deprecated", "Dep", "Diacritic", "Dia", "Emoji",
    "Emoji_Component", "EComp", "Emoji_Modifier", "EMod", "Emoji_Modifier_Base", "EBase",
    "Emoji_Presentation", "EPres", "Extended_Pictographic", "ExtPict", "Extender", "Ext",
    "Grapheme_Base", "Gr_Base", "Grapheme_Extend", "Gr_Ext", "Hex_Digit", "Hex",
    "IDS_Binary_Operator", "IDSB", "IDS_Trinary_Operator", "IDST", "ID_Continue", "IDC",
    "ID_Start", "IDS", "Ideographic", "Ideo", "Join_Control", "Join_C",
    "Logical_Order_Exception", "LOE", "Lowercase", "Lower", "Math", "Noncharacter_Code_Point",
    "NChar", "Pattern_Syntax", "Pat_Syn", "Pattern_White_Space", "Pat_WS", "Quotation_Mark",
    "QMark", "Radical", "Regional_Indicator", "RI", "Sentence_Terminal", "STerm", "Soft_Dotted",
    "SD", "Terminal_Punctuation", "Term", "Unified_Ideograph", "UIdeo", "Uppercase", "Upper",
    "Variation_Selector", "VS", "White_Space", "space", "XID_Continue", "XIDC", "XID_Start",
    "XIDS"};

// Properties of strings (only in `v` mode), with their ICU ids.
struct StringProperty {
  const char* name;
  UProperty property;
};
constexpr StringProperty kStringProperties[] = {
    {"Basic_Emoji", UCHAR_BASIC_EMOJI},
    {"Emoji_Keycap_Sequence", UCHAR_EMOJI_KEYCAP_SEQUENCE},
    {"RGI_Emoji_Modifier_Sequence", UCHAR_RGI_EMOJI_MODIFIER_SEQUENCE},
    {"RGI_Emoji_Flag_Sequence", UCHAR_RGI_EMOJI_FLAG_SEQUENCE},
    {"RGI_Emoji_Tag_Sequence", UCHAR_RGI_EMOJI_TAG_SEQUENCE},
    {"RGI_Emoji_ZWJ_Sequence", UCHAR_RGI_EMOJI_ZWJ_SEQUENCE},
    {"RGI_Emoji", UCHAR_RGI_EMOJI},
};

bool IsStringPropertyName(std::u32string_view name) {
  for (const StringProperty& entry : kStringProperties) {
    size_t length = std::strlen(entry.name);
    if (name.size() != length) continue;
    bool same = true;
    for (size_t i = 0; i < length && same; i++) same = name[i] == char32_t(entry.name[i]);
    if (same) return true;
  }
  return false;
}

// A set of characters and strings: CharSet of the spec. Strings of one code point live in
// `chars`; `strings` holds the others, the empty string included.
struct CharSet {
  icu::UnicodeSet chars;
  std::set<std::u32string> strings;
};

// The code points whose simple case folding is not themselves, computed once.
const icu::UnicodeSet& FoldingChars() {
  static const icu::UnicodeSet* set = [] {
    auto* result = new icu::UnicodeSet();
    // Every code point that folds is cased or case-ignorable; the rest need no test.
    icu::UnicodeSet candidates;
    UErrorCode status = U_ZERO_ERROR;
    candidates.applyIntPropertyValue(UCHAR_CHANGES_WHEN_CASEMAPPED, 1, status);
    icu::UnicodeSet casefolded;
    casefolded.applyIntPropertyValue(UCHAR_CHANGES_WHEN_CASEFOLDED, 1, status);
    candidates.addAll(casefolded);
    if (U_FAILURE(status)) candidates.add(0, kMaxCodePoint);
    for (int32_t r = 0; r < candidates.getRangeCount(); r++) {
      for (UChar32 c = candidates.getRangeStart(r); c <= candidates.getRangeEnd(r); c++) {
        if (u_foldCase(c, U_FOLD_CASE_DEFAULT) != c) result->add(c);
      }
    }
    result->freeze();
    return result;
  }();
  return *set;
}

// AllCharacters(rer): with `i` in `v` mode, only the characters that fold to themselves.
icu::UnicodeSet AllCharacters(bool ignore_case) {
  icu::UnicodeSet all(0, kMaxCodePoint);
  if (ignore_case) all.removeAll(FoldingChars());
  return all;
}

// MaybeSimpleCaseFolding(rer, A).
void Fold(CharSet* set) {
  const icu::UnicodeSet& folding = FoldingChars();
  if (set->chars.containsSome(folding)) {
    icu::UnicodeSet moving(set->chars);
    moving.retainAll(folding);
    set->chars.removeAll(folding);
    for (int32_t r = 0; r < moving.getRangeCount(); r++) {
      for (UChar32 c = moving.getRangeStart(r); c <= moving.getRangeEnd(r); c++) {
        set->chars.add(u_foldCase(c, U_FOLD_CASE_DEFAULT));
      }
    }
  }
  if (!set->strings.empty()) {
    std::set<std::u32string> folded;
    for (std::u32string text : set->strings) {
      for (char32_t& c : text) c = u_foldCase(c, U_FOLD_CASE_DEFAULT);
      folded.insert(std::move(text));
    }
    set->strings.swap(folded);
  }
}

std::string Ascii(std::u32string_view text, bool* ok) {
  std::string result;
  for (char32_t c : text) {
    if (c == 0 || c > 0x7E) *ok = false;
    result.push_back(static_cast<char>(c & 0x7F));
  }
  return result;
}

// True when `name` is exactly one of ICU's aliases of `value` of `property` (ICU's own lookup
// is loose: it ignores case, spaces and underscores, which ES does not).
bool IsExactValueAlias(UProperty property, int32_t value, const std::string& name) {
  for (int choice = U_SHORT_PROPERTY_NAME; choice < U_SHORT_PROPERTY_NAME + 8; choice++) {
    const char* alias =
        u_getPropertyValueName(property, value, static_cast<UPropertyNameChoice>(choice));
    if (alias != nullptr && name == alias) return true;
  }
  return false;
}

bool ValueSet(UProperty property, const std::string& value_name, icu::UnicodeSet* out) {
  int32_t value = u_getPropertyValueEnum(property, value_name.c_str());
  if (value == UCHAR_INVALID_CODE || !IsExactValueAlias(property, value, value_name)) {
    return false;
  }
  UErrorCode status = U_ZERO_ERROR;
  out->applyIntPropertyValue(property, value, status);
  return U_SUCCESS(status);
}

// The set of \p{text}: code points, or strings for a property of strings. False when ES does
// not know the property.
bool PropertySet(std::u32string_view text, CharSet* out) {
  bool ascii = true;
  std::string name = Ascii(text, &ascii);
  if (!ascii || name.empty()) return false;
  size_t equals = name.find('=');
  if (equals != std::string::npos) {
    std::string key = name.substr(0, equals), value = name.substr(equals + 1);
    if (key == "General_Category" || key == "gc") {
      return ValueSet(UCHAR_GENERAL_CATEGORY_MASK, value, &out->chars);
    }
    if (key == "Script" || key == "sc") return ValueSet(UCHAR_SCRIPT, value, &out->chars);
    if (key == "Script_Extensions" || key == "scx") {
      return ValueSet(UCHAR_SCRIPT_EXTENSIONS, value, &out->chars);
    }
    return false;
  }
  UErrorCode status = U_ZERO_ERROR;
  for (const StringProperty& entry : kStringProperties) {
    if (name != entry.name) continue;
    icu::UnicodeSet set;
    set.applyIntPropertyValue(entry.property, 1, status);
    if (U_FAILURE(status)) return false;
    out->chars = set;
    out->chars.removeAllStrings();
    icu::UnicodeSetIterator it(set);
    while (it.nextRange()) {
      if (!it.isString()) continue;
      const icu::UnicodeString& string = it.getString();
      std::u32string text32;
      for (int32_t k = 0; k < string.length();) {
        UChar32 c = string.char32At(k);
        text32.push_back(static_cast<char32_t>(c));
        k += U16_LENGTH(c);
      }
      if (text32.size() == 1) {
        out->chars.add(static_cast<UChar32>(text32[0]));
      } else {
        out->strings.insert(std::move(text32));
      }
    }
    return true;
  }
  for (const char* binary : kBinaryProperties) {
    if (name != binary) continue;
    if (name == "Any") {
      out->chars.add(0, kMaxCodePoint);
    } else if (name == "ASCII") {
      out->chars.add(0, 0x7F);
    } else if (name == "Assigned") {
      out->chars.applyIntPropertyValue(UCHAR_GENERAL_CATEGORY_MASK, U_GC_CN_MASK, status);
      out->chars.complement();
    } else {
      UProperty property = u_getPropertyEnum(binary);
      if (property == UCHAR_INVALID_CODE) return false;
      out->chars.applyIntPropertyValue(property, 1, status);
    }
    return U_SUCCESS(status);
  }
  // A lone General_Category value (\p{L}, \p{Letter}).
  return ValueSet(UCHAR_GENERAL_CATEGORY_MASK, name, &out->chars);
}

bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }
int HexValue(char32_t c) {
  if (c >= '0' && c <= '9') return int(c - '0');
  if (c >= 'a' && c <= 'f') return int(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return int(c - 'A' + 10);
  return -1;
}
bool IsAsciiAlnum(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool In(char32_t c, const char* list) {
  return c != 0 && c < 0x80 && std::strchr(list, static_cast<char>(c)) != nullptr;
}
constexpr char kSyntaxCharacters[] = "^$\\.*+?()[]{}|";
constexpr char kClassSetSyntaxCharacters[] = "()[]{}/-\\|";
constexpr char kClassSetReservedPunctuators[] = "&-!#%,:;<=>@`~";
constexpr char kClassSetReservedDouble[] = "&!#$%*+,.:;<=>?@^`~";

// Characters written as themselves in the output; the rest as \u{…}.
bool IsPlainOutputChar(char32_t c) {
  if (c >= 0x20 && c < 0x7F) return true;
  if (c < 0xA0) return false;
  if (c >= 0xD800 && c <= 0xDFFF) return false;
  return c != 0x2028 && c != 0x2029 && c != 0xFEFF && c <= kMaxCodePoint;
}

void AppendHexEscape(char32_t c, std::u32string* out) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  out->append(U"\\u{");
  char digits[8];
  int count = 0;
  do {
    digits[count++] = kHex[c & 0xF];
    c >>= 4;
  } while (c != 0);
  while (count > 0) out->push_back(char32_t(digits[--count]));
  out->push_back('}');
}

// A character inside a `u` class.
void AppendClassChar(char32_t c, std::u32string* out) {
  if (In(c, "\\]-[^/")) {
    out->push_back('\\');
    out->push_back(c);
  } else if (IsPlainOutputChar(c)) {
    out->push_back(c);
  } else {
    AppendHexEscape(c, out);
  }
}

// A character outside classes (in a string alternative).
void AppendPatternChar(char32_t c, std::u32string* out) {
  if (In(c, kSyntaxCharacters) || c == '/') {
    out->push_back('\\');
    out->push_back(c);
  } else if (IsPlainOutputChar(c)) {
    out->push_back(c);
  } else {
    AppendHexEscape(c, out);
  }
}

void AppendClass(const icu::UnicodeSet& chars, std::u32string* out) {
  out->push_back('[');
  for (int32_t r = 0; r < chars.getRangeCount(); r++) {
    char32_t start = static_cast<char32_t>(chars.getRangeStart(r));
    char32_t end = static_cast<char32_t>(chars.getRangeEnd(r));
    AppendClassChar(start, out);
    if (end == start) continue;
    if (end > start + 1) out->push_back('-');
    AppendClassChar(end, out);
  }
  out->push_back(']');
}

// A set as a `u` atom: its strings longest first, then its characters, then the empty string,
// which is the order the spec's CompileAtom tries them in.
void AppendSet(const CharSet& set, std::u32string* out) {
  if (set.strings.empty()) {
    AppendClass(set.chars, out);
    return;
  }
  std::vector<const std::u32string*> strings;
  bool has_empty = false;
  for (const std::u32string& text : set.strings) {
    if (text.empty()) {
      has_empty = true;
    } else {
      strings.push_back(&text);
    }
  }
  std::stable_sort(strings.begin(), strings.end(),
                   [](const std::u32string* a, const std::u32string* b) {
                     return a->size() > b->size();
                   });
  out->append(U"(?:");
  bool first = true;
  for (const std::u32string* text : strings) {
    if (!first) out->push_back('|');
    first = false;
    for (char32_t c : *text) AppendPatternChar(c, out);
  }
  if (!set.chars.isEmpty()) {
    if (!first) out->push_back('|');
    first = false;
    AppendClass(set.chars, out);
  }
  if (has_empty) out->push_back('|');
  out->push_back(')');
}

struct ClassNode {
  enum class Kind : uint8_t { kChar, kRange, kEscape, kProperty, kStrings, kClass };
  enum class Op : uint8_t { kUnion, kIntersection, kSubtraction };
  Kind kind = Kind::kChar;
  Op op = Op::kUnion;
  bool negated = false;              // \P{…}, [^…]
  bool may_contain_strings = false;  // MayContainStrings of the spec
  char32_t from = 0, to = 0;         // kChar, kRange; kEscape: the letter of \d \s \w \D \S \W
  size_t name_start = 0, name_end = 0;  // kProperty: the name's span in the pattern
  std::vector<std::u32string> strings;  // kStrings
  std::vector<ClassNode> children;      // kClass
};

class Translator {
 public:
  Translator(std::u32string_view pattern, bool ignore_case, std::u32string* out)
      : p_(pattern), ignore_case_(ignore_case), out_(out) {}

  bool Run(std::string* error) {
    out_->reserve(p_.size() + 16);
    while (pos_ < p_.size() && error_ == nullptr) {
      char32_t c = p_[pos_];
      if (c == '\\') {
        TranslateEscape();
      } else if (c == '[') {
        ClassNode node;
        if (ParseClass(&node, 0)) EmitClass(node);
      } else {
        out_->push_back(c);
        pos_++;
      }
    }
    if (error_ != nullptr) {
      *error = error_;
      return false;
    }
    return true;
  }

 private:
  bool Fail(const char* message) {
    if (error_ == nullptr) error_ = message;
    return false;
  }
  bool At(char32_t c) const { return pos_ < p_.size() && p_[pos_] == c; }
  bool AtDouble(char32_t c) const {
    return pos_ + 1 < p_.size() && p_[pos_] == c && p_[pos_ + 1] == c;
  }
  std::u32string_view Name(const ClassNode& node) const {
    return p_.substr(node.name_start, node.name_end - node.name_start);
  }

  // An escape outside classes: copied, except \p of a property of strings, and \P with `i`
  // (whose `v` meaning, the complement of the case-folded set, differs from `u`'s).
  void TranslateEscape() {
    if (pos_ + 2 < p_.size() && (p_[pos_ + 1] == 'p' || p_[pos_ + 1] == 'P') &&
        p_[pos_ + 2] == '{') {
      size_t close = p_.find('}', pos_ + 3);
      if (close != std::u32string_view::npos) {
        bool negated = p_[pos_ + 1] == 'P';
        std::u32string_view name = p_.substr(pos_ + 3, close - pos_ - 3);
        bool strings = IsStringPropertyName(name);
        if (strings && negated) {
          Fail(kInvalidPropertyName);
          return;
        }
        if (strings || (negated && ignore_case_)) {
          CharSet set;
          if (!PropertySet(name, &set)) {
            Fail(kInvalidPropertyName);
            return;
          }
          if (ignore_case_) Fold(&set);
          if (negated) {
            icu::UnicodeSet all = AllCharacters(ignore_case_);
            all.removeAll(set.chars);
            set.chars = all;
          }
          AppendSet(set, out_);
          pos_ = close + 1;
          return;
        }
      }
    }
    out_->push_back(p_[pos_++]);
    if (pos_ < p_.size()) out_->push_back(p_[pos_++]);
  }

  // ClassSetCharacter, at pos_.
  bool ParseClassSetCharacter(char32_t* out) {
    if (pos_ >= p_.size()) return Fail(kUnterminatedClass);
    char32_t c = p_[pos_];
    if (c == '\\') {
      if (pos_ + 1 >= p_.size()) return Fail(kEscapeAtEnd);
      char32_t d = p_[pos_ + 1];
      pos_ += 2;
      switch (d) {
        case 'f': *out = 0x0C; return true;
        case 'n': *out = 0x0A; return true;
        case 'r': *out = 0x0D; return true;
        case 't': *out = 0x09; return true;
        case 'v': *out = 0x0B; return true;
        case 'b': *out = 0x08; return true;
        case 'c':
          if (pos_ < p_.size() && ((p_[pos_] | 0x20) >= 'a' && (p_[pos_] | 0x20) <= 'z')) {
            *out = p_[pos_++] % 32;
            return true;
          }
          return Fail(kInvalidUnicodeEscape);
        case '0':
          if (pos_ < p_.size() && IsDigit(p_[pos_])) return Fail(kInvalidClassEscape);
          *out = 0;
          return true;
        case 'x': {
          int high = pos_ < p_.size() ? HexValue(p_[pos_]) : -1;
          int low = pos_ + 1 < p_.size() ? HexValue(p_[pos_ + 1]) : -1;
          if (high < 0 || low < 0) return Fail(kInvalidEscape);
          *out = char32_t(high * 16 + low);
          pos_ += 2;
          return true;
        }
        case 'u':
          return ParseUnicodeEscape(out);
        default:
          break;
      }
      if (IsDigit(d)) return Fail(kInvalidClassEscape);
      if (In(d, kSyntaxCharacters) || d == '/' || In(d, kClassSetReservedPunctuators)) {
        *out = d;
        return true;
      }
      return Fail(kInvalidEscape);
    }
    if (In(c, kClassSetSyntaxCharacters)) return Fail(kInvalidCharacterInClass);
    if (pos_ + 1 < p_.size() && p_[pos_ + 1] == c && In(c, kClassSetReservedDouble)) {
      return Fail(kInvalidClassSetOperation);
    }
    *out = c;
    pos_++;
    return true;
  }

  // After `\u`: XXXX (a surrogate pair of two escapes joined) or {X…}.
  bool ParseUnicodeEscape(char32_t* out) {
    if (At('{')) {
      size_t at = pos_ + 1;
      uint32_t value = 0;
      size_t digits = 0;
      while (at < p_.size() && HexValue(p_[at]) >= 0) {
        value = value * 16 + uint32_t(HexValue(p_[at]));
        if (value > kMaxCodePoint) return Fail(kInvalidUnicodeEscape);
        at++;
        digits++;
      }
      if (digits == 0 || at >= p_.size() || p_[at] != '}') return Fail(kInvalidUnicodeEscape);
      pos_ = at + 1;
      *out = value;
      return true;
    }
    auto four = [&](size_t at, uint32_t* value) {
      if (at + 4 > p_.size()) return false;
      *value = 0;
      for (size_t i = at; i < at + 4; i++) {
        int digit = HexValue(p_[i]);
        if (digit < 0) return false;
        *value = *value * 16 + uint32_t(digit);
      }
      return true;
    };
    uint32_t lead;
    if (!four(pos_, &lead)) return Fail(kInvalidUnicodeEscape);
    pos_ += 4;
    uint32_t trail;
    if (lead >= 0xD800 && lead <= 0xDBFF && pos_ + 1 < p_.size() && p_[pos_] == '\\' &&
        p_[pos_ + 1] == 'u' && four(pos_ + 2, &trail) && trail >= 0xDC00 && trail <= 0xDFFF) {
      pos_ += 6;
      *out = 0x10000 + ((lead - 0xD800) << 10) + (trail - 0xDC00);
      return true;
    }
    *out = lead;
    return true;
  }

  // ClassSetOperand (or, with allow_range, a ClassSetRange), at pos_.
  bool ParseOperand(ClassNode* node, bool allow_range, int depth) {
    if (pos_ >= p_.size()) return Fail(kUnterminatedClass);
    char32_t c = p_[pos_];
    if (c == '[') return ParseClass(node, depth + 1);
    if (c == '\\' && pos_ + 1 < p_.size()) {
      char32_t d = p_[pos_ + 1];
      if (In(d, "dDsSwW")) {
        node->kind = ClassNode::Kind::kEscape;
        node->from = d;
        pos_ += 2;
        return NoRangeAfter();
      }
      if (d == 'p' || d == 'P') {
        if (pos_ + 2 >= p_.size() || p_[pos_ + 2] != '{') return Fail(kInvalidClassPropertyName);
        size_t close = p_.find('}', pos_ + 3);
        if (close == std::u32string_view::npos) return Fail(kInvalidClassPropertyName);
        node->kind = ClassNode::Kind::kProperty;
        node->negated = d == 'P';
        node->name_start = pos_ + 3;
        node->name_end = close;
        if (IsStringPropertyName(Name(*node))) {
          if (node->negated) return Fail(kInvalidClassPropertyName);
          node->may_contain_strings = true;
        }
        pos_ = close + 1;
        return NoRangeAfter();
      }
      if (d == 'q') {
        pos_ += 2;
        if (!At('{')) return Fail(kInvalidEscape);
        pos_++;
        node->kind = ClassNode::Kind::kStrings;
        std::u32string current;
        while (true) {
          if (pos_ >= p_.size()) return Fail(kUnterminatedClass);
          if (At('}') || At('|')) {
            if (current.size() != 1) node->may_contain_strings = true;
            node->strings.push_back(std::move(current));
            current.clear();
            if (p_[pos_++] == '}') break;
            continue;
          }
          char32_t ch;
          if (!ParseClassSetCharacter(&ch)) return false;
          current.push_back(ch);
        }
        return NoRangeAfter();
      }
    }
    char32_t first;
    if (!ParseClassSetCharacter(&first)) return false;
    node->kind = ClassNode::Kind::kChar;
    node->from = node->to = first;
    if (allow_range && At('-') && !AtDouble('-')) {
      pos_++;
      if (At('[') || (At('\\') && pos_ + 1 < p_.size() && In(p_[pos_ + 1], "dDsSwWpPq"))) {
        return Fail(kInvalidCharacterClass);
      }
      char32_t last;
      if (!ParseClassSetCharacter(&last)) return false;
      if (last < first) return Fail(kOutOfOrder);
      node->kind = ClassNode::Kind::kRange;
      node->to = last;
    }
    return true;
  }

  // A class escape cannot start a range: [\d-a] is an error.
  bool NoRangeAfter() {
    if (At('-') && !AtDouble('-')) return Fail(kInvalidCharacterClass);
    return true;
  }

  // ClassSetExpression between the brackets.
  bool ParseContents(ClassNode* node, int depth) {
    if (At(']')) return true;
    ClassNode first;
    if (!ParseOperand(&first, true, depth)) return false;
    if (AtDouble('&') || AtDouble('-')) {
      const char32_t op = p_[pos_];
      node->op = op == '&' ? ClassNode::Op::kIntersection : ClassNode::Op::kSubtraction;
      if (first.kind == ClassNode::Kind::kRange) return Fail(kInvalidClassSetOperation);
      node->children.push_back(std::move(first));
      while (AtDouble(op)) {
        pos_ += 2;
        if (At(op)) return Fail(kInvalidCharacterInClass);
        ClassNode next;
        if (!ParseOperand(&next, false, depth)) return false;
        node->children.push_back(std::move(next));
      }
      if (!At(']')) return Fail(pos_ >= p_.size() ? kUnterminatedClass : kInvalidClassSetOperation);
      return true;
    }
    node->children.push_back(std::move(first));
    while (pos_ < p_.size() && !At(']')) {
      if (AtDouble('&') || AtDouble('-')) return Fail(kInvalidClassSetOperation);
      ClassNode next;
      if (!ParseOperand(&next, true, depth)) return false;
      node->children.push_back(std::move(next));
    }
    return true;
  }

  // A class, at its `[`.
  bool ParseClass(ClassNode* node, int depth) {
    if (depth > kMaxClassDepth) return Fail(kTooDeep);
    pos_++;
    node->kind = ClassNode::Kind::kClass;
    if (At('^')) {
      node->negated = true;
      pos_++;
    }
    if (!ParseContents(node, depth)) return false;
    if (!At(']')) return Fail(kUnterminatedClass);
    pos_++;
    bool strings = false;
    switch (node->op) {
      case ClassNode::Op::kUnion:
        for (const ClassNode& child : node->children) strings |= child.may_contain_strings;
        break;
      case ClassNode::Op::kIntersection:
        strings = true;
        for (const ClassNode& child : node->children) strings &= child.may_contain_strings;
        break;
      case ClassNode::Op::kSubtraction:
        strings = node->children[0].may_contain_strings;
        break;
    }
    if (node->negated && strings) return Fail(kNegatedClassWithStrings);
    node->may_contain_strings = strings;
    return true;
  }

  // The set of a node (CompileToCharSet), or false on an unknown property.
  bool Evaluate(const ClassNode& node, CharSet* out) {
    switch (node.kind) {
      case ClassNode::Kind::kChar:
      case ClassNode::Kind::kRange:
        out->chars.add(UChar32(node.from), UChar32(node.to));
        if (ignore_case_) Fold(out);
        return true;
      case ClassNode::Kind::kEscape: {
        char32_t letter = node.from | 0x20;
        if (letter == 'd') {
          out->chars.add('0', '9');
        } else if (letter == 's') {
          static constexpr char32_t kSpaces[] = {9,      10,     11,     12,     13,     32,
                                                 0xA0,   0x1680, 0x2028, 0x2029, 0x202F, 0x205F,
                                                 0x3000, 0xFEFF};
          for (char32_t c : kSpaces) out->chars.add(UChar32(c));
          out->chars.add(0x2000, 0x200A);
        } else {
          out->chars.add('a', 'z').add('A', 'Z').add('0', '9').add('_');
          if (ignore_case_) out->chars.add(0x017F).add(0x212A);
        }
        if (node.from != letter) Complement(out);
        return true;
      }
      case ClassNode::Kind::kProperty:
        if (!PropertySet(Name(node), out)) return Fail(kInvalidClassPropertyName);
        if (ignore_case_) Fold(out);
        if (node.negated) Complement(out);
        return true;
      case ClassNode::Kind::kStrings:
        for (const std::u32string& text : node.strings) {
          if (text.size() == 1) {
            out->chars.add(UChar32(text[0]));
          } else {
            out->strings.insert(text);
          }
        }
        if (ignore_case_) Fold(out);
        return true;
      case ClassNode::Kind::kClass:
        break;
    }
    bool first = true;
    for (const ClassNode& child : node.children) {
      CharSet set;
      if (!Evaluate(child, &set)) return false;
      if (first) {
        *out = std::move(set);
        first = false;
        continue;
      }
      switch (node.op) {
        case ClassNode::Op::kUnion:
          out->chars.addAll(set.chars);
          out->strings.insert(set.strings.begin(), set.strings.end());
          break;
        case ClassNode::Op::kIntersection: {
          out->chars.retainAll(set.chars);
          std::set<std::u32string> kept;
          for (const std::u32string& text : out->strings) {
            if (set.strings.count(text) != 0) kept.insert(text);
          }
          out->strings.swap(kept);
          break;
        }
        case ClassNode::Op::kSubtraction:
          out->chars.removeAll(set.chars);
          for (const std::u32string& text : set.strings) out->strings.erase(text);
          break;
      }
    }
    if (node.negated) Complement(out);
    return true;
  }

  void Complement(CharSet* set) {
    icu::UnicodeSet all = AllCharacters(ignore_case_);
    all.removeAll(set->chars);
    set->chars = all;
    set->strings.clear();
  }

  // A top-level class that is a plain union of characters, ranges and escapes means the same
  // in `u` mode and is written the same way.
  bool IsPlainUnion(const ClassNode& node) const {
    if (node.op != ClassNode::Op::kUnion) return false;
    for (const ClassNode& child : node.children) {
      switch (child.kind) {
        case ClassNode::Kind::kChar:
        case ClassNode::Kind::kRange:
        case ClassNode::Kind::kEscape:
          break;
        case ClassNode::Kind::kProperty:
          if (child.may_contain_strings || (child.negated && ignore_case_)) return false;
          break;
        default:
          return false;
      }
    }
    return true;
  }

  void EmitClass(const ClassNode& node) {
    if (IsPlainUnion(node)) {
      out_->push_back('[');
      if (node.negated) out_->push_back('^');
      for (const ClassNode& child : node.children) {
        switch (child.kind) {
          case ClassNode::Kind::kChar:
            AppendClassChar(child.from, out_);
            break;
          case ClassNode::Kind::kRange:
            AppendClassChar(child.from, out_);
            out_->push_back('-');
            AppendClassChar(child.to, out_);
            break;
          case ClassNode::Kind::kEscape:
            out_->push_back('\\');
            out_->push_back(child.from);
            break;
          default:  // kProperty
            out_->append(child.negated ? U"\\P{" : U"\\p{");
            out_->append(Name(child));
            out_->push_back('}');
            break;
        }
      }
      out_->push_back(']');
      return;
    }
    CharSet set;
    if (Evaluate(node, &set)) AppendSet(set, out_);
  }

  std::u32string_view p_;
  bool ignore_case_;
  std::u32string* out_;
  size_t pos_ = 0;
  const char* error_ = nullptr;
};

void DecodeUtf8(std::string_view text, std::u32string* out) {
  out->reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    unsigned char byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      out->push_back(byte);
      i++;
      continue;
    }
    int length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 0;
    char32_t c = length == 4 ? (byte & 0x07) : length == 3 ? (byte & 0x0F) : (byte & 0x1F);
    bool valid = length != 0 && byte < 0xF5 && i + size_t(length) <= text.size();
    for (int k = 1; valid && k < length; k++) {
      unsigned char next = static_cast<unsigned char>(text[i + size_t(k)]);
      if ((next & 0xC0) != 0x80) valid = false;
      c = (c << 6) | (next & 0x3F);
    }
    // Overlong forms and surrogates are invalid too (an overlong "\n" must not become one).
    static constexpr char32_t kMinimum[] = {0, 0, 0x80, 0x800, 0x10000};
    if (!valid || c > kMaxCodePoint || c < kMinimum[length] || (c >= 0xD800 && c <= 0xDFFF)) {
      out->push_back(0xFFFD);
      i++;
      continue;
    }
    out->push_back(c);
    i += size_t(length);
  }
}

void EncodeUtf8(std::u32string_view text, std::string* out) {
  for (char32_t c : text) {
    if (c < 0x80) {
      out->push_back(char(c));
    } else if (c < 0x800) {
      out->push_back(char(0xC0 | (c >> 6)));
      out->push_back(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
      out->push_back(char(0xE0 | (c >> 12)));
      out->push_back(char(0x80 | ((c >> 6) & 0x3F)));
      out->push_back(char(0x80 | (c & 0x3F)));
    } else {
      out->push_back(char(0xF0 | (c >> 18)));
      out->push_back(char(0x80 | ((c >> 12) & 0x3F)));
      out->push_back(char(0x80 | ((c >> 6) & 0x3F)));
      out->push_back(char(0x80 | (c & 0x3F)));
    }
  }
}

bool IsIdentifierPart(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '_' || c == '$' || c >= 0x80;
}

// V8 10.2's flags plus `v`, each at most once, and not `u` with `v`.
bool ValidLiteralFlags(std::string_view flags) {
  bool seen[26] = {};
  for (char c : flags) {
    if (std::strchr("dgimsuyv", c) == nullptr || c == 0) return false;
    if (seen[c - 'a']) return false;
    seen[c - 'a'] = true;
  }
  return !(seen['u' - 'a'] && seen['v' - 'a']);
}

}  // namespace

bool TranslateUnicodeSets(std::u32string_view pattern, bool ignore_case, std::u32string* out,
                          std::string* error) {
  std::u32string result;
  if (!Translator(pattern, ignore_case, &result).Run(error)) return false;
  *out = std::move(result);
  return true;
}

bool TranslateUnicodeSets16(std::u16string_view pattern, bool ignore_case, std::u16string* out,
                            std::string* error) {
  std::u32string input;
  input.reserve(pattern.size());
  for (size_t i = 0; i < pattern.size(); i++) {
    char32_t c = pattern[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < pattern.size() && pattern[i + 1] >= 0xDC00 &&
        pattern[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (pattern[i + 1] - 0xDC00);
      i++;
    }
    input.push_back(c);
  }
  std::u32string result;
  if (!Translator(input, ignore_case, &result).Run(error)) return false;
  out->clear();
  out->reserve(result.size());
  for (char32_t c : result) {
    if (c >= 0x10000) {
      out->push_back(char16_t(0xD800 + ((c - 0x10000) >> 10)));
      out->push_back(char16_t(0xDC00 + ((c - 0x10000) & 0x3FF)));
    } else {
      out->push_back(char16_t(c));
    }
  }
  return true;
}

bool MayHaveUnicodeSetsLiteral(std::string_view source) {
  const char* at = source.data();
  const char* end = at + source.size();
  while ((at = static_cast<const char*>(std::memchr(at, '/', size_t(end - at)))) != nullptr) {
    const char* flag = ++at;
    bool has_v = false;
    while (flag < end && *flag >= 'a' && *flag <= 'z' && std::strchr("dgimsuyv", *flag) != nullptr) {
      has_v |= *flag++ == 'v';
    }
    // Paths ("a/v/b", "/v-1") are the common false hits: a regex is not followed by `/` or `-`.
    if (has_v && (flag == end || (!IsIdentifierPart(static_cast<unsigned char>(*flag)) &&
                                  *flag != '/' && *flag != '-'))) {
      return true;
    }
  }
  return false;
}

bool RewriteUnicodeSetsLiterals(std::string_view source, std::string* out,
                                RegExpLiteralError* error) {
  if (!MayHaveUnicodeSetsLiteral(source)) return false;
  TokenList list = Tokenize(source);
  std::string result;
  size_t copied = 0;
  for (const Token& token : list.tokens) {
    if (token.kind != TokenKind::kRegExp) continue;
    std::string_view text = TokenText(source, token);
    size_t slash = text.rfind('/');
    if (slash == 0 || slash == std::string_view::npos) continue;
    std::string_view flags = text.substr(slash + 1);
    if (flags.find('v') == std::string_view::npos) continue;
    std::string_view body = text.substr(1, slash - 1);
    std::string message;
    std::u32string pattern, translated;
    if (!ValidLiteralFlags(flags)) {
      message = "Invalid regular expression flags";
    } else {
      DecodeUtf8(body, &pattern);
      std::string problem;
      if (!TranslateUnicodeSets(pattern, flags.find('i') != std::string_view::npos, &translated,
                                &problem)) {
        message = "Invalid regular expression: /" + std::string(body) + "/" + std::string(flags) +
                  ": " + problem;
      }
    }
    if (!message.empty()) {
      error->message = std::move(message);
      error->offset = token.start;
      error->length = token.end - token.start;
      return false;
    }
    if (result.empty()) result.reserve(source.size() + 64);
    result.append(source.substr(copied, token.start - copied));
    result.push_back('/');
    EncodeUtf8(translated, &result);
    result.push_back('/');
    for (char c : flags) result.push_back(c == 'v' ? 'u' : c);
    copied = token.end;
  }
  if (copied == 0) return false;
  result.append(source.substr(copied));
  *out = std::move(result);
  return true;
}

}  // namespace kiln::loader
