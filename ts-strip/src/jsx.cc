// The JSX transform for .tsx and .jsx files, as tsc and Babel write it: the automatic runtime
// (`jsx`/`jsxs` from `<importSource>/jsx-runtime`) or the classic one (`React.createElement`),
// chosen by options (tsconfig) or by pragmas in comments (`@jsxRuntime`, `@jsx`, `@jsxFrag`,
// `@jsxImportSource`). Each element's generated call keeps the element's line breaks, so the
// lines after it keep their numbers.
#include <cstring>
#include <unordered_map>

#include "stripper.h"

namespace kiln::ts_strip {
namespace {

struct Entity {
  const char* name;
  uint32_t code;
};

// The XHTML entities JSX text and attribute strings may use (the list tsc and Babel accept).
constexpr Entity kEntities[] = {
    {"quot", 34}, {"amp", 38}, {"apos", 39}, {"lt", 60}, {"gt", 62},
    {"nbsp", 160}, {"iexcl", 161}, {"cent", 162}, {"pound", 163}, {"curren", 164},
    {"yen", 165}, {"brvbar", 166}, {"sect", 167}, {"uml", 168}, {"copy", 169},
    {"ordf", 170}, {"laquo", 171}, {"not", 172}, {"shy", 173}, {"reg", 174},
    {"macr", 175}, {"deg", 176}, {"plusmn", 177}, {"sup2", 178}, {"sup3", 179},
    {"acute", 180}, {"micro", 181}, {"para", 182}, {"middot", 183}, {"cedil", 184},
    {"sup1", 185}, {"ordm", 186}, {"raquo", 187}, {"frac14", 188}, {"frac12", 189},
    {"frac34", 190}, {"iquest", 191}, {"Agrave", 192}, {"Aacute", 193}, {"Acirc", 194},
    {"Atilde", 195}, {"Auml", 196}, {"Aring", 197}, {"AElig", 198}, {"Ccedil", 199},
    {"Egrave", 200}, {"Eacute", 201}, {"Ecirc", 202}, {"Euml", 203}, {"Igrave", 204},
    {"Iacute", 205}, {"Icirc", 206}, {"Iuml", 207}, {"ETH", 208}, {"Ntilde", 209},
    {"Ograve", 210}, {"Oacute", 211}, {"Ocirc", 212}, {"Otilde", 213}, {"Ouml", 214},
    {"times", 215}, {"Oslash", 216}, {"Ugrave", 217}, {"Uacute", 218}, {"Ucirc", 219},
    {"Uuml", 220}, {"Yacute", 221}, {"THORN", 222}, {"szlig", 223}, {"agrave", 224},
    {"aacute", 225}, {"acirc", 226}, {"atilde", 227}, {"auml", 228}, {"aring", 229},
    {"aelig", 230}, {"ccedil", 231}, {"egrave", 232}, {"eacute", 233}, {"ecirc", 234},
    {"euml", 235}, {"igrave", 236}, {"iacute", 237}, {"icirc", 238}, {"iuml", 239},
    {"eth", 240}, {"ntilde", 241}, {"ograve", 242}, {"oacute", 243}, {"ocirc", 244},
    {"otilde", 245}, {"ouml", 246}, {"divide", 247}, {"oslash", 248}, {"ugrave", 249},
    {"uacute", 250}, {"ucirc", 251}, {"uuml", 252}, {"yacute", 253}, {"thorn", 254},
    {"yuml", 255}, {"OElig", 338}, {"oelig", 339}, {"Scaron", 352}, {"scaron", 353},
    {"Yuml", 376}, {"fnof", 402}, {"circ", 710}, {"tilde", 732}, {"Alpha", 913},
    {"Beta", 914}, {"Gamma", 915}, {"Delta", 916}, {"Epsilon", 917}, {"Zeta", 918},
    {"Eta", 919}, {"Theta", 920}, {"Iota", 921}, {"Kappa", 922}, {"Lambda", 923},
    {"Mu", 924}, {"Nu", 925}, {"Xi", 926}, {"Omicron", 927}, {"Pi", 928},
    {"Rho", 929}, {"Sigma", 931}, {"Tau", 932}, {"Upsilon", 933}, {"Phi", 934},
    {"Chi", 935}, {"Psi", 936}, {"Omega", 937}, {"alpha", 945}, {"beta", 946},
    {"gamma", 947}, {"delta", 948}, {"epsilon", 949}, {"zeta", 950}, {"eta", 951},
    {"theta", 952}, {"iota", 953}, {"kappa", 954}, {"lambda", 955}, {"mu", 956},
    {"nu", 957}, {"xi", 958}, {"omicron", 959}, {"pi", 960}, {"rho", 961},
    {"sigmaf", 962}, {"sigma", 963}, {"tau", 964}, {"upsilon", 965}, {"phi", 966},
    {"chi", 967}, {"psi", 968}, {"omega", 969}, {"thetasym", 977}, {"upsih", 978},
    {"piv", 982}, {"ensp", 8194}, {"emsp", 8195}, {"thinsp", 8201}, {"zwnj", 8204},
    {"zwj", 8205}, {"lrm", 8206}, {"rlm", 8207}, {"ndash", 8211}, {"mdash", 8212},
    {"lsquo", 8216}, {"rsquo", 8217}, {"sbquo", 8218}, {"ldquo", 8220}, {"rdquo", 8221},
    {"bdquo", 8222}, {"dagger", 8224}, {"Dagger", 8225}, {"bull", 8226}, {"hellip", 8230},
    {"permil", 8240}, {"prime", 8242}, {"Prime", 8243}, {"lsaquo", 8249}, {"rsaquo", 8250},
    {"oline", 8254}, {"frasl", 8260}, {"euro", 8364}, {"image", 8465}, {"weierp", 8472},
    {"real", 8476}, {"trade", 8482}, {"alefsym", 8501}, {"larr", 8592}, {"uarr", 8593},
    {"rarr", 8594}, {"darr", 8595}, {"harr", 8596}, {"crarr", 8629}, {"lArr", 8656},
    {"uArr", 8657}, {"rArr", 8658}, {"dArr", 8659}, {"hArr", 8660}, {"forall", 8704},
    {"part", 8706}, {"exist", 8707}, {"empty", 8709}, {"nabla", 8711}, {"isin", 8712},
    {"notin", 8713}, {"ni", 8715}, {"prod", 8719}, {"sum", 8721}, {"minus", 8722},
    {"lowast", 8727}, {"radic", 8730}, {"prop", 8733}, {"infin", 8734}, {"ang", 8736},
    {"and", 8743}, {"or", 8744}, {"cap", 8745}, {"cup", 8746}, {"int", 8747},
    {"there4", 8756}, {"sim", 8764}, {"cong", 8773}, {"asymp", 8776}, {"ne", 8800},
    {"equiv", 8801}, {"le", 8804}, {"ge", 8805}, {"sub", 8834}, {"sup", 8835},
    {"nsub", 8836}, {"sube", 8838}, {"supe", 8839}, {"oplus", 8853}, {"otimes", 8855},
    {"perp", 8869}, {"sdot", 8901}, {"lceil", 8968}, {"rceil", 8969}, {"lfloor", 8970},
    {"rfloor", 8971}, {"lang", 9001}, {"rang", 9002}, {"loz", 9674}, {"spades", 9824},
    {"clubs", 9827}, {"hearts", 9829}, {"diams", 9830},
};

void AppendCodePoint(uint32_t code, std::string* out) {
  if (code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) code = 0xFFFD;
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

// Decodes `&name;`, `&#123;` and `&#x1F;` in JSX text; unknown references stay as written.
std::string DecodeEntities(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); i++) {
    if (text[i] != '&') {
      out += text[i];
      continue;
    }
    size_t semicolon = text.find(';', i);
    if (semicolon == std::string_view::npos || semicolon - i > 10) {
      out += '&';
      continue;
    }
    std::string_view name = text.substr(i + 1, semicolon - i - 1);
    bool decoded = false;
    if (name.size() >= 2 && name[0] == '#') {
      uint32_t code = 0;
      bool hex = name[1] == 'x' || name[1] == 'X';
      size_t start = hex ? 2 : 1;
      bool ok = start < name.size();
      for (size_t j = start; j < name.size() && ok; j++) {
        char c = name[j];
        int digit = c >= '0' && c <= '9'   ? c - '0'
                    : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                  : -1;
        if (digit < 0 || code > 0x10FFFF) ok = false;
        else code = code * (hex ? 16 : 10) + static_cast<uint32_t>(digit);
      }
      if (ok) {
        AppendCodePoint(code, &out);
        decoded = true;
      }
    } else {
      for (const Entity& entity : kEntities) {
        if (name == entity.name) {
          AppendCodePoint(entity.code, &out);
          decoded = true;
          break;
        }
      }
    }
    if (decoded) {
      i = semicolon;
    } else {
      out += '&';
    }
  }
  return out;
}

// JSX text as React sees it: lines trimmed, blank lines with line breaks dropped, the rest joined
// by one space (Babel's cleanJSXElementLiteralChild).
std::string CleanJsxText(const std::string& value) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t i = 0; i <= value.size(); i++) {
    if (i == value.size() || value[i] == '\n' || value[i] == '\r') {
      lines.push_back(value.substr(start, i - start));
      if (i + 1 < value.size() && value[i] == '\r' && value[i + 1] == '\n') i++;
      start = i + 1;
    }
  }
  size_t last_non_empty = 0;
  for (size_t i = 0; i < lines.size(); i++) {
    if (lines[i].find_first_not_of(" \t") != std::string::npos) last_non_empty = i;
  }
  std::string result;
  for (size_t i = 0; i < lines.size(); i++) {
    std::string line = lines[i];
    for (char& c : line) {
      if (c == '\t') c = ' ';
    }
    if (i != 0) {
      size_t first = line.find_first_not_of(' ');
      line = first == std::string::npos ? "" : line.substr(first);
    }
    if (i + 1 != lines.size()) {
      size_t last = line.find_last_not_of(' ');
      line = last == std::string::npos ? "" : line.substr(0, last + 1);
    }
    if (!line.empty()) {
      if (i != last_non_empty) line += ' ';
      result += line;
    }
  }
  return result;
}

std::string JsString(std::string_view value) {
  std::string out = "\"";
  for (unsigned char c : value) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
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
  // U+2028/U+2029 are line terminators in older engines' string literals.
  size_t found;
  while ((found = out.find("\xE2\x80\xA8")) != std::string::npos) out.replace(found, 3, "\\u2028");
  while ((found = out.find("\xE2\x80\xA9")) != std::string::npos) out.replace(found, 3, "\\u2029");
  out += '"';
  return out;
}

bool IsValidIdentifier(std::string_view name) {
  if (name.empty()) return false;
  for (size_t i = 0; i < name.size(); i++) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    if (!(std::isalpha(c) || c == '_' || c == '$' || c >= 0x80 || (i > 0 && std::isdigit(c)))) {
      return false;
    }
  }
  return true;
}

// The first name of a dotted factory (`React` of `React.createElement`).
std::string_view RootName(std::string_view expression) {
  size_t end = 0;
  while (end < expression.size() &&
         (std::isalnum(static_cast<unsigned char>(expression[end])) || expression[end] == '_' ||
          expression[end] == '$')) {
    end++;
  }
  return expression.substr(0, end);
}

}  // namespace

// Writes the JavaScript of one element (and its children), keeping its line breaks.
class JsxGenerator {
 public:
  JsxGenerator(Stripper* s, std::string* out, uint32_t line_pos) : s_(*s), out_(*out), line_(line_pos) {}

  void Element(TSNode node) {
    Kind kind = s_.KindOf(node);
    TSNode opening = kind == Kind::kJsxSelfClosingElement
                         ? node
                         : s_.ChildByField(node, FieldId::kOpenTag);
    if (ts_node_is_null(opening)) opening = ts_node_named_child(node, 0);
    TSNode name = ts_node_is_null(opening) ? TSNode{} : s_.ChildByField(opening, FieldId::kName);
    bool fragment = ts_node_is_null(name);

    // Attributes, in order; a key after a spread makes the automatic runtime fall back to
    // createElement (React's rule, followed by tsc and Babel).
    std::vector<TSNode> attributes;
    bool seen_spread = false, key_after_spread = false;
    if (!ts_node_is_null(opening)) {
      s_.ForEachChild(opening, [&](TSNode child, FieldId field) {
        if (field != FieldId::kAttribute) return true;
        attributes.push_back(child);
        if (s_.KindOf(child) == Kind::kJsxExpression) {
          seen_spread = true;
        } else if (seen_spread && AttributeName(child) == "key") {
          key_after_spread = true;
        }
        return true;
      });
    }
    std::vector<Child> children;
    if (kind == Kind::kJsxElement) CollectChildren(node, &children);

    const JsxOptions& jsx = s_.jsx_;
    bool classic = jsx.runtime == JsxRuntime::kClassic;
    if (classic || key_after_spread) {
      Classic(node, name, fragment, attributes, children, key_after_spread && !classic);
    } else {
      Automatic(node, name, fragment, attributes, children);
    }
  }

 private:
  struct Child {
    TSNode node{};           // an element or an expression container
    std::string text;        // a text run, already cleaned
    uint32_t position = 0;
    bool is_text = false;
  };

  void SyncLines(uint32_t position) {
    if (position > line_) {
      s_.AppendNewlinesOf(line_, position, &out_);
      line_ = position;
    }
  }

  std::string_view AttributeName(TSNode attribute) {
    TSNode name = ts_node_named_child(attribute, 0);
    return ts_node_is_null(name) ? std::string_view() : s_.Text(name);
  }

  void CollectChildren(TSNode element, std::vector<Child>* children) {
    std::string run;
    bool in_run = false;
    uint32_t run_start = 0;
    auto flush = [&]() {
      if (!in_run) return;
      std::string cleaned = CleanJsxText(run);
      if (!cleaned.empty()) children->push_back({TSNode{}, cleaned, run_start, true});
      run.clear();
      in_run = false;
    };
    s_.ForEachChild(element, [&](TSNode child, FieldId field) {
      if (field == FieldId::kOpenTag || field == FieldId::kCloseTag) return true;
      Kind kind = s_.KindOf(child);
      switch (kind) {
        case Kind::kJsxText:
        case Kind::kHtmlCharacterReference:
          if (!in_run) run_start = ts_node_start_byte(child);
          in_run = true;
          run += DecodeEntities(s_.Text(child));
          break;
        case Kind::kJsxExpression: {
          flush();
          // `{}` and `{/* comment */}` are not children.
          bool empty = true;
          s_.ForEachChild(child, [&](TSNode inner, FieldId) {
            if (ts_node_is_named(inner) && s_.KindOf(inner) != Kind::kComment) empty = false;
            return empty;
          });
          if (!empty) children->push_back({child, {}, ts_node_start_byte(child), false});
          break;
        }
        case Kind::kJsxElement:
        case Kind::kJsxSelfClosingElement:
          flush();
          children->push_back({child, {}, ts_node_start_byte(child), false});
          break;
        default:
          if (ts_node_is_named(child) && kind != Kind::kComment) {
            flush();
            children->push_back({child, {}, ts_node_start_byte(child), false});
          }
          break;
      }
      return true;
    });
    flush();
  }

  void Tag(TSNode name, bool fragment, bool classic) {
    if (fragment) {
      out_ += classic ? s_.jsx_.fragment_factory : s_.FragmentName();
      return;
    }
    Kind kind = s_.KindOf(name);
    std::string_view text = s_.Text(name);
    if (kind == Kind::kJsxNamespaceName) {
      std::string joined;
      for (char c : text) {
        if (!std::isspace(static_cast<unsigned char>(c))) joined += c;
      }
      out_ += JsString(joined);
      return;
    }
    if (kind == Kind::kIdentifier &&
        (text.find('-') != std::string_view::npos ||
         (!text.empty() && std::islower(static_cast<unsigned char>(text[0]))))) {
      out_ += JsString(text);
      return;
    }
    s_.RenderNode(name, &out_);
    line_ = std::max(line_, ts_node_end_byte(name));
  }

  // Appends `value` (an attribute's value node, or none for `true`).
  void AttributeValue(TSNode value) {
    if (ts_node_is_null(value)) {
      out_ += "true";
      return;
    }
    Kind kind = s_.KindOf(value);
    if (kind == Kind::kString) {
      std::string_view text = s_.Text(value);
      std::string_view body = text.size() >= 2 ? text.substr(1, text.size() - 2) : text;
      out_ += JsString(DecodeEntities(body));
      return;
    }
    if (kind == Kind::kJsxExpression) {
      TSNode inner = FirstNamed(value);
      if (ts_node_is_null(inner)) {
        out_ += "undefined";
        return;
      }
      Expression(inner);
      return;
    }
    // An element as an attribute value.
    Element(value);
  }

  TSNode FirstNamed(TSNode container) {
    TSNode found{};
    s_.ForEachChild(container, [&](TSNode child, FieldId) {
      if (ts_node_is_named(child) && s_.KindOf(child) != Kind::kComment) {
        found = child;
        return false;
      }
      return true;
    });
    return found;
  }

  void Expression(TSNode node) {
    SyncLines(ts_node_start_byte(node));
    Kind kind = s_.KindOf(node);
    if (kind == Kind::kJsxElement || kind == Kind::kJsxSelfClosingElement) {
      Element(node);
    } else {
      s_.RenderNode(node, &out_);
      line_ = std::max(line_, ts_node_end_byte(node));
    }
  }

  void PropertyKey(std::string_view name) {
    if (IsValidIdentifier(name)) {
      out_ += name;
    } else {
      std::string joined;
      for (char c : name) {
        if (!std::isspace(static_cast<unsigned char>(c))) joined += c;
      }
      out_ += JsString(joined);
    }
  }

  // One attribute as an object property; false for `key` in the automatic runtime.
  void Attribute(TSNode attribute) {
    SyncLines(ts_node_start_byte(attribute));
    if (s_.KindOf(attribute) == Kind::kJsxExpression) {
      TSNode spread = FirstNamed(attribute);
      if (ts_node_is_null(spread)) return;
      if (s_.KindOf(spread) == Kind::kSpreadElement) {
        s_.RenderNode(spread, &out_);
        line_ = std::max(line_, ts_node_end_byte(spread));
      } else {
        out_ += "...";
        Expression(spread);
      }
      return;
    }
    PropertyKey(AttributeName(attribute));
    out_ += ": ";
    AttributeValue(ts_node_named_child(attribute, 1));
  }

  void ChildValue(const Child& child) {
    SyncLines(child.position);
    if (child.is_text) {
      out_ += JsString(child.text);
      return;
    }
    Kind kind = s_.KindOf(child.node);
    if (kind == Kind::kJsxExpression) {
      TSNode inner = FirstNamed(child.node);
      if (s_.KindOf(inner) == Kind::kSpreadElement) {
        s_.RenderNode(inner, &out_);
        line_ = std::max(line_, ts_node_end_byte(inner));
        return;
      }
      Expression(inner);
      return;
    }
    Expression(child.node);
  }

  void Automatic(TSNode node, TSNode name, bool fragment, const std::vector<TSNode>& attributes,
                 const std::vector<Child>& children) {
    bool multiple = children.size() > 1;
    out_ += multiple ? s_.JsxsName() : s_.JsxName();
    out_ += "(";
    Tag(name, fragment, false);
    out_ += ", {";
    bool first = true;
    TSNode key_value{};
    bool has_key = false;
    for (TSNode attribute : attributes) {
      if (s_.KindOf(attribute) == Kind::kJsxAttribute && AttributeName(attribute) == "key") {
        key_value = ts_node_named_child(attribute, 1);
        has_key = true;
        continue;
      }
      out_ += first ? " " : ", ";
      first = false;
      Attribute(attribute);
    }
    if (!children.empty()) {
      out_ += first ? " " : ", ";
      first = false;
      out_ += "children: ";
      if (multiple) out_ += "[";
      for (size_t i = 0; i < children.size(); i++) {
        if (i > 0) out_ += ", ";
        ChildValue(children[i]);
      }
      if (multiple) out_ += "]";
    }
    out_ += first ? "}" : " }";
    if (has_key) {
      out_ += ", ";
      AttributeValue(key_value);
    }
    out_ += ")";
    SyncLines(ts_node_end_byte(node));
  }

  void Classic(TSNode node, TSNode name, bool fragment, const std::vector<TSNode>& attributes,
               const std::vector<Child>& children, bool create_element_fallback) {
    out_ += create_element_fallback ? s_.CreateElementName() : s_.jsx_.factory;
    out_ += "(";
    if (create_element_fallback && fragment) {
      out_ += s_.FragmentName();
    } else {
      Tag(name, fragment, !create_element_fallback);
    }
    out_ += ", ";
    if (attributes.empty()) {
      out_ += "null";
    } else {
      out_ += "{ ";
      for (size_t i = 0; i < attributes.size(); i++) {
        if (i > 0) out_ += ", ";
        Attribute(attributes[i]);
      }
      out_ += " }";
    }
    if (create_element_fallback && !children.empty()) {
      // createElement takes children as arguments, like the classic runtime.
    }
    for (const Child& child : children) {
      out_ += ", ";
      ChildValue(child);
    }
    out_ += ")";
    SyncLines(ts_node_end_byte(node));
  }

  Stripper& s_;
  std::string& out_;
  uint32_t line_;
};

std::string Stripper::JsxName() {
  jsx_uses_jsx_ = true;
  if (jsx_name_.empty()) jsx_name_ = UniqueName("_jsx");
  return jsx_name_;
}

std::string Stripper::JsxsName() {
  jsx_uses_jsxs_ = true;
  if (jsxs_name_.empty()) jsxs_name_ = UniqueName("_jsxs");
  return jsxs_name_;
}

std::string Stripper::FragmentName() {
  jsx_uses_fragment_ = true;
  if (fragment_name_.empty()) fragment_name_ = UniqueName("_Fragment");
  // CommonJS gets the runtime lazily through hoisted functions: the fragment is a call.
  return IsESM() ? fragment_name_ : fragment_name_ + "()";
}

std::string Stripper::CreateElementName() {
  jsx_uses_create_element_ = true;
  if (create_element_name_.empty()) create_element_name_ = UniqueName("_createElement");
  return create_element_name_;
}

bool Stripper::HandleJsx(TSNode node) {
  has_jsx_ = true;
  MarkColumnsShifted();
  // Elements nested directly in an element are written by the outer one's generator.
  if (!frames_.empty()) {
    Kind parent = frames_.back().kind;
    if (parent == Kind::kJsxElement) return true;
    if (parent == Kind::kJsxAttribute && frames_.size() >= 2) {
      // An element as an attribute value is written with its element.
      return true;
    }
  }
  uint32_t start = ts_node_start_byte(node);
  AddGenerated(start, ts_node_end_byte(node), [this, node, start](std::string* out) {
    JsxGenerator generator(this, out, start);
    generator.Element(node);
  });
  return true;
}

// `/** @jsx h */`, `/** @jsxFrag Fragment */`, `/** @jsxImportSource preact */`,
// `/** @jsxRuntime classic */`.
void Stripper::ScanPragmas(TSNode comment) {
  std::string_view text = Text(comment);
  size_t at = 0;
  while ((at = text.find("@jsx", at)) != std::string_view::npos) {
    size_t name_end = at + 1;
    while (name_end < text.size() && std::isalpha(static_cast<unsigned char>(text[name_end]))) {
      name_end++;
    }
    std::string_view pragma = text.substr(at + 1, name_end - at - 1);
    size_t value_start = name_end;
    while (value_start < text.size() && (text[value_start] == ' ' || text[value_start] == '\t')) {
      value_start++;
    }
    size_t value_end = value_start;
    while (value_end < text.size() && !std::isspace(static_cast<unsigned char>(text[value_end])) &&
           text.compare(value_end, 2, "*/") != 0) {
      value_end++;
    }
    std::string value(text.substr(value_start, value_end - value_start));
    at = name_end;
    if (value.empty()) continue;
    if (pragma == "jsx") {
      jsx_.factory = value;
      if (!jsx_runtime_pragma_) jsx_.runtime = JsxRuntime::kClassic;
    } else if (pragma == "jsxFrag") {
      jsx_.fragment_factory = value;
    } else if (pragma == "jsxImportSource") {
      jsx_.import_source = value;
      if (!jsx_runtime_pragma_) jsx_.runtime = JsxRuntime::kAutomatic;
    } else if (pragma == "jsxRuntime") {
      if (value == "classic") jsx_.runtime = JsxRuntime::kClassic;
      if (value == "automatic") jsx_.runtime = JsxRuntime::kAutomatic;
      jsx_runtime_pragma_ = true;
    }
  }
}

void Stripper::NoteJsxFactoryReferences() {
  if (!has_jsx_ || jsx_.runtime != JsxRuntime::kClassic) return;
  // The factory names a binding the file imports (`import React from 'react'`): not elided.
  NoteValueReference(RootName(jsx_.factory));
  NoteValueReference(RootName(jsx_.fragment_factory));
}

// The imports of the automatic runtime, appended at the end: ES imports are hoisted, and in
// CommonJS hoisted functions require the runtime on first use.
void Stripper::AppendJsxImport() {
  std::string runtime = jsx_.import_source + "/jsx-runtime";
  if (IsESM()) {
    std::string names;
    auto add = [&](bool used, const char* exported, const std::string& local) {
      if (!used) return;
      if (!names.empty()) names += ", ";
      names += std::string(exported) + " as " + local;
    };
    add(jsx_uses_jsx_, "jsx", jsx_name_);
    add(jsx_uses_jsxs_, "jsxs", jsxs_name_);
    add(jsx_uses_fragment_, "Fragment", fragment_name_);
    if (!names.empty()) suffix_ += "\nimport { " + names + " } from " + JsString(runtime) + ";";
    if (jsx_uses_create_element_) {
      suffix_ += "\nimport { createElement as " + create_element_name_ + " } from " +
                 JsString(jsx_.import_source) + ";";
    }
    return;
  }
  if (!jsx_uses_jsx_ && !jsx_uses_jsxs_ && !jsx_uses_fragment_ && !jsx_uses_create_element_) {
    return;
  }
  std::string cache = UniqueName("_jsxRuntime");
  std::string load = "(" + cache + " ??" "= require(" + JsString(runtime) + "))";
  suffix_ += "\nvar " + cache + ";";
  if (jsx_uses_jsx_) {
    suffix_ += " function " + jsx_name_ + "(type, props, key) { return " + load +
               ".jsx(type, props, key); }";
  }
  if (jsx_uses_jsxs_) {
    suffix_ += " function " + jsxs_name_ + "(type, props, key) { return " + load +
               ".jsxs(type, props, key); }";
  }
  if (jsx_uses_fragment_) {
    suffix_ += " function " + fragment_name_ + "() { return " + load + ".Fragment; }";
  }
  if (jsx_uses_create_element_) {
    suffix_ += " function " + create_element_name_ + "() { return require(" +
               JsString(jsx_.import_source) + ").createElement.apply(null, arguments); }";
  }
}

}  // namespace kiln::ts_strip
