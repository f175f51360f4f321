// The fast path's parser: recursive descent over the scanner's tokens, recording what
// strip.cc's walk over tree-sitter's tree would record (blanks, `;`/`)` edits, value references,
// import and export elision), then rendering the same way. Every decision mirrors a handler of
// strip.cc; where tree-sitter-typescript's grammar and TypeScript could disagree, or the code
// needs generation, it throws Bail and the file takes the tree-sitter path.
#include "fast/eraser.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "fast/scanner.h"
#include "text.h"

namespace kiln::ts_strip::fast {
namespace {

struct CharEdit {
  uint32_t start;
  uint32_t end;
  char c;
  bool pad;  // a second space (the replaced character was two UTF-16 units)
};

// The previous statement of a statement list, for the `;` put before a blanked statement.
struct List {
  // kNone also stands for the statements strip.cc has no Kind for (do, try, switch, break,
  // continue, debugger): no `;` is put after those. An if/else, loop, `with` or labeled
  // statement takes the kind of the statement that ends it (its body).
  // kUnknown: a switch case's value, whose Kind depends on the expression, or the body of such
  // a statement before it is parsed (a type-only body): bail out.
  enum Prev : uint8_t { kNone, kOther, kBraceEnds, kUnknown } prev = kNone;
  uint32_t prev_end = 0;
};

// The body of an if/else, loop, `with` or labeled statement.
List BodyList() {
  List body;
  body.prev = List::kUnknown;
  return body;
}

struct AsCandidate {
  uint32_t keyword;  // start of `as`/`satisfies`
  uint32_t end;      // end of the type
  uint32_t context;  // the innermost statement it is in
};

struct ImportBinding {
  std::string_view name;
  Range blank;
  uint32_t statement;
};

struct ImportStatement {
  Range range;
  uint32_t bindings = 0;
  uint32_t elided = 0;
  bool keep_when_empty = false;
};

struct LocalExport {
  std::string_view name;
  Range blank;
  uint32_t statement;
};

struct ExportStatement {
  Range range;
  uint32_t specifiers = 0;
  uint32_t elided = 0;
};

// Where to roll the records back to when a construct turns out to be type-only.
struct Mark {
  size_t blanks, edits, refs, uncertain, values, types, as, imports, import_statements, exports,
      export_statements;
  bool module_syntax;
};

constexpr int kMaxDepth = 400;

class Eraser {
 public:
  Eraser(std::string_view source, const Options& options)
      : s_(source), options_(options), scanner_(source) {}

  bool Run(Result* result);

 private:
  // ---- tokens
  void Advance() {
    prev_end_ = tok_.end;
    tok_ = scanner_.Next();
  }
  std::string_view Text(const Token& t) const { return s_.substr(t.start, t.end - t.start); }
  bool IsOp(const char* op) const { return tok_.type == Tok::kPunct && tok_.op == Op(op); }
  static bool IsOpTok(const Token& t, const char* op) {
    return t.type == Tok::kPunct && t.op == Op(op);
  }
  bool IsWord(std::string_view word) const {
    return tok_.type == Tok::kIdent && Text(tok_) == word;
  }
  bool IsWordTok(const Token& t, std::string_view word) const {
    return t.type == Tok::kIdent && Text(t) == word;
  }
  void Expect(const char* op) {
    if (!IsOp(op)) throw Bail{__LINE__};
    Advance();
  }
  Token Peek() {
    uint32_t pos = scanner_.pos();
    Token t = scanner_.Next();
    scanner_.set_pos(pos);
    return t;
  }
  struct State {
    Token tok;
    uint32_t pos;
    uint32_t prev_end;
    Mark mark;
  };
  State Save() const { return {tok_, scanner_.pos(), prev_end_, MakeMark()}; }
  void Restore(const State& state) {
    tok_ = state.tok;
    scanner_.set_pos(state.pos);
    prev_end_ = state.prev_end;
    Rollback(state.mark);
  }

  // ---- records
  Mark MakeMark() const {
    return {blanks_.size(),     edits_.size(),   refs_.size(),
            uncertain_.size(),  values_.size(),  types_.size(),
            as_.size(),         import_bindings_.size(), import_statements_.size(),
            local_exports_.size(), export_statements_.size(), has_module_syntax_};
  }
  void Rollback(const Mark& m) {
    blanks_.resize(m.blanks);
    edits_.resize(m.edits);
    refs_.resize(m.refs);
    uncertain_.resize(m.uncertain);
    values_.resize(m.values);
    types_.resize(m.types);
    as_.resize(m.as);
    import_bindings_.resize(m.imports);
    import_statements_.resize(m.import_statements);
    local_exports_.resize(m.exports);
    export_statements_.resize(m.export_statements);
    has_module_syntax_ = m.module_syntax;
  }
  void Blank(uint32_t start, uint32_t end) {
    if (suppress_ > 0 || start >= end) return;
    if (!blanks_.empty() && start >= blanks_.back().start && start <= blanks_.back().end) {
      blanks_.back().end = std::max(blanks_.back().end, end);
      return;
    }
    blanks_.push_back({start, end});
  }
  void BlankTok(const Token& t) { Blank(t.start, t.end); }
  void ReplaceChar(uint32_t pos, char c) {
    if (suppress_ > 0 || pos >= s_.size()) return;
    uint32_t length = Utf8Length(static_cast<unsigned char>(s_[pos]));
    edits_.push_back({pos, std::min<uint32_t>(pos + length, static_cast<uint32_t>(s_.size())), c,
                      length == 4});
  }
  void NoteRef(const Token& t) {
    if (suppress_ == 0) refs_.push_back(Text(t));
  }
  void NoteValue(std::string_view name) {
    if (suppress_ == 0) values_.push_back(name);
  }
  void NoteModuleSyntax() {
    if (suppress_ == 0) has_module_syntax_ = true;
  }
  void NoteType(std::string_view name) {
    if (suppress_ == 0) types_.push_back(name);
  }
  uint32_t CountNewlines(uint32_t a, uint32_t b) const {
    uint32_t count = 0;
    for (uint32_t i = a; i < b; i++) count += s_[i] == '\n';
    return count;
  }

  // ---- ASI, as tree-sitter-typescript's external scanner decides it
  bool AsiHere(bool after_expression) const;
  void Semicolon(bool after_expression) {
    if (IsOp(";")) {
      Advance();
      return;
    }
    if (!AsiHere(after_expression)) throw Bail{__LINE__};
    prev_end_ = AsiEnd(prev_end_);
  }
  // tree-sitter's automatic semicolon is a zero-width token after the comments that follow the
  // last token on its line: the statement (node) ends there. Remembers where the last token
  // ended (see TokenEnd).
  uint32_t AsiEnd(uint32_t pos) {
    uint32_t end = AsiExtent(pos);
    if (end != pos) token_ends_[end] = pos;
    return end;
  }
  // The end of the last token of a statement that ends at `end` (before the comments AsiEnd
  // took in): what decides whether it ended with `;`, as strip.cc's LastTokenEnd.
  uint32_t TokenEnd(uint32_t end) const {
    auto found = token_ends_.find(end);
    return found == token_ends_.end() ? end : found->second;
  }
  uint32_t AsiExtent(uint32_t pos) const {
    const uint32_t n = static_cast<uint32_t>(s_.size());
    uint32_t end = pos, i = pos;
    for (;;) {
      while (i < n && (s_[i] == ' ' || s_[i] == '\t' || s_[i] == '\v' || s_[i] == '\f')) i++;
      if (i + 1 < n && s_[i] == '/' && s_[i + 1] == '/') {
        i += 2;
        while (i < n && s_[i] != '\n' && s_[i] != '\r') i++;
        end = i;
      } else if (i + 1 < n && s_[i] == '/' && s_[i + 1] == '*') {
        i += 2;
        while (i + 1 < n && !(s_[i] == '*' && s_[i + 1] == '/')) i++;
        i += 2;
        end = i;
      } else {
        return end;
      }
    }
  }
  void SeparatorBefore(const List* list, uint32_t start);
  void EndStatementContext(uint32_t context, uint32_t end);

  // ---- statements
  void ParseStatementList(List* list, bool until_brace);
  void ParseStatement(List* list);
  bool TryTypeOnlyStatement(List* list);
  void FinishTypeOnly(List* list, uint32_t start, const Mark& mark);
  bool ParseVariableDeclarations(bool no_in);  // whether the last one has an initializer
  void ParseBlock();
  void ParseFor(List* body);
  void ParseSwitch();
  void ParseTry();
  void ParseImport(List* list);
  void ParseExport(List* list);
  void ParseNamedExports(uint32_t statement_start, List* list);
  // Returns false when it was a signature (no body); the records of it are rolled back.
  bool ParseFunction(bool declaration, bool allow_signature);
  void ParseClass(bool declaration);
  void ParseClassBody();
  void ParseClassMember(List* list);
  void ParseInterface();
  void ParseTypeAlias();
  void ParseAmbient();
  void ParseFunctionBody();

  // ---- expressions
  enum class Shape : uint8_t { kIdent, kMember, kParen, kObject, kArray, kOther };
  Shape ParseExpression(bool no_in = false);
  Shape ParseAssignment(bool no_in = false);
  bool TryArrow(bool no_in, Shape* shape);
  void ParseArrowRest(uint32_t params_end, bool has_return_type, uint32_t type_end, bool no_in);
  Shape ParseConditional(bool no_in);
  Shape ParseBinary(int min_prec, bool no_in);
  Shape ParseUnary();
  Shape ParseLeftHandSide(bool in_extends = false);
  Shape ParseNew();
  Shape ParsePrimary();
  void ParseArguments();
  void ParseTemplate();
  void ParseObjectLiteral();
  void ParseArrayLiteral();
  void ParsePropertyName();
  bool TryTypeArgumentsInExpression();
  int BinaryPrecedence(uint32_t* length, bool no_in);

  // ---- patterns and parameters
  void ParseBindingTarget();
  void ParseBindingElement();
  void ParseParameters();

  // ---- types (never record anything but the blank their caller makes)
  void ParseType(bool allow_conditional = true);
  void ParseUnionType();
  void ParseTypeOperator();
  void ParsePrimaryType();
  void ParseTypeArguments();
  void ParseTypeParameters();
  void ParseObjectType();
  void ParseTypeMember();
  bool PatchableSignatureLine(uint32_t lt) const;
  void ParseSignature();  // [<T>] (params) [: T]
  void ParseReturnType();
  void BlankTypeAnnotation();      // at `:`
  void BlankTypeParameters();      // at `<`
  bool IsFunctionTypeStart();
  Token AfterParens();

  void Finish(Result* result);
  void Render(std::string* out);

  std::string_view s_;
  const Options& options_;
  Scanner scanner_;
  Token tok_;
  uint32_t prev_end_ = 0;
  int depth_ = 0;
  int suppress_ = 0;
  int function_depth_ = 0;
  int conditional_ = 0;
  int type_member_ = 0;  // inside an object type member
  int ambiguous_lt_ = 0;  // `<` read as less-than in the current statement
  uint32_t context_ = 0;        // the innermost statement for `as` candidates
  uint32_t next_context_ = 1;

  std::vector<Range> blanks_;
  std::vector<CharEdit> edits_;
  std::vector<std::string_view> refs_;
  std::vector<std::string_view> uncertain_;  // object literal shorthands (maybe patterns)
  std::vector<std::string_view> values_;
  std::vector<std::string_view> types_;
  std::vector<AsCandidate> as_;
  std::vector<ImportBinding> import_bindings_;
  std::vector<ImportStatement> import_statements_;
  std::vector<LocalExport> local_exports_;
  std::vector<ExportStatement> export_statements_;
  bool has_module_syntax_ = false;
  std::unordered_map<uint32_t, uint32_t> token_ends_;  // AsiEnd's result -> its argument
};

struct DepthGuard {
  explicit DepthGuard(int* depth) : depth_(depth) {
    if (++*depth_ > kMaxDepth) throw Bail{__LINE__};
  }
  ~DepthGuard() { --*depth_; }
  int* depth_;
};

struct Suppress {
  explicit Suppress(int* s) : s_(s) { ++*s_; }
  ~Suppress() { --*s_; }
  int* s_;
};

// Words tree-sitter-typescript may read as a modifier where they name a member.
bool IsModifierWord(std::string_view w) {
  return w == "abstract" || w == "static" || w == "public" || w == "private" ||
         w == "protected" || w == "override" || w == "export" || w == "async" ||
         w == "declare" || w == "accessor" || w == "readonly" || w == "get" || w == "set" ||
         w == "new";
}

bool IsReservedWord(std::string_view w) {
  static const std::unordered_set<std::string_view> words = {
      "break",  "case",   "catch", "class",  "const",      "continue", "debugger",
      "default", "delete", "do",   "else",   "export",     "extends",  "finally",
      "for",    "function", "if",  "import", "in",         "instanceof", "new",
      "return", "super",  "switch", "this",  "throw",      "try",      "typeof",
      "var",    "void",   "while", "with",   "null",       "true",     "false",
      "enum"};
  return words.count(w) != 0;
}

// ---------------------------------------------------------------------------------------------
// ASI

bool Eraser::AsiHere(bool after_expression) const {
  if (tok_.type == Tok::kEof || IsOp("}")) return true;
  if (!tok_.nl) return false;
  unsigned char c = static_cast<unsigned char>(s_[tok_.start]);
  switch (c) {
    case '`': case ',': case '.': case ';': case '*': case '%': case '>': case '<': case '=':
    case '?': case '^': case '|': case '&': case '/': case ':':
      return false;
    case '(': case '[':
      if (after_expression) return false;
      return true;
    case '+':
      return IsOp("++");
    case '-':
      return IsOp("--");
    case '!':
      return IsOp("!");
    case 'i': {
      // tree-sitter's character test: `in` and `instanceof` not followed by a letter.
      auto at = [&](uint32_t i) -> unsigned char {
        return tok_.start + i < s_.size() ? static_cast<unsigned char>(s_[tok_.start + i]) : 0;
      };
      auto alpha = [](unsigned char ch) { return (ch | 0x20) >= 'a' && (ch | 0x20) <= 'z'; };
      if (at(1) != 'n') return true;
      if (!alpha(at(2))) return false;
      for (uint32_t i = 0; i < 8; i++) {
        if (at(2 + i) != static_cast<unsigned char>("stanceof"[i])) return true;
      }
      return alpha(at(10));
    }
    default:
      return true;
  }
}

void Eraser::SeparatorBefore(const List* list, uint32_t start) {
  if (list == nullptr || list->prev == List::kUnknown) throw Bail{__LINE__};
  if (list->prev == List::kNone) return;
  if (NeedsSemicolonAfter(s_, TokenEnd(list->prev_end), list->prev == List::kBraceEnds)) {
    ReplaceChar(start, ';');
  }
}

void Eraser::EndStatementContext(uint32_t context, uint32_t end) {
  while (!as_.empty() && as_.back().context == context) {
    if (as_.back().end == TokenEnd(end)) ReplaceChar(as_.back().keyword, ';');
    as_.pop_back();
  }
}

// ---------------------------------------------------------------------------------------------
// Statements

void Eraser::ParseStatementList(List* list, bool until_brace) {
  for (;;) {
    if (until_brace ? IsOp("}") : tok_.type == Tok::kEof) return;
    if (tok_.type == Tok::kEof) throw Bail{__LINE__};
    ParseStatement(list);
  }
}

void Eraser::ParseBlock() {
  Expect("{");
  List list;
  ParseStatementList(&list, true);
  Expect("}");
}

void Eraser::FinishTypeOnly(List* list, uint32_t start, const Mark& mark) {
  Rollback(mark);
  Blank(start, prev_end_);
  SeparatorBefore(list, start);
}

// interface / type / declare / abstract class / enum / namespace at a statement start.
bool Eraser::TryTypeOnlyStatement(List* list) {
  if (tok_.type != Tok::kIdent) return false;
  std::string_view w = Text(tok_);
  if (w != "interface" && w != "type" && w != "declare" && w != "enum" && w != "namespace" &&
      w != "module" && w != "global") {
    return false;
  }
  Token next = Peek();
  if (next.nl) {
    // `type` + newline + name: tree-sitter and TypeScript may disagree.
    if (next.type == Tok::kIdent || next.type == Tok::kString) throw Bail{__LINE__};
    return false;
  }
  if (w == "enum" || w == "namespace" || w == "module" || w == "global") {
    if (next.type == Tok::kIdent || next.type == Tok::kString || IsOpTok(next, "{")) throw Bail{__LINE__};
    return false;
  }
  if (w == "declare") {
    if (next.type != Tok::kIdent) return false;
  } else if (next.type != Tok::kIdent) {
    return false;
  }
  uint32_t start = tok_.start;
  Mark mark = MakeMark();
  {
    Suppress suppress(&suppress_);
    if (w == "interface") {
      ParseInterface();
    } else if (w == "type") {
      ParseTypeAlias();
    } else {
      ParseAmbient();
    }
  }
  FinishTypeOnly(list, start, mark);
  if (w == "interface" || w == "type") NoteType(Text(next));
  return true;
}

void Eraser::ParseStatement(List* list) {
  DepthGuard guard(&depth_);
  ambiguous_lt_ = 0;
  uint32_t start = tok_.start;
  List::Prev kind = List::kOther;
  if (tok_.type == Tok::kPunct) {
    if (IsOp("{")) {
      ParseBlock();
      kind = List::kBraceEnds;
    } else if (IsOp(";")) {
      Advance();
    } else if (IsOp("@")) {
      throw Bail{__LINE__};
    } else {
      uint32_t saved = context_;
      uint32_t context = context_ = next_context_++;
      ParseExpression();
      Semicolon(true);
      EndStatementContext(context, prev_end_);
      context_ = saved;
    }
  } else if (tok_.type == Tok::kIdent) {
    if (TryTypeOnlyStatement(list)) return;
    std::string_view w = Text(tok_);
    Token next;
    auto statement_context = [&]() {
      uint32_t saved = context_;
      context_ = next_context_++;
      return saved;
    };
    if (w == "let" && (next = Peek()).nl) throw Bail{__LINE__};  // tree-sitter's `let` is ambiguous
    if (w == "var" || w == "const" ||
        (w == "let" && ((next = Peek()).type == Tok::kIdent || IsOpTok(next, "[") ||
                        IsOpTok(next, "{")))) {
      if (w == "const" && IsWordTok(Peek(), "enum")) throw Bail{__LINE__};
      uint32_t saved = statement_context();
      uint32_t context = context_;
      Semicolon(ParseVariableDeclarations(false));
      EndStatementContext(context, prev_end_);
      context_ = saved;
    } else if (w == "function" ||
               (w == "async" && IsWordTok(next = Peek(), "function") && !next.nl)) {
      Mark mark = MakeMark();
      if (!ParseFunction(true, true)) {
        FinishTypeOnly(list, start, mark);
        return;
      }
      kind = List::kBraceEnds;
    } else if (w == "class") {
      ParseClass(true);
      kind = List::kBraceEnds;
      // class_declaration ends with an optional automatic semicolon.
      if (AsiHere(false)) prev_end_ = AsiEnd(prev_end_);
    } else if (w == "abstract" && IsWordTok(next = Peek(), "class")) {
      if (next.nl) throw Bail{__LINE__};
      BlankTok(tok_);
      Advance();
      ParseClass(true);
    } else if (w == "if") {
      Advance();
      Expect("(");
      ParseExpression();
      Expect(")");
      List body = BodyList();
      ParseStatement(&body);
      if (IsWord("else")) {
        Advance();
        body = BodyList();
        ParseStatement(&body);
      }
      kind = body.prev;
    } else if (w == "for") {
      List body = BodyList();
      ParseFor(&body);
      kind = body.prev;
    } else if (w == "while" || w == "with") {
      Advance();
      Expect("(");
      ParseExpression();
      Expect(")");
      List body = BodyList();
      ParseStatement(&body);
      kind = body.prev;
    } else if (w == "do") {
      kind = List::kNone;
      Advance();
      ParseStatement(nullptr);
      if (!IsWord("while")) throw Bail{__LINE__};
      Advance();
      Expect("(");
      ParseExpression();
      Expect(")");
      if (IsOp(";")) {
        Advance();
      } else if (AsiHere(false)) {
        prev_end_ = AsiEnd(prev_end_);
      }
    } else if (w == "switch") {
      ParseSwitch();
      kind = List::kNone;
    } else if (w == "try") {
      ParseTry();
      kind = List::kNone;
    } else if (w == "return" || w == "throw") {
      uint32_t saved = statement_context();
      uint32_t context = context_;
      Advance();
      bool has_value = false;
      if (w == "throw") {
        if (tok_.nl || tok_.comment_nl) throw Bail{__LINE__};
        ParseExpression();
        has_value = true;
      } else if (!IsOp(";") && !IsOp("}") && tok_.type != Tok::kEof) {
        if (tok_.nl) {
          if (!AsiHere(false)) throw Bail{__LINE__};
        } else {
          if (tok_.comment_nl) throw Bail{__LINE__};
          ParseExpression();
          has_value = true;
        }
      }
      Semicolon(has_value);
      EndStatementContext(context, prev_end_);
      context_ = saved;
    } else if (w == "break" || w == "continue") {
      kind = List::kNone;
      Advance();
      if (tok_.type == Tok::kIdent && !tok_.nl) {
        if (tok_.comment_nl) throw Bail{__LINE__};
        Advance();
      }
      Semicolon(false);
    } else if (w == "debugger") {
      kind = List::kNone;
      Advance();
      Semicolon(false);
    } else if (w == "import" && !IsOpTok(next = Peek(), "(") && !IsOpTok(next, ".")) {
      ParseImport(list);
      return;
    } else if (w == "export") {
      ParseExport(list);
      return;
    } else if (w == "else" || w == "case" || w == "default" || w == "catch" ||
               w == "finally" || w == "accessor" || w == "abstract" || w == "interface" ||
               w == "enum" || w == "implements" || w == "global") {
      // Keywords tree-sitter-typescript lexes as such at a statement start.
      throw Bail{__LINE__};
    } else if (IsOpTok(next = Peek(), ":") && !IsReservedWord(w)) {
      // A label.
      Advance();
      Advance();
      List body = BodyList();
      ParseStatement(&body);
      kind = body.prev;
    } else {
      uint32_t saved = statement_context();
      uint32_t context = context_;
      ParseExpression();
      Semicolon(true);
      EndStatementContext(context, prev_end_);
      context_ = saved;
    }
  } else {
    uint32_t saved = context_;
    context_ = next_context_++;
    uint32_t context = context_;
    ParseExpression();
    Semicolon(true);
    EndStatementContext(context, prev_end_);
    context_ = saved;
  }
  if (list != nullptr) {
    list->prev = kind;
    list->prev_end = prev_end_;
  }
}

bool Eraser::ParseVariableDeclarations(bool no_in) {
  Advance();  // var / let / const
  bool initializer = false;
  for (;;) {
    initializer = false;
    bool plain = tok_.type == Tok::kIdent;
    Token name = tok_;
    ParseBindingTarget();
    if (plain) NoteValue(Text(name));
    bool definite = false;
    if (plain && IsOp("!")) {
      BlankTok(tok_);
      Advance();
      if (!IsOp(":")) throw Bail{__LINE__};
      definite = true;
    }
    if (IsOp(":")) BlankTypeAnnotation();
    if (IsOp("=")) {
      if (definite) throw Bail{__LINE__};  // tree-sitter: `x!: T` takes no initializer
      Advance();
      ParseAssignment(no_in);
      initializer = true;
    }
    if (!IsOp(",")) break;
    Advance();
  }
  return initializer;
}

void Eraser::ParseFor(List* body) {
  Advance();
  if (IsWord("await")) {
    if (function_depth_ == 0) NoteModuleSyntax();
    Advance();
  }
  Expect("(");
  bool declaration = false;
  if (IsOp(";")) {
    // no initializer
  } else if (IsWord("var") || IsWord("const") ||
             (IsWord("let") && (Peek().type == Tok::kIdent || IsOpTok(Peek(), "[") ||
                                IsOpTok(Peek(), "{")))) {
    declaration = true;
    State state = Save();
    Advance();
    bool plain = tok_.type == Tok::kIdent;
    ParseBindingTarget();
    (void)plain;
    if (IsWord("of") || IsWord("in")) {
      bool of = IsWord("of");
      Advance();
      if (of) {
        ParseAssignment();
      } else {
        ParseExpression();
      }
      Expect(")");
      ParseStatement(body);
      return;
    }
    Restore(state);
    uint32_t saved = context_;
    context_ = next_context_++;
    ParseVariableDeclarations(true);
    context_ = saved;
  } else {
    Shape shape = ParseExpression(true);
    if (IsWord("of") || IsWord("in")) {
      if (shape == Shape::kOther) throw Bail{__LINE__};
      bool of = IsWord("of");
      Advance();
      if (of) {
        ParseAssignment();
      } else {
        ParseExpression();
      }
      Expect(")");
      ParseStatement(body);
      return;
    }
  }
  (void)declaration;
  Expect(";");
  if (!IsOp(";")) ParseExpression();
  Expect(";");
  if (!IsOp(")")) ParseExpression();
  Expect(")");
  ParseStatement(body);
}

void Eraser::ParseSwitch() {
  Advance();
  Expect("(");
  ParseExpression();
  Expect(")");
  Expect("{");
  while (!IsOp("}")) {
    List list;
    if (IsWord("case")) {
      Advance();
      ParseExpression();
      list.prev = List::kUnknown;
      list.prev_end = prev_end_;
    } else if (IsWord("default")) {
      Advance();
    } else {
      throw Bail{__LINE__};
    }
    Expect(":");
    while (!IsOp("}") && !IsWord("case") && !IsWord("default")) {
      if (tok_.type == Tok::kEof) throw Bail{__LINE__};
      ParseStatement(&list);
    }
  }
  Advance();
}

void Eraser::ParseTry() {
  Advance();
  ParseBlock();
  bool handled = false;
  if (IsWord("catch")) {
    handled = true;
    Advance();
    if (IsOp("(")) {
      Advance();
      ParseBindingTarget();
      if (IsOp(":")) BlankTypeAnnotation();
      Expect(")");
    }
    ParseBlock();
  }
  if (IsWord("finally")) {
    handled = true;
    Advance();
    ParseBlock();
  }
  if (!handled) throw Bail{__LINE__};
}

void Eraser::ParseFunctionBody() {
  function_depth_++;
  uint32_t saved = context_;
  ParseBlock();
  context_ = saved;
  function_depth_--;
}

// `function` declarations and expressions (also `async function`, generators).
bool Eraser::ParseFunction(bool declaration, bool allow_signature) {
  if (IsWord("async")) Advance();
  Advance();  // function
  bool generator = false;
  if (IsOp("*")) {
    Advance();
    generator = true;
  }
  Token name{};
  bool named = false;
  if (tok_.type == Tok::kIdent && !IsOp("(")) {
    name = tok_;
    named = true;
    if (IsReservedWord(Text(tok_)) && Text(tok_) != "this") throw Bail{__LINE__};
    NoteRef(tok_);
    Advance();
  } else if (declaration && !allow_signature) {
    // `export default function () {}`: allowed by the caller.
  }
  if (IsOp("<")) BlankTypeParameters();
  function_depth_++;
  ParseParameters();
  if (IsOp(":")) ParseReturnType();
  function_depth_--;
  if (!IsOp("{")) {
    if (!allow_signature || !named || generator) throw Bail{__LINE__};
    // An overload signature: `;` is part of it.
    if (IsOp(";")) {
      Advance();
    } else if (AsiHere(false)) {
      prev_end_ = AsiEnd(prev_end_);
    } else {
      throw Bail{__LINE__};
    }
    return false;
  }
  ParseFunctionBody();
  if (declaration && named) NoteValue(Text(name));
  return true;
}

void Eraser::ParseClass(bool declaration) {
  Advance();  // class
  if (tok_.type == Tok::kIdent && !IsWord("extends") && !IsWord("implements")) {
    if (IsReservedWord(Text(tok_))) throw Bail{__LINE__};
    if (declaration) NoteValue(Text(tok_));
    Advance();
  } else if (declaration) {
    throw Bail{__LINE__};
  }
  if (IsOp("<")) BlankTypeParameters();
  if (IsWord("extends")) {
    Advance();
    ParseLeftHandSide(true);
    if (IsOp("<")) {
      uint32_t start = tok_.start;
      {
        Suppress suppress(&suppress_);
        ParseTypeArguments();
      }
      Blank(start, prev_end_);
      if (IsOp("(") || IsOp(".") || IsOp("[")) throw Bail{__LINE__};
    }
  }
  if (IsWord("implements")) {
    uint32_t start = tok_.start;
    Advance();
    {
      Suppress suppress(&suppress_);
      for (;;) {
        ParsePrimaryType();
        if (!IsOp(",")) break;
        Advance();
      }
    }
    Blank(start, prev_end_);
  }
  ParseClassBody();
}

void Eraser::ParseClassBody() {
  Expect("{");
  List list;
  uint32_t saved = context_;
  while (!IsOp("}")) {
    if (tok_.type == Tok::kEof) throw Bail{__LINE__};
    ParseClassMember(&list);
  }
  context_ = saved;
  Advance();
}

void Eraser::ParseClassMember(List* list) {
  DepthGuard guard(&depth_);
  if (IsOp(";")) {
    Advance();
    list->prev_end = prev_end_;
    return;
  }
  if (IsOp("@")) throw Bail{__LINE__};
  uint32_t start = tok_.start;
  Mark mark = MakeMark();
  if (IsWord("static") && IsOpTok(Peek(), "{")) {
    Advance();
    function_depth_++;
    ParseBlock();
    function_depth_--;
    list->prev = List::kBraceEnds;
    list->prev_end = prev_end_;
    return;
  }
  bool is_declare = false, is_abstract = false, is_readonly = false, is_async = false;
  bool is_accessor_kw = false, is_static = false;
  Token readonly_token{};
  // Modifiers: a word followed by something that can start a member name.
  for (;;) {
    if (tok_.type != Tok::kIdent) break;
    std::string_view w = Text(tok_);
    bool modifier_word = w == "public" || w == "private" || w == "protected" || w == "static" ||
                         w == "override" || w == "readonly" || w == "declare" ||
                         w == "abstract" || w == "async" || w == "get" || w == "set" ||
                         w == "accessor";
    if (!modifier_word) break;
    Token next = Peek();
    bool starts_name = next.type == Tok::kIdent || next.type == Tok::kString ||
                       next.type == Tok::kNumber || next.type == Tok::kPrivate ||
                       IsOpTok(next, "[") || IsOpTok(next, "*") || IsOpTok(next, "{");
    if (!starts_name) break;
    if (next.nl || next.comment_nl) throw Bail{__LINE__};
    if (IsOpTok(next, "{")) throw Bail{__LINE__};
    if (w == "public" || w == "private" || w == "protected" || w == "override") {
      BlankTok(tok_);
    } else if (w == "static") {
      is_static = true;
    } else if (w == "readonly") {
      is_readonly = true;
      readonly_token = tok_;
    } else if (w == "declare") {
      is_declare = true;
    } else if (w == "abstract") {
      is_abstract = true;
    } else if (w == "accessor") {
      is_accessor_kw = true;
    } else if (w == "async") {
      is_async = true;
    } else {
      // get / set: part of the method.
      Advance();
      is_async = true;  // (a method, like async)
      break;
    }
    Advance();
  }
  (void)is_static;
  if (is_accessor_kw) throw Bail{__LINE__};
  if (IsOp("*")) {
    Advance();
    is_async = true;
  }
  // Index signature: `[key: T]: U`.
  if (IsOp("[")) {
    State state = Save();
    Advance();
    if (tok_.type == Tok::kIdent) {
      Advance();
      if (IsOp(":")) {
        {
          Suppress suppress(&suppress_);
          Advance();
          ParseType();
          Expect("]");
          if (IsOp("?")) Advance();
          if (!IsOp(":")) throw Bail{__LINE__};
          Advance();
          ParseType();
        }
        if (is_abstract || is_declare || is_static || is_async ||
            (is_readonly && readonly_token.start != start) ||
            (!is_readonly && state.tok.start != start)) {
          throw Bail{__LINE__};
        }
        FinishTypeOnly(list, start, mark);
        if (IsOp(";")) {
          Advance();
          list->prev_end = prev_end_;
        } else if (!AsiHere(false)) {
          throw Bail{__LINE__};
        }
        return;
      }
    }
    Restore(state);
  }
  if (tok_.type == Tok::kIdent && IsModifierWord(Text(tok_)) && Text(tok_) != "get" &&
      Text(tok_) != "set" && Text(tok_) != "async" && Text(tok_) != "static") {
    throw Bail{__LINE__};
  }
  ParsePropertyName();
  if (IsOp("?")) {
    BlankTok(tok_);
    Advance();
  } else if (IsOp("!")) {
    BlankTok(tok_);
    Advance();
    if (!IsOp(":")) throw Bail{__LINE__};
  }
  if (IsOp("(") || IsOp("<")) {
    if (is_readonly || is_declare) throw Bail{__LINE__};
    // A member name + newline + `(`: tree-sitter ends a field at the line break (an error
    // then), TypeScript reads a method.
    if (IsOp("(") && (tok_.nl || tok_.comment_nl)) throw Bail{__LINE__};
    if (IsOp("<")) BlankTypeParameters();
    function_depth_++;
    ParseParameters();
    if (IsOp(":")) ParseReturnType();
    function_depth_--;
    if (IsOp("{")) {
      if (is_abstract) throw Bail{__LINE__};
      ParseFunctionBody();
      list->prev = List::kBraceEnds;
      list->prev_end = prev_end_;
      if (IsOp(";")) {
        Advance();
        list->prev_end = prev_end_;
      }
      return;
    }
    // A signature (overload or abstract): blank, its `;` stays.
    FinishTypeOnly(list, start, mark);
    if (IsOp(";")) {
      Advance();
      list->prev_end = prev_end_;
    } else if (!AsiHere(false)) {
      throw Bail{__LINE__};
    }
    return;
  }
  // A field.
  if (is_async) throw Bail{__LINE__};  // `async`, `get`, `set`, `*` need a method
  if (is_readonly) BlankTok(readonly_token);
  uint32_t saved = context_;
  context_ = next_context_++;
  uint32_t context = context_;
  if (IsOp(":")) BlankTypeAnnotation();
  bool initializer = false;
  if (IsOp("=")) {
    Advance();
    function_depth_++;
    ParseAssignment();
    function_depth_--;
    initializer = true;
  }
  uint32_t end = prev_end_;
  EndStatementContext(context, end);
  context_ = saved;
  if (is_declare || is_abstract) {
    FinishTypeOnly(list, start, mark);
  } else {
    list->prev = List::kOther;
    list->prev_end = end;
  }
  if (IsOp(";")) {
    Advance();
    list->prev_end = prev_end_;
  } else if (IsOp(",")) {
    throw Bail{__LINE__};
  } else if (!AsiHere(initializer)) {
    throw Bail{__LINE__};
  }
}

void Eraser::ParseInterface() {
  Advance();  // interface
  if (tok_.type != Tok::kIdent) throw Bail{__LINE__};
  Advance();
  if (IsOp("<")) ParseTypeParameters();
  if (IsWord("extends")) {
    Advance();
    for (;;) {
      ParsePrimaryType();
      if (!IsOp(",")) break;
      Advance();
    }
  }
  if (!IsOp("{")) throw Bail{__LINE__};
  ParseObjectType();
}

void Eraser::ParseTypeAlias() {
  Advance();  // type
  if (tok_.type != Tok::kIdent) throw Bail{__LINE__};
  Advance();
  if (IsOp("<")) ParseTypeParameters();
  Expect("=");
  ParseType();
  Semicolon(false);
}

// After `declare`: everything is blanked, so only the extent matters (records are suppressed).
void Eraser::ParseAmbient() {
  Advance();  // declare
  if (tok_.nl) throw Bail{__LINE__};
  std::string_view w = Text(tok_);
  if (w == "const" || w == "let" || w == "var") {
    if (IsWordTok(Peek(), "enum")) {
      Advance();
      Advance();
      if (tok_.type != Tok::kIdent) throw Bail{__LINE__};
      Advance();
      Expect("{");
      while (!IsOp("}")) {
        if (tok_.type == Tok::kEof) throw Bail{__LINE__};
        ParsePropertyName();
        if (IsOp("=")) {
          Advance();
          ParseAssignment();
        }
        if (!IsOp(",")) break;
        Advance();
      }
      Expect("}");
      return;
    }
    Semicolon(ParseVariableDeclarations(false));
  } else if (w == "function" || w == "async") {
    if (ParseFunction(true, true)) throw Bail{__LINE__};
  } else if (w == "class") {
    ParseClass(true);
  } else if (w == "abstract") {
    Advance();
    if (!IsWord("class")) throw Bail{__LINE__};
    ParseClass(true);
  } else if (w == "interface") {
    ParseInterface();
  } else if (w == "type") {
    ParseTypeAlias();
  } else if (w == "enum") {
    Advance();
    if (tok_.type != Tok::kIdent) throw Bail{__LINE__};
    Advance();
    Expect("{");
    while (!IsOp("}")) {
      if (tok_.type == Tok::kEof) throw Bail{__LINE__};
      ParsePropertyName();
      if (IsOp("=")) {
        Advance();
        ParseAssignment();
      }
      if (!IsOp(",")) break;
      Advance();
    }
    Expect("}");
  } else if (w == "namespace" || w == "module") {
    Advance();
    if (tok_.type == Tok::kString) {
      Advance();
    } else {
      for (;;) {
        if (tok_.type != Tok::kIdent) throw Bail{__LINE__};
        Advance();
        if (!IsOp(".")) break;
        Advance();
      }
    }
    if (!IsOp("{")) throw Bail{__LINE__};
    Advance();
    List list;
    while (!IsOp("}")) {
      if (tok_.type == Tok::kEof) throw Bail{__LINE__};
      if (IsWord("import")) throw Bail{__LINE__};
      if (IsWord("export")) {
        // Declarations only: all of it is blank anyway.
        Advance();
        std::string_view d = tok_.type == Tok::kIdent ? Text(tok_) : std::string_view();
        if (d != "const" && d != "let" && d != "var" && d != "function" && d != "class" &&
            d != "interface" && d != "type" && d != "abstract" && d != "async") {
          throw Bail{__LINE__};
        }
      }
      ParseStatement(&list);
    }
    Advance();
  } else if (w == "global") {
    Advance();
    if (!IsOp("{")) throw Bail{__LINE__};
    Advance();
    List list;
    while (!IsOp("}")) {
      if (tok_.type == Tok::kEof) throw Bail{__LINE__};
      if (IsWord("import")) throw Bail{__LINE__};
      if (IsWord("export")) {
        // Declarations only: all of it is blank anyway.
        Advance();
        std::string_view d = tok_.type == Tok::kIdent ? Text(tok_) : std::string_view();
        if (d != "const" && d != "let" && d != "var" && d != "function" && d != "class" &&
            d != "interface" && d != "type" && d != "abstract" && d != "async") {
          throw Bail{__LINE__};
        }
      }
      ParseStatement(&list);
    }
    Advance();
  } else {
    throw Bail{__LINE__};
  }
}

void Eraser::ParseImport(List* list) {
  uint32_t start = tok_.start;
  Advance();  // import
  if (tok_.type == Tok::kString) {
    NoteModuleSyntax();
    Advance();
    if (IsWord("with") || IsWord("assert")) throw Bail{__LINE__};
    Semicolon(false);
    list->prev = List::kOther;
    list->prev_end = prev_end_;
    return;
  }
  bool elide = options_.elide_unused_imports;
  if (IsWord("type") || IsWord("typeof")) {
    Token next = Peek();
    if (IsWord("typeof")) throw Bail{__LINE__};
    if (IsWordTok(next, "from") || IsOpTok(next, ",") || IsOpTok(next, "=")) throw Bail{__LINE__};
    if (next.type == Tok::kIdent || IsOpTok(next, "{") || IsOpTok(next, "*")) {
      Mark mark = MakeMark();
      {
        Suppress suppress(&suppress_);
        Advance();
        if (tok_.type == Tok::kIdent) {
          Advance();
          if (IsOp("=")) throw Bail{__LINE__};
          if (IsOp(",")) throw Bail{__LINE__};
        } else if (IsOp("*")) {
          Advance();
          if (!IsWord("as")) throw Bail{__LINE__};
          Advance();
          if (tok_.type != Tok::kIdent) throw Bail{__LINE__};
          Advance();
        } else {
          Expect("{");
          while (!IsOp("}")) {
            if (tok_.type != Tok::kIdent && tok_.type != Tok::kString) throw Bail{__LINE__};
            Advance();
            if (IsWord("as")) {
              Advance();
              if (tok_.type != Tok::kIdent) throw Bail{__LINE__};
              Advance();
            }
            if (!IsOp(",")) break;
            Advance();
          }
          Expect("}");
        }
        if (!IsWord("from")) throw Bail{__LINE__};
        Advance();
        if (tok_.type != Tok::kString) throw Bail{__LINE__};
        Advance();
        if (IsWord("with") || IsWord("assert")) throw Bail{__LINE__};
        Semicolon(false);
      }
      FinishTypeOnly(list, start, mark);
      return;
    }
  }
  uint32_t statement = static_cast<uint32_t>(import_statements_.size());
  Mark mark = MakeMark();
  import_statements_.push_back({{start, 0}});
  uint32_t named_total = 0, named_type = 0;
  auto add_binding = [&](std::string_view name, uint32_t a, uint32_t b) {
    values_.push_back(name);
    if (!elide) return;
    import_bindings_.push_back({name, {a, b}, statement});
    import_statements_[statement].bindings++;
  };
  bool any = false;
  uint32_t previous_comma = 0;
  bool has_previous_comma = false;
  if (tok_.type == Tok::kIdent && !IsWord("from")) {
    if (IsReservedWord(Text(tok_))) throw Bail{__LINE__};
    Token name = tok_;
    Advance();
    if (IsOp("=")) throw Bail{__LINE__};  // import x = require()
    if (IsOp(",")) {
      add_binding(Text(name), name.start, tok_.end);
      previous_comma = tok_.start;
      has_previous_comma = true;
      Advance();
      if (!IsOp("{") && !IsOp("*")) throw Bail{__LINE__};
    } else {
      add_binding(Text(name), name.start, name.end);
      if (!IsWord("from")) throw Bail{__LINE__};
    }
    any = true;
  } else if (IsWord("from")) {
    throw Bail{__LINE__};
  }
  if (IsOp("*")) {
    uint32_t ns_start = tok_.start;
    Advance();
    if (!IsWord("as")) throw Bail{__LINE__};
    Advance();
    if (tok_.type != Tok::kIdent || IsReservedWord(Text(tok_))) throw Bail{__LINE__};
    Token name = tok_;
    Advance();
    add_binding(Text(name), has_previous_comma ? previous_comma : ns_start, prev_end_);
    any = true;
  } else if (IsOp("{")) {
    Advance();
    any = true;
    bool pending = false, pending_type = false;
    uint32_t pending_start = 0, pending_end = 0;
    std::string_view pending_name;
    auto flush = [&](uint32_t end) {
      if (!pending) return;
      if (pending_type) {
        Blank(pending_start, end);
      } else {
        add_binding(pending_name, pending_start, end);
      }
      pending = false;
    };
    while (!IsOp("}")) {
      uint32_t item_start = tok_.start;
      bool is_type = false;
      if (IsWord("type")) {
        Token next = Peek();
        if (IsWordTok(next, "as") || IsOpTok(next, ",") || IsOpTok(next, "}")) {
          throw Bail{__LINE__};
        }
        if (next.type == Tok::kIdent || next.type == Tok::kString) {
          is_type = true;
          Advance();
        }
      }
      std::string_view local;
      if (tok_.type == Tok::kString) {
        Advance();
        if (!IsWord("as")) throw Bail{__LINE__};
      } else if (tok_.type == Tok::kIdent) {
        local = Text(tok_);
        Advance();
      } else {
        throw Bail{__LINE__};
      }
      if (IsWord("as")) {
        Advance();
        if (tok_.type != Tok::kIdent) throw Bail{__LINE__};
        local = Text(tok_);
        Advance();
      }
      if (IsReservedWord(local)) throw Bail{__LINE__};
      flush(item_start);
      pending = true;
      pending_type = is_type;
      pending_start = item_start;
      pending_end = prev_end_;
      pending_name = local;
      named_total++;
      if (is_type) named_type++;
      if (IsOp(",")) {
        Advance();
        flush(prev_end_);
      } else {
        break;
      }
    }
    Expect("}");
    if (pending) flush(pending_end);
  }
  if (!any) throw Bail{__LINE__};
  if (!IsWord("from")) throw Bail{__LINE__};
  Advance();
  if (tok_.type != Tok::kString) throw Bail{__LINE__};
  Advance();
  if (IsWord("with") || IsWord("assert")) throw Bail{__LINE__};
  Semicolon(false);
  import_statements_[statement].range.end = prev_end_;
  if (!elide) NoteModuleSyntax();
  if (named_total > 0 && named_type == named_total && import_statements_[statement].bindings == 0) {
    if (elide) {
      Rollback(mark);
      for (uint32_t i = 0; i < 0; i++) {
      }
      Blank(start, prev_end_);
      SeparatorBefore(list, start);
      return;
    }
    import_statements_[statement].keep_when_empty = true;
  }
  list->prev = List::kOther;
  list->prev_end = prev_end_;
}

void Eraser::ParseNamedExports(uint32_t statement_start, List* list) {
  // At `{`.
  uint32_t statement = static_cast<uint32_t>(export_statements_.size());
  export_statements_.push_back({{statement_start, 0}});
  Mark before_locals = MakeMark();
  (void)before_locals;
  Advance();
  uint32_t total = 0, types = 0;
  bool pending = false, pending_type = false;
  uint32_t pending_start = 0, pending_end = 0;
  std::string_view pending_name;
  struct Local {
    std::string_view name;
    Range blank;
  };
  std::vector<Local> locals;
  std::vector<Range> type_blanks;
  auto flush = [&](uint32_t end) {
    if (!pending) return;
    if (pending_type) {
      type_blanks.push_back({pending_start, end});
    } else if (!pending_name.empty()) {
      locals.push_back({pending_name, {pending_start, end}});
    }
    pending = false;
  };
  while (!IsOp("}")) {
    uint32_t item_start = tok_.start;
    bool is_type = false;
    if (IsWord("type")) {
      Token next = Peek();
      if (IsWordTok(next, "as") || IsOpTok(next, ",") || IsOpTok(next, "}")) {
        throw Bail{__LINE__};
      }
      if (next.type == Tok::kIdent || next.type == Tok::kString) {
        is_type = true;
        Advance();
      }
    }
    std::string_view name;
    if (tok_.type == Tok::kString) {
      name = {};
      Advance();
    } else if (tok_.type == Tok::kIdent) {
      name = Text(tok_);
      Advance();
    } else {
      throw Bail{__LINE__};
    }
    if (IsWord("as")) {
      Advance();
      if (tok_.type != Tok::kIdent && tok_.type != Tok::kString) throw Bail{__LINE__};
      Advance();
    }
    flush(item_start);
    pending = true;
    pending_type = is_type;
    pending_start = item_start;
    pending_end = prev_end_;
    pending_name = name;
    total++;
    if (is_type) types++;
    if (IsOp(",")) {
      Advance();
      flush(prev_end_);
    } else {
      break;
    }
  }
  Expect("}");
  if (pending) flush(pending_end);
  bool has_from = false;
  if (IsWord("from")) {
    has_from = true;
    Advance();
    if (tok_.type != Tok::kString) throw Bail{__LINE__};
    Advance();
    if (IsWord("with") || IsWord("assert")) throw Bail{__LINE__};
  }
  Semicolon(false);
  export_statements_[statement].range.end = prev_end_;
  for (const Range& r : type_blanks) Blank(r.start, r.end);
  if (!has_from) {
    for (const Local& local : locals) {
      if (local.name.empty()) throw Bail{__LINE__};
      local_exports_.push_back({local.name, local.blank, statement});
      export_statements_[statement].specifiers++;
    }
  }
  if (total > 0 && types == total && options_.elide_unused_imports) {
    export_statements_.pop_back();
    Blank(statement_start, prev_end_);
    SeparatorBefore(list, statement_start);
    return;
  }
  list->prev = List::kOther;
  list->prev_end = prev_end_;
}

void Eraser::ParseExport(List* list) {
  uint32_t start = tok_.start;
  Advance();  // export
  // `export` is also a reserved identifier to tree-sitter: + newline it may be an expression.
  if (tok_.nl || tok_.comment_nl) throw Bail{__LINE__};
  Mark mark = MakeMark();
  if (IsWord("type")) {
    Token next = Peek();
    if (IsOpTok(next, "{") || IsOpTok(next, "*")) {
      {
        Suppress suppress(&suppress_);
        Advance();
        if (IsOp("*")) {
          Advance();
          if (IsWord("as")) {
            Advance();
            if (tok_.type != Tok::kIdent) throw Bail{__LINE__};
            Advance();
          }
          if (!IsWord("from")) throw Bail{__LINE__};
        } else {
          Advance();
          while (!IsOp("}")) {
            if (tok_.type != Tok::kIdent && tok_.type != Tok::kString) throw Bail{__LINE__};
            Advance();
            if (IsWord("as")) {
              Advance();
              if (tok_.type != Tok::kIdent && tok_.type != Tok::kString) throw Bail{__LINE__};
              Advance();
            }
            if (!IsOp(",")) break;
            Advance();
          }
          Expect("}");
        }
        if (IsWord("from")) {
          Advance();
          if (tok_.type != Tok::kString) throw Bail{__LINE__};
          Advance();
        }
        Semicolon(false);
      }
      FinishTypeOnly(list, start, mark);
      return;
    }
  }
  if (IsWord("type") || IsWord("interface") || IsWord("declare")) {
    std::string_view w = Text(tok_);
    Token next = Peek();
    if (next.nl || next.type != Tok::kIdent) throw Bail{__LINE__};
    {
      Suppress suppress(&suppress_);
      if (w == "interface") {
        ParseInterface();
      } else if (w == "type") {
        ParseTypeAlias();
      } else {
        ParseAmbient();
      }
    }
    FinishTypeOnly(list, start, mark);
    if (w != "declare") NoteType(Text(next));
    return;
  }
  if (IsWord("enum") || IsWord("namespace") || IsWord("module") || IsWord("import") ||
      IsWord("as") || IsOp("=") || IsOp("@")) {
    throw Bail{__LINE__};
  }
  if (IsOp("*")) {
    NoteModuleSyntax();
    Advance();
    if (IsWord("as")) {
      Advance();
      if (tok_.type != Tok::kIdent && tok_.type != Tok::kString) throw Bail{__LINE__};
      Advance();
    }
    if (!IsWord("from")) throw Bail{__LINE__};
    Advance();
    if (tok_.type != Tok::kString) throw Bail{__LINE__};
    Advance();
    if (IsWord("with") || IsWord("assert")) throw Bail{__LINE__};
    Semicolon(false);
  } else if (IsOp("{")) {
    NoteModuleSyntax();
    ParseNamedExports(start, list);
    return;
  } else if (IsWord("default")) {
    Advance();
    if (IsWord("interface")) {
      Token next = Peek();
      if (next.nl || next.type != Tok::kIdent) throw Bail{__LINE__};
      {
        Suppress suppress(&suppress_);
        ParseInterface();
      }
      FinishTypeOnly(list, start, mark);
      NoteType(Text(next));
      return;
    }
    if (IsWord("enum") || IsWord("namespace") || IsWord("module") || IsWord("declare") ||
        IsWord("type")) {
      throw Bail{__LINE__};
    }
    Token next = Peek();
    bool async_function = IsWord("async") && IsWordTok(next, "function") && !next.nl;
    if (IsWord("function") || async_function) {
      // Named: a declaration (maybe an overload signature); unnamed: an expression.
      Token after = async_function ? Token{} : next;
      bool named = false;
      {
        State state = Save();
        if (IsWord("async")) Advance();
        Advance();
        if (IsOp("*")) Advance();
        named = tok_.type == Tok::kIdent;
        Restore(state);
      }
      (void)after;
      if (named) {
        if (!ParseFunction(true, true)) {
          FinishTypeOnly(list, start, mark);
          return;
        }
        NoteModuleSyntax();
      } else {
        NoteModuleSyntax();
        ParseFunction(false, false);
        Semicolon(true);
      }
    } else if (IsWord("class") || (IsWord("abstract") && IsWordTok(next, "class"))) {
      bool abstract = IsWord("abstract");
      if (abstract) {
        if (next.nl) throw Bail{__LINE__};
        BlankTok(tok_);
        Advance();
      }
      Token name = Peek();
      bool named = name.type == Tok::kIdent && !IsWordTok(name, "extends") &&
                   !IsWordTok(name, "implements");
      NoteModuleSyntax();
      if (named) {
        ParseClass(true);
        if (!abstract && AsiHere(false)) prev_end_ = AsiEnd(prev_end_);
      } else {
        ParseClass(false);
        if (abstract) throw Bail{__LINE__};
        Semicolon(true);
      }
    } else {
      NoteModuleSyntax();
      uint32_t saved = context_;
      context_ = next_context_++;
      uint32_t context = context_;
      Token value = tok_;
      Shape shape = ParseAssignment();
      Semicolon(true);
      EndStatementContext(context, prev_end_);
      context_ = saved;
      if (shape == Shape::kIdent) {
        uint32_t statement = static_cast<uint32_t>(export_statements_.size());
        export_statements_.push_back({{start, prev_end_}});
        local_exports_.push_back({Text(value), {start, prev_end_}, statement});
        export_statements_[statement].specifiers++;
      }
    }
  } else {
    // A declaration.
    if (tok_.type != Tok::kIdent) throw Bail{__LINE__};
    std::string_view w = Text(tok_);
    Token next = Peek();
    if (w == "var" || w == "let" || w == "const") {
      if (IsWordTok(next, "enum")) throw Bail{__LINE__};
      NoteModuleSyntax();
      uint32_t saved = context_;
      context_ = next_context_++;
      uint32_t context = context_;
      Semicolon(ParseVariableDeclarations(false));
      EndStatementContext(context, prev_end_);
      context_ = saved;
    } else if (w == "function" || (w == "async" && IsWordTok(next, "function") && !next.nl)) {
      if (!ParseFunction(true, true)) {
        FinishTypeOnly(list, start, mark);
        return;
      }
      NoteModuleSyntax();
    } else if (w == "class") {
      NoteModuleSyntax();
      ParseClass(true);
      if (AsiHere(false)) prev_end_ = AsiEnd(prev_end_);
    } else if (w == "abstract" && IsWordTok(next, "class") && !next.nl) {
      NoteModuleSyntax();
      BlankTok(tok_);
      Advance();
      ParseClass(true);
    } else {
      throw Bail{__LINE__};
    }
  }
  list->prev = List::kOther;
  list->prev_end = prev_end_;
}

// ---------------------------------------------------------------------------------------------
// Expressions

Eraser::Shape Eraser::ParseExpression(bool no_in) {
  Shape shape = ParseAssignment(no_in);
  while (IsOp(",")) {
    Advance();
    ParseAssignment(no_in);
    shape = Shape::kOther;
  }
  return shape;
}

// The token after the `)` matching the current `(` (a lookahead that does not re-scan regular
// expressions: a wrong guess only makes the real parse fail and bail).
Token Eraser::AfterParens() {
  uint32_t pos = scanner_.pos();
  int depth = 1;
  std::vector<char> stack;  // '{' of templates
  Token t;
  try {
    for (;;) {
      t = scanner_.Next();
      if (t.type == Tok::kEof) break;
      if (t.type == Tok::kTemplateHead) {
        stack.push_back('`');
        continue;
      }
      if (t.type != Tok::kPunct) continue;
      if (t.op == Op("(") || t.op == Op("[") || t.op == Op("{")) {
        depth++;
        stack.push_back('(');
      } else if (t.op == Op(")") || t.op == Op("]")) {
        depth--;
        if (!stack.empty()) stack.pop_back();
        if (depth == 0) break;
      } else if (t.op == Op("}")) {
        if (!stack.empty() && stack.back() == '`') {
          t = scanner_.RescanTemplate(t);
          if (t.type == Tok::kTemplateTail) stack.pop_back();
          continue;
        }
        depth--;
        if (!stack.empty()) stack.pop_back();
        if (depth == 0) break;
      }
    }
    if (t.type != Tok::kEof) t = scanner_.Next();
  } catch (const Bail&) {
    t = Token{};
  }
  scanner_.set_pos(pos);
  return t;
}

Eraser::Shape Eraser::ParseAssignment(bool no_in) {
  DepthGuard guard(&depth_);
  Shape shape;
  if (TryArrow(no_in, &shape)) return shape;
  if (IsWord("yield")) {
    Token next = Peek();
    bool operand_follows = !next.nl && next.type != Tok::kEof &&
                           !(next.type == Tok::kPunct &&
                             (next.op == Op(")") || next.op == Op("]") || next.op == Op("}") ||
                              next.op == Op(",") || next.op == Op(";") || next.op == Op(":")));
    if (next.nl) throw Bail{__LINE__};
    Advance();
    if (IsOp("*")) {
      Advance();
      ParseAssignment(no_in);
    } else if (operand_follows) {
      ParseAssignment(no_in);
    }
    return Shape::kOther;
  }
  shape = ParseConditional(no_in);
  if (tok_.type == Tok::kPunct) {
    uint32_t op = tok_.op;
    bool assign = op == Op("=");
    bool compound = op == Op("+=") || op == Op("-=") || op == Op("*=") || op == Op("/=") ||
                    op == Op("%=") || op == Op("**=") || op == Op("<<=") || op == Op("&=") ||
                    op == Op("|=") || op == Op("^=") || op == Op("&&=") || op == Op("||=") ||
                    op == Op("?\?=");
    // `>>=` and `>>>=` arrive as `>` tokens.
    if (op == Op(">")) {
      std::string_view rest = s_.substr(tok_.start, 4);
      if (rest.substr(0, 3) == ">>=" || rest == ">>>=") throw Bail{__LINE__};
    }
    if (assign || compound) {
      if (shape == Shape::kOther) throw Bail{__LINE__};
      if (compound && (shape == Shape::kObject || shape == Shape::kArray)) throw Bail{__LINE__};
      Advance();
      ParseAssignment(no_in);
      return Shape::kOther;
    }
  }
  return shape;
}

bool Eraser::TryArrow(bool no_in, Shape* shape) {
  bool is_async = false;
  Token first = tok_;
  if (tok_.type == Tok::kIdent) {
    std::string_view w = Text(tok_);
    Token next = Peek();
    if (w == "async" && !next.nl &&
        (next.type == Tok::kIdent || IsOpTok(next, "(") || IsOpTok(next, "<"))) {
      if (next.type == Tok::kIdent) {
        if (IsWordTok(next, "function")) return false;
        // async x => ...
        State state = Save();
        Advance();
        Token param = tok_;
        Advance();
        if (IsOp("=>") && !tok_.nl) {
          if (IsReservedWord(Text(param))) throw Bail{__LINE__};
          NoteRef(param);
          ParseArrowRest(param.end, false, 0, no_in);
          *shape = Shape::kOther;
          return true;
        }
        Restore(state);
        return false;
      }
      is_async = true;
    } else if (IsOpTok(next, "=>")) {
      if (next.nl || next.comment_nl) throw Bail{__LINE__};
      if (IsReservedWord(w)) throw Bail{__LINE__};
      NoteRef(tok_);
      Advance();
      ParseArrowRest(prev_end_, false, 0, no_in);
      *shape = Shape::kOther;
      return true;
    } else {
      return false;
    }
  }
  // ( ... ) => / < ... >( ... ) =>, maybe after `async`.
  State state = Save();
  if (is_async) Advance();
  if (IsOp("<")) {
    if (options_.dialect == Dialect::kTsx) throw Bail{__LINE__};
    if (!is_async) {
      // A generic arrow function, or a type assertion (`<T>x`, which bails).
    }
  } else if (IsOp("(")) {
    Token after = AfterParens();
    bool arrow = IsOpTok(after, "=>");
    bool maybe = IsOpTok(after, ":");
    if (!arrow && !maybe) {
      Restore(state);
      return false;
    }
    if (maybe && conditional_ > 0) {
      // `c ? (a) : b`: the parenthesized expression of a conditional.
      Restore(state);
      return false;
    }
    if (after.nl && arrow) throw Bail{__LINE__};
  } else {
    Restore(state);
    return false;
  }
  (void)first;
  bool reached_arrow = false;
  try {
    if (IsOp("<")) BlankTypeParameters();
    function_depth_++;
    ParseParameters();
    function_depth_--;
    uint32_t params_end = prev_end_;
    bool has_type = false;
    uint32_t type_end = 0;
    if (IsOp(":")) {
      ParseReturnType();
      has_type = true;
      type_end = prev_end_;
    }
    if (!IsOp("=>")) throw Bail{__LINE__};
    if (tok_.nl || tok_.comment_nl) throw Bail{__LINE__};
    reached_arrow = true;
    ParseArrowRest(params_end, has_type, type_end, no_in);
  } catch (const Bail&) {
    // `case (a):` starts like an arrow function with a return type.
    if (reached_arrow || is_async || !(IsOpTok(state.tok, "(") || IsOpTok(state.tok, "<"))) {
      throw;
    }
    Restore(state);
    return false;
  }
  *shape = Shape::kOther;
  return true;
}

// At `=>`.
void Eraser::ParseArrowRest(uint32_t params_end, bool has_type, uint32_t type_end, bool no_in) {
  uint32_t arrow = tok_.start;
  if (has_type && CountNewlines(params_end, arrow) > 0) {
    uint32_t last = type_end - 1;
    while (last > 0 && (static_cast<unsigned char>(s_[last]) & 0xC0) == 0x80) last--;
    Blank(params_end - 1, params_end);
    ReplaceChar(last, ')');
  }
  Advance();
  function_depth_++;
  int saved_conditional = conditional_;
  conditional_ = 0;
  if (IsOp("{")) {
    uint32_t saved = context_;
    ParseBlock();
    context_ = saved;
  } else {
    ParseAssignment(no_in);
  }
  conditional_ = saved_conditional;
  function_depth_--;
}

Eraser::Shape Eraser::ParseConditional(bool no_in) {
  Shape shape = ParseBinary(1, no_in);
  if (IsOp("?")) {
    Advance();
    conditional_++;
    ParseAssignment(false);
    conditional_--;
    Expect(":");
    ParseAssignment(no_in);
    return Shape::kOther;
  }
  return shape;
}

int Eraser::BinaryPrecedence(uint32_t* length, bool no_in) {
  *length = 0;
  if (tok_.type == Tok::kIdent) {
    std::string_view w = Text(tok_);
    if (w == "instanceof" || (w == "in" && !no_in)) return 8;
    if ((w == "as" || w == "satisfies") && !tok_.nl) return 8;
    return -1;
  }
  if (tok_.type != Tok::kPunct) return -1;
  switch (tok_.op) {
    case Op("??"): return 1;
    case Op("||"): return 2;
    case Op("&&"): return 3;
    case Op("|"): return 4;
    case Op("^"): return 5;
    case Op("&"): return 6;
    case Op("=="): case Op("!="): case Op("==="): case Op("!=="): return 7;
    case Op("<"): case Op("<="): return 8;
    case Op(">"): {
      std::string_view rest = s_.substr(tok_.start, 4);
      if (rest.substr(0, 4) == ">>>=" || rest.substr(0, 3) == ">>=") return -1;
      if (rest.substr(0, 3) == ">>>") {
        *length = 3;
        return 9;
      }
      if (rest.substr(0, 2) == ">>") {
        *length = 2;
        return 9;
      }
      if (rest.substr(0, 2) == ">=") {
        *length = 2;
        return 8;
      }
      *length = 1;
      return 8;
    }
    case Op("<<"): return 9;
    case Op("+"): case Op("-"): return 10;
    case Op("*"): case Op("/"): case Op("%"): return 11;
    case Op("**"): return 12;
    default: return -1;
  }
}

Eraser::Shape Eraser::ParseBinary(int min_prec, bool no_in) {
  Shape shape = ParseUnary();
  for (;;) {
    uint32_t length = 0;
    int prec = BinaryPrecedence(&length, no_in);
    if (prec < 0 || prec < min_prec) break;
    if (tok_.type == Tok::kIdent && (Text(tok_) == "as" || Text(tok_) == "satisfies")) {
      uint32_t keyword = tok_.start;
      bool is_as = Text(tok_) == "as";
      Advance();
      if (is_as && IsWord("const")) {
        Advance();
      } else {
        ParseType();
      }
      Blank(keyword, prev_end_);
      if (suppress_ == 0) as_.push_back({keyword, prev_end_, context_});
      if (IsOp("(") || tok_.type == Tok::kTemplate || tok_.type == Tok::kTemplateHead) {
        throw Bail{__LINE__};
      }
      shape = Shape::kOther;
      continue;
    }
    if (length > 1) {
      // `>>`, `>>>`, `>=` arrive as single `>` tokens.
      for (uint32_t i = 1; i < length; i++) {
        if (s_[tok_.start + i] != '>' && s_[tok_.start + i] != '=') throw Bail{__LINE__};
      }
      scanner_.set_pos(tok_.start + length);
      tok_.end = tok_.start + length;
    }
    Advance();
    ParseBinary(prec == 12 ? prec : prec + 1, no_in);
    shape = Shape::kOther;
  }
  return shape;
}

Eraser::Shape Eraser::ParseUnary() {
  DepthGuard guard(&depth_);
  // `yield` inside an operand (`!yield!`, `a < yield`): tree-sitter may read a yield expression
  // where this reads an identifier (found by the differential fuzzer).
  if (IsWord("yield")) throw Bail{__LINE__};
  if (tok_.type == Tok::kPunct) {
    switch (tok_.op) {
      case Op("!"): case Op("~"): case Op("+"): case Op("-"):
        Advance();
        ParseUnary();
        return Shape::kOther;
      case Op("++"): case Op("--"): {
        Advance();
        Shape target = ParseUnary();
        if (target != Shape::kIdent && target != Shape::kMember && target != Shape::kParen) {
          throw Bail{__LINE__};
        }
        return Shape::kOther;
      }
      case Op("<"): {
        // `<T>x`, a type assertion (JSX in .tsx).
        if (options_.dialect == Dialect::kTsx) throw Bail{__LINE__};
        uint32_t start = tok_.start;
        {
          Suppress suppress(&suppress_);
          ParseTypeArguments();
        }
        Blank(start, prev_end_);
        ParseUnary();
        return Shape::kOther;
      }
      default:
        break;
    }
  } else if (tok_.type == Tok::kIdent) {
    std::string_view w = Text(tok_);
    if (w == "typeof" || w == "void" || w == "delete") {
      Advance();
      ParseUnary();
      return Shape::kOther;
    }
    if (w == "await") {
      Token next = Peek();
      if (next.nl || next.type == Tok::kEof ||
          (next.type == Tok::kPunct &&
           (next.op == Op(")") || next.op == Op("]") || next.op == Op("}") ||
            next.op == Op(",") || next.op == Op(";") || next.op == Op(":") ||
            next.op == Op("=") || next.op == Op("=>") || next.op == Op(".") ||
            next.op == Op("?.")))) {
        throw Bail{__LINE__};
      }
      if (function_depth_ == 0) NoteModuleSyntax();
      Advance();
      ParseUnary();
      return Shape::kOther;
    }
  }
  Shape shape = ParseLeftHandSide();
  if ((IsOp("++") || IsOp("--")) && !tok_.nl) {
    if (tok_.comment_nl) throw Bail{__LINE__};
    if (shape != Shape::kIdent && shape != Shape::kMember && shape != Shape::kParen) throw Bail{__LINE__};
    Advance();
    return Shape::kOther;
  }
  return shape;
}

bool Eraser::TryTypeArgumentsInExpression() {
  // At `<`: type arguments if they parse and a `(` follows, as in `f<T>(x)`.
  // tree-sitter reads `<` + `unique`/`keyof`/`infer`/`abstract` as type arguments only (then
  // fails where they are comparisons, `a < keyof`): found by the differential fuzzer.
  Token after = Peek();
  if (IsWordTok(after, "unique") || IsWordTok(after, "keyof") || IsWordTok(after, "infer") ||
      IsWordTok(after, "abstract")) {
    throw Bail{__LINE__};
  }
  // Nor does it take `yield <` as a comparison (`a < yield < b`).
  if (prev_end_ >= 5 && s_.compare(prev_end_ - 5, 5, "yield") == 0) throw Bail{__LINE__};
  bool nl = tok_.nl || tok_.comment_nl;
  State state = Save();
  uint32_t start = tok_.start;
  try {
    Suppress suppress(&suppress_);
    ParseTypeArguments();
  } catch (const Bail&) {
    Restore(state);
    // tree-sitter's GLR parser gives up on long chains of `a < b` it must keep open as
    // possible type arguments: leave those statements to it.
    if (++ambiguous_lt_ > 8) throw Bail{__LINE__};
    return false;
  }
  if (!IsOp("(")) {
    // `a < b, c > d`: only comparisons parse when what follows can only start an expression;
    // anything that could continue an instantiation expression (`a<b> - c`, `f<T>;`) is
    // ambiguous between tree-sitter and TypeScript.
    bool starts_only = (tok_.type == Tok::kIdent && !IsWord("in") && !IsWord("instanceof") &&
                        !IsWord("as") && !IsWord("satisfies")) ||
                       tok_.type == Tok::kNumber || tok_.type == Tok::kString ||
                       IsOp("{") || IsOp("~");
    if (!starts_only) throw Bail{__LINE__};
    // `f<T>` + newline + `g()`: tree-sitter ends a class field there (an instantiation
    // expression, as TypeScript reads it) but reads a comparison in a statement.
    if (tok_.nl || tok_.comment_nl) throw Bail{__LINE__};
    Restore(state);
    return false;
  }
  if (nl) throw Bail{__LINE__};
  Blank(start, prev_end_);
  return true;
}

Eraser::Shape Eraser::ParseNew() {
  // At `new`.
  Advance();
  if (IsOp(".")) {
    Advance();
    if (!IsWord("target")) throw Bail{__LINE__};
    Advance();
    return Shape::kOther;
  }
  if (IsWord("new")) throw Bail{__LINE__};  // `new new X<T>()`: tree-sitter fails on it
  ParsePrimary();
  // Member accesses belong to the constructor; calls end it.
  for (;;) {
    if (IsOp(".")) {
      Advance();
      if (tok_.type != Tok::kIdent && tok_.type != Tok::kPrivate) throw Bail{__LINE__};
      Advance();
    } else if (IsOp("[")) {
      Advance();
      ParseExpression();
      Expect("]");
    } else if (tok_.type == Tok::kTemplate || tok_.type == Tok::kTemplateHead) {
      throw Bail{__LINE__};
    } else if (IsOp("?.")) {
      throw Bail{__LINE__};
    } else if (IsOp("!") && !tok_.nl) {
      throw Bail{__LINE__};
    } else {
      break;
    }
  }
  if (IsOp("<")) {
    if (!TryTypeArgumentsInExpression()) throw Bail{__LINE__};
  }
  if (IsOp("(")) ParseArguments();
  return Shape::kOther;
}

Eraser::Shape Eraser::ParseLeftHandSide(bool in_extends) {
  Shape shape;
  if (IsWord("new")) {
    shape = ParseNew();
  } else {
    shape = ParsePrimary();
  }
  for (;;) {
    if (tok_.type == Tok::kPunct) {
      switch (tok_.op) {
        case Op("."):
          Advance();
          if (tok_.type != Tok::kIdent && tok_.type != Tok::kPrivate) throw Bail{__LINE__};
          Advance();
          shape = Shape::kMember;
          continue;
        case Op("?."):
          Advance();
          if (IsOp("(")) {
            ParseArguments();
            shape = Shape::kOther;
          } else if (IsOp("[")) {
            Advance();
            ParseExpression();
            Expect("]");
            shape = Shape::kOther;
          } else if (tok_.type == Tok::kIdent || tok_.type == Tok::kPrivate) {
            Advance();
            shape = Shape::kOther;
          } else {
            throw Bail{__LINE__};
          }
          continue;
        case Op("["):
          Advance();
          ParseExpression();
          Expect("]");
          shape = Shape::kMember;
          continue;
        case Op("("):
          ParseArguments();
          shape = Shape::kOther;
          continue;
        case Op("!"):
          if (tok_.nl) break;
          if (tok_.comment_nl) throw Bail{__LINE__};
          BlankTok(tok_);
          Advance();
          if (shape == Shape::kIdent || shape == Shape::kMember) shape = Shape::kMember;
          continue;
        case Op("<"):
          if (in_extends) break;
          if (TryTypeArgumentsInExpression()) {
            ParseArguments();
            shape = Shape::kOther;
            continue;
          }
          break;
        default:
          break;
      }
      break;
    }
    if (tok_.type == Tok::kTemplate || tok_.type == Tok::kTemplateHead) {
      ParseTemplate();
      shape = Shape::kOther;
      continue;
    }
    break;
  }
  return shape;
}

void Eraser::ParseArguments() {
  Expect("(");
  int saved = conditional_;
  conditional_ = 0;
  while (!IsOp(")")) {
    if (IsOp("...")) Advance();
    ParseAssignment();
    if (!IsOp(",")) break;
    Advance();
  }
  conditional_ = saved;
  Expect(")");
}

void Eraser::ParseTemplate() {
  if (tok_.type == Tok::kTemplate) {
    Advance();
    return;
  }
  // kTemplateHead
  Advance();
  for (;;) {
    int saved = conditional_;
    conditional_ = 0;
    ParseExpression();
    conditional_ = saved;
    if (!IsOp("}")) throw Bail{__LINE__};
    tok_ = scanner_.RescanTemplate(tok_);
    if (tok_.type == Tok::kTemplateTail) {
      Advance();
      return;
    }
    Advance();
  }
}

void Eraser::ParsePropertyName() {
  switch (tok_.type) {
    case Tok::kIdent:
    case Tok::kString:
    case Tok::kNumber:
    case Tok::kPrivate:
      Advance();
      return;
    case Tok::kPunct:
      if (IsOp("[")) {
        Advance();
        int saved = conditional_;
        conditional_ = 0;
        ParseAssignment();
        conditional_ = saved;
        Expect("]");
        return;
      }
      [[fallthrough]];
    default:
      throw Bail{__LINE__};
  }
}

void Eraser::ParseObjectLiteral() {
  Expect("{");
  int saved = conditional_;
  conditional_ = 0;
  while (!IsOp("}")) {
    if (IsOp("...")) {
      Advance();
      ParseAssignment();
    } else {
      bool method_modifier = false;
      if (IsWord("get") || IsWord("set") || IsWord("async")) {
        Token next = Peek();
        if (next.type == Tok::kIdent || next.type == Tok::kString ||
            next.type == Tok::kNumber || IsOpTok(next, "[") ||
            (IsWord("async") && IsOpTok(next, "*"))) {
          if (next.nl || next.comment_nl) throw Bail{__LINE__};
          Advance();
          method_modifier = true;
        }
      }
      if (IsOp("*")) {
        Advance();
        method_modifier = true;
      }
      Token name = tok_;
      if (name.type == Tok::kPrivate) throw Bail{__LINE__};
      ParsePropertyName();
      if (IsOp("(") || IsOp("<")) {
        if (IsOp("<")) BlankTypeParameters();
        function_depth_++;
        ParseParameters();
        if (IsOp(":")) ParseReturnType();
        function_depth_--;
        ParseFunctionBody();
      } else if (method_modifier) {
        throw Bail{__LINE__};
      } else if (IsOp(":")) {
        Advance();
        ParseAssignment();
      } else if (IsOp(",") || IsOp("}")) {
        if (name.type != Tok::kIdent || IsReservedWord(Text(name))) throw Bail{__LINE__};
        if (suppress_ == 0) uncertain_.push_back(Text(name));
      } else {
        throw Bail{__LINE__};
      }
    }
    if (!IsOp(",")) break;
    Advance();
  }
  conditional_ = saved;
  Expect("}");
}

void Eraser::ParseArrayLiteral() {
  Expect("[");
  int saved = conditional_;
  conditional_ = 0;
  while (!IsOp("]")) {
    if (IsOp(",")) {
      Advance();
      continue;
    }
    if (IsOp("...")) Advance();
    ParseAssignment();
    if (!IsOp(",")) break;
    Advance();
  }
  conditional_ = saved;
  Expect("]");
}

Eraser::Shape Eraser::ParsePrimary() {
  DepthGuard guard(&depth_);
  switch (tok_.type) {
    case Tok::kIdent: {
      std::string_view w = Text(tok_);
      if (w == "function") {
        ParseFunction(false, false);
        return Shape::kOther;
      }
      if (w == "async") {
        Token next = Peek();
        if (IsWordTok(next, "function") && !next.nl) {
          ParseFunction(false, false);
          return Shape::kOther;
        }
      }
      if (w == "class") {
        ParseClass(false);
        return Shape::kOther;
      }
      if (w == "this" || w == "super" || w == "null" || w == "true" || w == "false") {
        Advance();
        return w == "this" || w == "super" ? Shape::kMember : Shape::kOther;
      }
      if (w == "import") {
        Advance();
        if (IsOp(".")) {
          Advance();
          if (!IsWord("meta")) throw Bail{__LINE__};
          Advance();
          NoteModuleSyntax();
          return Shape::kMember;
        }
        if (!IsOp("(")) throw Bail{__LINE__};
        Advance();
        ParseAssignment();
        if (IsOp(",")) throw Bail{__LINE__};
        Expect(")");
        return Shape::kOther;
      }
      if (IsReservedWord(w)) throw Bail{__LINE__};
      if (w != "undefined") NoteRef(tok_);
      Advance();
      return Shape::kIdent;
    }
    case Tok::kNumber:
    case Tok::kString:
      Advance();
      return Shape::kOther;
    case Tok::kTemplate:
    case Tok::kTemplateHead:
      ParseTemplate();
      return Shape::kOther;
    case Tok::kPunct:
      switch (tok_.op) {
        case Op("("): {
          Advance();
          int saved = conditional_;
          conditional_ = 0;
          ParseExpression();
          conditional_ = saved;
          Expect(")");
          return Shape::kParen;
        }
        case Op("["):
        case Op("{"): {
          // Shorthands are references in a literal, not in a pattern (`({a} = b)`), and
          // identifiers are only maybe references in a pattern: decided by the `=` after it.
          size_t refs = refs_.size(), uncertain = uncertain_.size();
          bool object = IsOp("{");
          if (object) {
            ParseObjectLiteral();
          } else {
            ParseArrayLiteral();
          }
          if (IsOp("=") || IsWord("of") || IsWord("in")) {
            uncertain_.insert(uncertain_.end(), refs_.begin() + refs, refs_.end());
            refs_.resize(refs);
          } else {
            refs_.insert(refs_.end(), uncertain_.begin() + uncertain, uncertain_.end());
            uncertain_.resize(uncertain);
          }
          return object ? Shape::kObject : Shape::kArray;
        }
        case Op("/"):
        case Op("/="):
          tok_ = scanner_.RescanRegex(tok_);
          Advance();
          return Shape::kOther;
        default:
          throw Bail{__LINE__};
      }
    default:
      throw Bail{__LINE__};
  }
}

// ---------------------------------------------------------------------------------------------
// Patterns and parameters

void Eraser::ParseBindingTarget() {
  DepthGuard guard(&depth_);
  if (tok_.type == Tok::kIdent) {
    std::string_view w = Text(tok_);
    if (IsReservedWord(w)) throw Bail{__LINE__};
    if (w != "undefined") NoteRef(tok_);
    Advance();
    return;
  }
  if (IsOp("[")) {
    Advance();
    while (!IsOp("]")) {
      if (IsOp(",")) {
        Advance();
        continue;
      }
      if (IsOp("...")) {
        Advance();
        ParseBindingTarget();
      } else {
        ParseBindingElement();
      }
      if (!IsOp(",")) break;
      Advance();
    }
    Expect("]");
    return;
  }
  if (IsOp("{")) {
    Advance();
    while (!IsOp("}")) {
      if (IsOp("...")) {
        Advance();
        if (tok_.type != Tok::kIdent) throw Bail{__LINE__};
        ParseBindingTarget();
      } else {
        Token name = tok_;
        ParsePropertyName();
        if (IsOp(":")) {
          Advance();
          ParseBindingElement();
        } else {
          if (name.type != Tok::kIdent || IsReservedWord(Text(name))) throw Bail{__LINE__};
          if (IsOp("=")) {
            Advance();
            ParseAssignment();
          }
        }
      }
      if (!IsOp(",")) break;
      Advance();
    }
    Expect("}");
    return;
  }
  throw Bail{__LINE__};
}

void Eraser::ParseBindingElement() {
  ParseBindingTarget();
  if (IsOp("=")) {
    Advance();
    ParseAssignment();
  }
}

void Eraser::ParseParameters() {
  Expect("(");
  int saved = conditional_;
  conditional_ = 0;
  while (!IsOp(")")) {
    uint32_t start = tok_.start;
    if (IsOp("@")) throw Bail{__LINE__};
    if (tok_.type == Tok::kIdent) {
      std::string_view w = Text(tok_);
      if (w == "public" || w == "private" || w == "protected" || w == "readonly" ||
          w == "override") {
        Token next = Peek();
        if (next.type == Tok::kIdent || IsOpTok(next, "{") || IsOpTok(next, "[")) {
          throw Bail{__LINE__};  // a parameter property
        }
      }
      if (w == "this") {
        Advance();
        if (IsOp(":")) {
          Suppress suppress(&suppress_);
          Advance();
          ParseType();
        }
        Blank(start, prev_end_);
        if (!IsOp(",")) break;
        BlankTok(tok_);
        Advance();
        continue;
      }
    }
    bool rest = false;
    if (IsOp("...")) {
      Advance();
      rest = true;
    }
    ParseBindingTarget();
    if (IsOp("?")) {
      if (rest) throw Bail{__LINE__};
      BlankTok(tok_);
      Advance();
    }
    if (IsOp(":")) BlankTypeAnnotation();
    if (IsOp("=")) {
      Advance();
      ParseAssignment();
    }
    if (!IsOp(",")) break;
    Advance();
  }
  conditional_ = saved;
  Expect(")");
}

// ---------------------------------------------------------------------------------------------
// Types

void Eraser::BlankTypeAnnotation() {
  uint32_t start = tok_.start;
  {
    Suppress suppress(&suppress_);
    Advance();  // :
    ParseType();
  }
  Blank(start, prev_end_);
}

void Eraser::BlankTypeParameters() {
  uint32_t start = tok_.start;
  {
    Suppress suppress(&suppress_);
    ParseTypeParameters();
  }
  Blank(start, prev_end_);
}

// A return type: `: T`, `: asserts x [is T]`, `: x is T`.
void Eraser::ParseReturnType() {
  uint32_t start = tok_.start;
  {
    Suppress suppress(&suppress_);
    Advance();  // :
    if (IsWord("asserts")) {
      Token next = Peek();
      if (!next.nl && (next.type == Tok::kIdent) && !IsWordTok(next, "is")) {
        Advance();
        Advance();
        if (IsWord("is") && !tok_.nl) {
          Advance();
          ParseType();
        }
        Blank(start, prev_end_);
        goto done;
      }
    }
    if (tok_.type == Tok::kIdent) {
      Token next = Peek();
      if (IsWordTok(next, "is") && !next.nl) {
        Advance();
        Advance();
        ParseType();
        goto done;
      }
    }
    ParseType();
  done:;
  }
  Blank(start, prev_end_);
}

void Eraser::ParseTypeParameters() {
  Expect("<");
  if (IsOp(">")) throw Bail{__LINE__};
  while (!IsOp(">")) {
    if ((IsWord("in") || IsWord("out")) && Peek().type == Tok::kIdent) throw Bail{__LINE__};
    if (IsWord("const") && Peek().type == Tok::kIdent) Advance();
    if (tok_.type != Tok::kIdent) throw Bail{__LINE__};
    Advance();
    if (IsWord("extends")) {
      Advance();
      ParseType();
    }
    if (IsOp("=")) {
      Advance();
      ParseType();
    }
    if (!IsOp(",")) break;
    Advance();
  }
  Expect(">");
}

void Eraser::ParseTypeArguments() {
  Expect("<");
  if (IsOp(">")) throw Bail{__LINE__};
  while (!IsOp(">")) {
    ParseType();
    if (!IsOp(",")) break;
    Advance();
  }
  Expect(">");
}

bool Eraser::IsFunctionTypeStart() {
  if (IsOp("<")) return true;
  if (!IsOp("(")) return false;
  Token after = AfterParens();
  return IsOpTok(after, "=>");
}

void Eraser::ParseType(bool allow_conditional) {
  DepthGuard guard(&depth_);
  if (IsFunctionTypeStart() || IsWord("new") ||
      (IsWord("abstract") && IsWordTok(Peek(), "new"))) {
    if (IsWord("abstract")) Advance();
    if (IsWord("new")) Advance();
    ParseSignature();
    if (!IsOp("=>")) throw Bail{__LINE__};
    if (tok_.nl || tok_.comment_nl) throw Bail{__LINE__};
    Advance();
    if (IsWord("asserts")) throw Bail{__LINE__};
    if (tok_.type == Tok::kIdent && IsWordTok(Peek(), "is")) {
      Advance();
      Advance();
    }
    ParseType(allow_conditional);
    return;
  }
  ParseUnionType();
  if (allow_conditional && IsWord("extends")) {
    if (tok_.nl || tok_.comment_nl) throw Bail{__LINE__};
    Advance();
    ParseType(false);
    if (!IsOp("?")) throw Bail{__LINE__};
    Advance();
    ParseType();
    Expect(":");
    ParseType();
  }
}

void Eraser::ParseUnionType() {
  if (IsOp("|")) Advance();
  for (;;) {
    if (IsOp("&")) Advance();
    for (;;) {
      ParseTypeOperator();
      if (!IsOp("&")) break;
      Advance();
    }
    if (!IsOp("|")) break;
    Advance();
  }
}

void Eraser::ParseTypeOperator() {
  DepthGuard guard(&depth_);
  if (tok_.type == Tok::kIdent) {
    std::string_view w = Text(tok_);
    if (w == "keyof" || w == "unique" || w == "readonly") {
      Token next = Peek();
      bool operand = next.type == Tok::kIdent || next.type == Tok::kString ||
                     next.type == Tok::kNumber || IsOpTok(next, "(") || IsOpTok(next, "[") ||
                     IsOpTok(next, "{") || next.type == Tok::kTemplate ||
                     next.type == Tok::kTemplateHead;
      if (operand) {
        if (next.nl) throw Bail{__LINE__};
        // tree-sitter: `keyof` takes a primary type, `unique` only `symbol`.
        if (w == "unique" && !IsWordTok(next, "symbol")) throw Bail{__LINE__};
        if (w == "keyof" && (IsWordTok(next, "readonly") || IsWordTok(next, "infer") ||
                             IsWordTok(next, "unique") || IsWordTok(next, "import"))) {
          throw Bail{__LINE__};
        }
        Advance();
        ParseTypeOperator();
        return;
      }
    }
    if (w == "infer") {
      Advance();
      if (tok_.type != Tok::kIdent) throw Bail{__LINE__};
      Advance();
      if (IsWord("extends")) throw Bail{__LINE__};  // `infer U extends T`: constraint or conditional
      return;
    }
  }
  ParsePrimaryType();
  // Postfix: T[] and T[K], never across a line break.
  while (IsOp("[") && !tok_.nl) {
    if (tok_.comment_nl) throw Bail{__LINE__};
    Advance();
    if (IsOp("]")) {
      Advance();
      continue;
    }
    ParseType();
    Expect("]");
  }
}

void Eraser::ParsePrimaryType() {
  DepthGuard guard(&depth_);
  switch (tok_.type) {
    case Tok::kIdent: {
      std::string_view w = Text(tok_);
      if (w == "typeof") {
        Advance();
        if (IsWord("import")) {
          Advance();
          Expect("(");
          if (tok_.type != Tok::kString) throw Bail{__LINE__};
          Advance();
          Expect(")");
          while (IsOp(".")) {
            Advance();
            if (tok_.type != Tok::kIdent) throw Bail{__LINE__};
            Advance();
          }
          if (IsOp("<")) throw Bail{__LINE__};
          return;
        }
        if (tok_.type != Tok::kIdent) throw Bail{__LINE__};
        Advance();
        while (IsOp(".")) {
          Advance();
          if (tok_.type != Tok::kIdent && tok_.type != Tok::kPrivate) throw Bail{__LINE__};
          Advance();
        }
        if (IsOp("<")) throw Bail{__LINE__};
        return;
      }
      if (w == "import") {
        Advance();
        Expect("(");
        if (tok_.type != Tok::kString) throw Bail{__LINE__};
        Advance();
        Expect(")");
        while (IsOp(".")) {
          Advance();
          if (tok_.type != Tok::kIdent) throw Bail{__LINE__};
          Advance();
        }
        // tree-sitter-typescript reads `import("x").T` as an expression: no type arguments,
        // no `[]` after it.
        if (IsOp("<") || IsOp("[")) throw Bail{__LINE__};
        return;
      }
      if (w == "asserts" || w == "function" || w == "class" || w == "if" || w == "for" ||
          w == "while" || w == "return" || w == "var" || w == "let" || w == "const" ||
          w == "new" || w == "in" || w == "is" || w == "extends" || w == "enum" ||
          w == "export" || w == "default" || w == "do" || w == "else" || w == "switch" ||
          w == "case" || w == "break" || w == "continue" || w == "throw" || w == "try" ||
          w == "catch" || w == "finally" || w == "delete" || w == "instanceof" ||
          w == "with" || w == "super" || w == "debugger" || w == "yield" || w == "await" ||
          w == "infer" || w == "keyof" || w == "unique" || w == "readonly" ||
          w == "abstract") {
        throw Bail{__LINE__};
      }
      Advance();
      while (IsOp(".")) {
        Advance();
        if (tok_.type != Tok::kIdent) throw Bail{__LINE__};
        Advance();
      }
      if (IsOp("<")) {
        if (tok_.nl || tok_.comment_nl) {
          // TypeScript ends an object type member at the line break (strip.cc parses such
          // files again with PatchGenericSignatures, to the same effect).
          if (type_member_ > 0 && PatchableSignatureLine(tok_.start)) return;
          throw Bail{__LINE__};
        }
        ParseTypeArguments();
      }
      return;
    }
    case Tok::kString:
    case Tok::kNumber:
    case Tok::kTemplate:
      Advance();
      return;
    case Tok::kTemplateHead:
      Advance();
      for (;;) {
        // tree-sitter: a primary type or `infer X` only.
        if (IsFunctionTypeStart() || IsWord("readonly") || IsWord("new") || IsWord("abstract")) {
          throw Bail{__LINE__};
        }
        ParseType();
        if (!IsOp("}")) throw Bail{__LINE__};
        tok_ = scanner_.RescanTemplate(tok_);
        bool tail = tok_.type == Tok::kTemplateTail;
        Advance();
        if (tail) return;
      }
    case Tok::kPunct:
      if (IsOp("-")) {
        Advance();
        if (tok_.type != Tok::kNumber) throw Bail{__LINE__};
        Advance();
        return;
      }
      if (IsOp("(")) {
        Advance();
        ParseType();
        Expect(")");
        return;
      }
      if (IsOp("[")) {
        Advance();
        while (!IsOp("]")) {
          if (IsOp("...")) Advance();
          if (tok_.type == Tok::kIdent) {
            Token next = Peek();
            if (IsOpTok(next, ":") || (IsOpTok(next, "?") && true)) {
              State state = Save();
              Advance();
              if (IsOp("?")) Advance();
              if (IsOp(":")) {
                Advance();
                ParseType();
                if (!IsOp(",")) break;
                Advance();
                continue;
              }
              Restore(state);
            }
          }
          ParseType();
          if (IsOp("?")) Advance();
          if (!IsOp(",")) break;
          Advance();
        }
        Expect("]");
        return;
      }
      if (IsOp("{")) {
        ParseObjectType();
        return;
      }
      throw Bail{__LINE__};
    default:
      throw Bail{__LINE__};
  }
}

void Eraser::ParseSignature() {
  if (IsOp("<")) ParseTypeParameters();
  ParseParameters();
  if (IsOp(":")) ParseReturnType();
}

void Eraser::ParseObjectType() {
  Expect("{");
  while (!IsOp("}")) {
    if (tok_.type == Tok::kEof) throw Bail{__LINE__};
    ParseTypeMember();
    if (IsOp(";") || IsOp(",")) {
      Advance();
    } else if (IsOp("}")) {
      break;
    } else if (!tok_.nl) {
      throw Bail{__LINE__};
    }
  }
  Expect("}");
}

// The shape PatchGenericSignatures (strip.cc) repairs: an indented line starting with `<name`
// after a line that ends a member.
bool Eraser::PatchableSignatureLine(uint32_t lt) const {
  uint32_t line_start = lt;
  while (line_start > 0 && (s_[line_start - 1] == ' ' || s_[line_start - 1] == '\t')) line_start--;
  if (line_start == lt || line_start == 0 || s_[line_start - 1] != '\n') return false;
  if (lt + 1 >= s_.size() || !IsIdStart(static_cast<unsigned char>(s_[lt + 1]))) return false;
  uint32_t previous = line_start;
  while (previous > 0 && (s_[previous - 1] == ' ' || s_[previous - 1] == '\t' ||
                          s_[previous - 1] == '\n' || s_[previous - 1] == '\r')) {
    previous--;
  }
  if (previous == 0) return false;
  char c = s_[previous - 1];
  return IsIdPart(static_cast<unsigned char>(c)) || c == ')' || c == ']' || c == '>' ||
         c == '}' || c == '\'' || c == '"' || c == '`' || c == '/';
}

void Eraser::ParseTypeMember() {
  DepthGuard guard(&depth_);
  struct Member {
    explicit Member(int* depth) : depth_(depth) { ++*depth_; }
    ~Member() { --*depth_; }
    int* depth_;
  } member(&type_member_);
  if (IsOp("(") || IsOp("<")) {
    ParseSignature();
    return;
  }
  if (IsWord("new")) {
    Token next = Peek();
    if (IsOpTok(next, "(") || IsOpTok(next, "<")) {
      Advance();
      ParseSignature();
      return;
    }
  }
  // Mapped type: { [readonly|+readonly|-readonly] [K in T as U][?|+?|-?]: V }
  if (IsOp("+") || IsOp("-")) {
    Advance();
    if (!IsWord("readonly")) throw Bail{__LINE__};
  }
  for (;;) {
    if (IsWord("readonly") || IsWord("get") || IsWord("set")) {
      Token next = Peek();
      if (next.type == Tok::kIdent || next.type == Tok::kString || next.type == Tok::kNumber ||
          IsOpTok(next, "[")) {
        if (next.nl) throw Bail{__LINE__};
        Advance();
        continue;
      }
    }
    break;
  }
  if (IsOp("[")) {
    Advance();
    if (tok_.type == Tok::kIdent) {
      Token next = Peek();
      if (IsWordTok(next, "in")) {
        Advance();
        Advance();
        ParseType();
        if (IsWord("as")) {
          Advance();
          ParseType();
        }
        Expect("]");
        if (IsOp("+") || IsOp("-")) {
          Advance();
          if (!IsOp("?")) throw Bail{__LINE__};
        }
        if (IsOp("?")) Advance();
        // TypeScript allows a mapped type without `: T` (any); tree-sitter does not.
        if (!IsOp(":")) throw Bail{__LINE__};
        Advance();
        ParseType();
        return;
      }
      if (IsOpTok(next, ":")) {
        Advance();
        Advance();
        ParseType();
        Expect("]");
        if (IsOp("?")) Advance();
        Expect(":");
        ParseType();
        return;
      }
    }
    ParseAssignment();
    Expect("]");
  } else {
    if (tok_.type != Tok::kIdent && tok_.type != Tok::kString && tok_.type != Tok::kNumber) {
      throw Bail{__LINE__};
    }
    if (tok_.type == Tok::kIdent && IsModifierWord(Text(tok_))) throw Bail{__LINE__};
    Advance();
  }
  if (IsOp("?")) Advance();
  if (IsOp("(") || IsOp("<")) {
    ParseSignature();
    return;
  }
  if (IsOp(":")) {
    Advance();
    ParseType();
  }
}

// ---------------------------------------------------------------------------------------------
// Elision and rendering

void Eraser::Finish(Result* result) {
  std::unordered_set<std::string_view> refs;
  std::unordered_set<std::string_view> uncertain;
  bool need = !import_bindings_.empty() || !local_exports_.empty();
  if (need) {
    refs.insert(refs_.begin(), refs_.end());
    uncertain.insert(uncertain_.begin(), uncertain_.end());
  }
  std::unordered_set<std::string_view> values(values_.begin(), values_.end());
  std::unordered_set<std::string_view> types(types_.begin(), types_.end());
  auto referenced = [&](std::string_view name) {
    if (refs.count(name)) return true;
    if (uncertain.count(name)) throw Bail{__LINE__};
    return false;
  };
  for (const LocalExport& local : local_exports_) {
    bool type_only = types.count(local.name) && !values.count(local.name);
    if (!type_only) {
      refs.insert(local.name);
      continue;
    }
    export_statements_[local.statement].elided++;
    Blank(local.blank.start, local.blank.end);
  }
  for (const ExportStatement& statement : export_statements_) {
    if (statement.specifiers > 0 && statement.elided == statement.specifiers) {
      Blank(statement.range.start, statement.range.end);
    }
  }
  if (options_.elide_unused_imports) {
    for (const ImportBinding& binding : import_bindings_) {
      if (!referenced(binding.name)) import_statements_[binding.statement].elided++;
    }
    for (const ImportBinding& binding : import_bindings_) {
      if (referenced(binding.name)) continue;
      const ImportStatement& statement = import_statements_[binding.statement];
      if (statement.elided == statement.bindings) continue;
      Blank(binding.blank.start, binding.blank.end);
    }
  }
  for (const ImportStatement& statement : import_statements_) {
    if (options_.elide_unused_imports && statement.bindings > 0 &&
        statement.elided == statement.bindings && !statement.keep_when_empty) {
      Blank(statement.range.start, statement.range.end);
    } else {
      NoteModuleSyntax();
    }
  }
  std::sort(blanks_.begin(), blanks_.end(),
            [](const Range& a, const Range& b) { return a.start < b.start; });
  std::vector<Range> merged;
  merged.reserve(blanks_.size());
  for (const Range& range : blanks_) {
    if (!merged.empty() && range.start <= merged.back().end) {
      merged.back().end = std::max(merged.back().end, range.end);
    } else {
      merged.push_back(range);
    }
  }
  blanks_.swap(merged);
  std::stable_sort(edits_.begin(), edits_.end(), [](const CharEdit& a, const CharEdit& b) {
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  });
  result->code.clear();
  result->code.reserve(s_.size() + 16);
  Render(&result->code);
  result->ok = true;
  result->has_module_syntax = has_module_syntax_;
  result->columns_shifted = false;
}

// As Stripper::Render: blanks become whitespace, edits replace their range.
void Eraser::Render(std::string* out) {
  RenderBlanksAndEdits(s_, blanks_, edits_, 0, static_cast<uint32_t>(s_.size()), out,
                       [](const CharEdit& edit, std::string* to) {
                         to->push_back(edit.c);
                         if (edit.pad) to->push_back(' ');  // it replaced two UTF-16 units
                       });
}

bool Eraser::Run(Result* result) {
  try {
    List list;
    uint32_t n = static_cast<uint32_t>(s_.size());
    if (n >= 2 && s_[0] == '#' && s_[1] == '!') {
      uint32_t i = 0;
      while (i < n && s_[i] != '\n') {
        if (s_[i] == '\r') throw Bail{__LINE__};
        i++;
      }
      scanner_.set_pos(i);
      list.prev = List::kOther;
      list.prev_end = i;
    }
    tok_ = scanner_.Next();
    ParseStatementList(&list, false);
    Finish(result);
    return true;
  } catch (const Bail& bail) {
    static const bool debug = std::getenv("KILN_TS_FAST_DEBUG") != nullptr;
    if (debug) {
      uint32_t line = 1, column = 1;
      for (uint32_t i = 0; i < tok_.start && i < s_.size(); i++) {
        if (s_[i] == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      std::fprintf(stderr, "ts-strip fast path: bail at eraser/scanner line %d, input %u:%u '%.*s'\n",
                   bail.line, line, column, static_cast<int>(std::min<uint32_t>(tok_.end - tok_.start, 20)),
                   s_.data() + tok_.start);
    }
    return false;
  }
}

}  // namespace

bool TryStrip(std::string_view source, const Options& options, Result* result) {
  if (options.transform_types) return false;
  // tree-sitter's lexer reads a NUL byte as the end of the input.
  if (std::memchr(source.data(), 0, source.size()) != nullptr) return false;
  Eraser eraser(source, options);
  return eraser.Run(result);
}

bool Enabled() {
  static const bool enabled = [] {
    const char* value = std::getenv("KILN_TS_FAST");
    return value == nullptr || std::strcmp(value, "0") != 0;
  }();
  return enabled;
}

}  // namespace kiln::ts_strip::fast
