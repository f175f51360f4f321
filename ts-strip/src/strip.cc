// The walk over tree-sitter's tree that finds every type-only range, and the rendering of the
// source with those ranges blanked (spaces, newlines kept) and the few generated edits applied.
#include <algorithm>
#include <cctype>
#include <cstring>

#include "arena.h"
#include "fast/eraser.h"
#include "stripper.h"

namespace kiln::ts_strip {
namespace {

constexpr char kInvalidSyntax[] = "ERR_INVALID_TYPESCRIPT_SYNTAX";

bool IsFunctionKind(Kind kind) {
  switch (kind) {
    case Kind::kArrowFunction:
    case Kind::kFunctionDeclaration:
    case Kind::kFunctionExpression:
    case Kind::kGeneratorFunction:
    case Kind::kGeneratorFunctionDeclaration:
    case Kind::kMethodDefinition:
    case Kind::kClassStaticBlock:
    case Kind::kPublicFieldDefinition:  // its initializer cannot `await` at the top level
      return true;
    default:
      return false;
  }
}

// Statements whose end is where an automatic semicolon would go.
bool IsStatementKind(Kind kind) {
  switch (kind) {
    case Kind::kExpressionStatement:
    case Kind::kLexicalDeclaration:
    case Kind::kVariableDeclaration:
    case Kind::kReturnStatement:
    case Kind::kThrowStatement:
    case Kind::kExportStatement:
    case Kind::kPublicFieldDefinition:
      return true;
    default:
      return false;
  }
}

}  // namespace

Stripper::Stripper(std::string_view source, const Options& options, const Language& language)
    : source_(source), options_(options), language_(language), jsx_(options.jsx) {}

Stripper::~Stripper() {
  for (TSTreeCursor& cursor : cursors_) ts_tree_cursor_delete(&cursor);
  if (tree_ != nullptr) ts_tree_delete(tree_);
  if (parser_ != nullptr) ts_parser_delete(parser_);
}

// ---------------------------------------------------------------------------------------------
// Edits

void Stripper::Blank(uint32_t start, uint32_t end) {
  if (start >= end) return;
  if (!blanks_.empty()) {
    Range& last = blanks_.back();
    // Most blanks come in source order; merge adjacent ones on the way.
    if (start >= last.start && start <= last.end) {
      last.end = std::max(last.end, end);
      return;
    }
  }
  blanks_.push_back({start, end});
}

void Stripper::AddEdit(uint32_t start, uint32_t end, std::string text) {
  edits_.push_back({start, end, std::move(text), nullptr});
}

void Stripper::AddGenerated(uint32_t start, uint32_t end,
                            std::function<void(std::string*)> generate) {
  edits_.push_back({start, end, {}, std::move(generate)});
}

void Stripper::ReplaceChar(uint32_t pos, char c) {
  if (pos >= source_.size()) return;
  uint32_t length = Utf8Length(static_cast<unsigned char>(source_[pos]));
  std::string text(1, c);
  if (length == 4) text += ' ';  // two UTF-16 units
  AddEdit(pos, std::min<uint32_t>(pos + length, source_.size()), std::move(text));
}

uint32_t Stripper::CountNewlines(uint32_t a, uint32_t b) const {
  uint32_t count = 0;
  for (uint32_t i = a; i < b; i++) {
    char c = source_[i];
    if (c == '\n') {
      count++;
    } else if (c == '\r') {
      if (i + 1 >= b || source_[i + 1] != '\n') count++;
    } else if (static_cast<unsigned char>(c) == 0xE2 && IsLineTerminatorAt(source_, i)) {
      count++;
    }
  }
  return count;
}

void Stripper::AppendNewlinesOf(uint32_t a, uint32_t b, std::string* out) const {
  out->append(CountNewlines(a, b), '\n');
}

void Stripper::Render(uint32_t a, uint32_t b, std::string* out) const {
  RenderBlanksAndEdits(source_, blanks_, edits_, a, b, out, [](const Edit& edit, std::string* to) {
    // Edits inside this one are rendered by it (or replaced with it).
    if (edit.generate) {
      edit.generate(to);
    } else {
      to->append(edit.text);
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Errors

void Stripper::Fail(uint32_t offset, uint32_t length, std::string code, std::string message,
                    std::string hint) {
  if (failed_) return;
  failed_ = true;
  error_.offset = offset;
  error_.length = length;
  error_.code = std::move(code);
  error_.message = std::move(message);
  error_.hint = std::move(hint);
}

void Stripper::Fail(TSNode node, std::string code, std::string message, std::string hint) {
  uint32_t start = ts_node_start_byte(node);
  Fail(start, ts_node_end_byte(node) - start, std::move(code), std::move(message),
       std::move(hint));
}

// Valid TypeScript that tree-sitter-typescript 0.23 parses with an ERROR node:
// `export type * from 'x'` (ERROR around `type`) and `static accessor x` (the field is named
// `accessor` and the ERROR holds the real name).
static bool IsTolerableError(const Stripper& stripper, TSNode error) {
  if (ts_node_is_missing(error)) return false;
  if (AccessorErrorShape(stripper, error) != 0) return true;
  if (ts_node_named_child_count(error) != 0) return false;
  if (stripper.Text(error) != "type") return false;
  TSNode parent = ts_node_parent(error);
  if (ts_node_is_null(parent) || stripper.KindOf(parent) != Kind::kExportStatement) return false;
  TSNode previous = ts_node_prev_sibling(error);
  TSNode next = ts_node_next_sibling(error);
  return !ts_node_is_null(previous) && stripper.KindOf(previous) == Kind::kTokExport &&
         !ts_node_is_null(next) &&
         (stripper.KindOf(next) == Kind::kTokStar || stripper.KindOf(next) == Kind::kNamespaceExport);
}

int AccessorErrorShape(const Stripper& stripper, TSNode error) {
  if (ts_node_named_child_count(error) != 1 || ts_node_child_count(error) != 1) return 0;
  TSNode inner_node = ts_node_named_child(error, 0);
  Kind inner = stripper.KindOf(inner_node);
  TSNode parent = ts_node_parent(error);
  if (ts_node_is_null(parent) || stripper.KindOf(parent) != Kind::kPublicFieldDefinition) {
    return 0;
  }
  // `static accessor x = 1`: ERROR around `accessor`, the name follows.
  if (inner == Kind::kPropertyIdentifier && stripper.Text(inner_node) == "accessor") {
    TSNode next = ts_node_next_sibling(error);
    if (!ts_node_is_null(next) && ts_node_is_named(next)) return kAccessorKeywordInError;
  }
  // `static accessor x: T = 1`: the field is named `accessor`, ERROR around the name.
  if (inner != Kind::kIdentifier && inner != Kind::kPrivatePropertyIdentifier &&
      inner != Kind::kString && inner != Kind::kNumber) {
    return 0;
  }
  TSNode previous = ts_node_prev_sibling(error);
  if (!ts_node_is_null(previous) && stripper.KindOf(previous) == Kind::kPropertyIdentifier &&
      stripper.Text(previous) == "accessor") {
    return kAccessorNameInError;
  }
  return 0;
}

bool Stripper::FindError(TSTree* tree, TSNode* out) const {
  TSNode root = ts_tree_root_node(tree);
  if (!ts_node_has_error(root)) return false;
  TSTreeCursor cursor = ts_tree_cursor_new(root);
  bool found = false;
  TSNode error{};
  for (;;) {
    TSNode node = ts_tree_cursor_current_node(&cursor);
    bool is_error = ts_node_is_missing(node) || KindOf(node) == Kind::kError;
    if (is_error && !IsTolerableError(*this, node)) {
      error = node;
      found = true;
      break;
    }
    if (!is_error && ts_node_has_error(node) && ts_tree_cursor_goto_first_child(&cursor)) continue;
    bool moved = false;
    while (!(moved = ts_tree_cursor_goto_next_sibling(&cursor))) {
      if (!ts_tree_cursor_goto_parent(&cursor)) break;
    }
    if (!moved) break;
  }
  ts_tree_cursor_delete(&cursor);
  if (found) *out = error;
  return found;
}

// tree-sitter-typescript 0.23 reads `x: T` + newline + `<U>(...)` in an object type as type
// arguments of T; TypeScript ends the member at the line break (no line break may come before
// type arguments). When a parse fails, the input is parsed again with a `;` put into the
// indentation of such lines; the output is still made from the original text.
bool PatchGenericSignatures(std::string_view source, std::string* patched) {
  bool changed = false;
  size_t line_start = 0;
  while (line_start < source.size()) {
    size_t line_end = source.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = source.size();
    size_t first = line_start;
    while (first < line_end && (source[first] == ' ' || source[first] == '\t')) first++;
    if (first > line_start && first + 1 < line_end && source[first] == '<' &&
        (std::isalpha(static_cast<unsigned char>(source[first + 1])) ||
         source[first + 1] == '_' || source[first + 1] == '$')) {
      // The last character before this line, past blank lines, must end a member.
      size_t previous = line_start;
      while (previous > 0 && std::isspace(static_cast<unsigned char>(source[previous - 1]))) {
        previous--;
      }
      if (previous > 0) {
        char c = source[previous - 1];
        if (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$' || c == ')' ||
            c == ']' || c == '>' || c == '}' || c == '\'' || c == '"' || c == '`' || c == '/') {
          if (!changed) patched->assign(source);
          (*patched)[line_start] = ';';
          changed = true;
        }
      }
    }
    line_start = line_end + 1;
  }
  return changed;
}

bool Stripper::CheckSyntax() {
  TSNode error{};
  if (!FindError(tree_, &error)) return true;
  // A known grammar gap: try the repaired input before reporting.
  if (PatchGenericSignatures(source_, &patched_source_)) {
    TSTree* retry = ts_parser_parse_string(parser_, nullptr, patched_source_.data(),
                                           static_cast<uint32_t>(patched_source_.size()));
    TSNode retry_error{};
    if (retry != nullptr && !FindError(retry, &retry_error)) {
      ts_tree_delete(tree_);
      tree_ = retry;
      return true;
    }
    if (retry != nullptr) ts_tree_delete(retry);
  }

  uint32_t start = ts_node_start_byte(error);
  uint32_t end = ts_node_end_byte(error);
  if (ts_node_is_missing(error)) {
    std::string expected = ts_node_type(error);
    if (ts_node_is_named(error)) {
      expected = expected == "identifier" || expected == "property_identifier" ||
                         expected == "type_identifier"
                     ? "an identifier"
                     : "a " + expected;
      std::replace(expected.begin(), expected.end(), '_', ' ');
    } else {
      expected = "'" + expected + "'";
    }
    Fail(start, 1, kInvalidSyntax, "Expected " + expected,
         "Kiln runs only what it can parse: add the missing token");
    return false;
  }
  // Underline the first token of the error node.
  TSNode token = error;
  while (ts_node_child_count(token) > 0) token = ts_node_child(token, 0);
  uint32_t token_start = ts_node_start_byte(token);
  uint32_t token_end = ts_node_end_byte(token);
  if (token_end <= token_start) {
    token_start = start;
    token_end = end;
  }
  std::string_view text = source_.substr(token_start, token_end - token_start);
  std::string message;
  if (token_start >= source_.size()) {
    message = "Unexpected end of file";
  } else {
    size_t newline = text.find_first_of("\r\n");
    if (newline != std::string_view::npos) text = text.substr(0, newline);
    if (text.size() > 40) text = text.substr(0, 40);
    message = "Unexpected token '" + std::string(text) + "'";
  }
  std::string hint = "Kiln runs only TypeScript it can parse: fix the syntax here";
  if (options_.dialect == Dialect::kTypeScript) {
    std::string_view rest = source_.substr(start, std::min<size_t>(end - start, 200));
    size_t lt = rest.find('<');
    if (lt != std::string_view::npos && lt + 1 < rest.size() &&
        (std::isalpha(static_cast<unsigned char>(rest[lt + 1])) || rest[lt + 1] == '>') &&
        (rest.find("/>") != std::string_view::npos || rest.find("</") != std::string_view::npos)) {
      hint = "JSX is only allowed in .tsx files: rename the file to .tsx";
    }
  }
  Fail(token_start, std::max<uint32_t>(1, static_cast<uint32_t>(text.size())), kInvalidSyntax,
       message, hint);
  return false;
}

// ---------------------------------------------------------------------------------------------
// The walk

void Stripper::Walk() {
  TSNode root = ts_tree_root_node(tree_);
  TSTreeCursor cursor = ts_tree_cursor_new(root);
  bool descend = Enter(root, FieldId::kNone);
  for (;;) {
    if (failed_) break;
    if (descend && ts_tree_cursor_goto_first_child(&cursor)) {
      descend = Enter(ts_tree_cursor_current_node(&cursor),
                      language_.FieldOf(ts_tree_cursor_current_field_id(&cursor)));
      continue;
    }
    if (descend) Leave();
    ChildDone(ts_tree_cursor_current_node(&cursor));
    bool moved = false;
    while (!(moved = ts_tree_cursor_goto_next_sibling(&cursor))) {
      if (!ts_tree_cursor_goto_parent(&cursor)) break;
      Leave();
      ChildDone(ts_tree_cursor_current_node(&cursor));
    }
    if (!moved) break;
    descend = Enter(ts_tree_cursor_current_node(&cursor),
                    language_.FieldOf(ts_tree_cursor_current_field_id(&cursor)));
  }
  ts_tree_cursor_delete(&cursor);
}

void Stripper::Leave() {
  Frame& frame = frames_.back();
  if (IsFunctionKind(frame.kind)) function_depth_--;
  if (frame.kind == Kind::kInternalModule || frame.kind == Kind::kModule) namespace_depth_--;
  if (frame.pushed_namespace) namespaces_.pop_back();
  frames_.pop_back();
}

void Stripper::ChildDone(TSNode node) {
  if (frames_.empty()) return;
  Frame& parent = frames_.back();
  if (!ts_node_is_named(node)) {
    if (KindOf(node) == Kind::kTokSemicolon) {
      parent.prev_named_end = ts_node_end_byte(node);
      if (ts_node_end_byte(node) > ts_node_start_byte(node)) parent.prev_node = TSNode{};
    }
    return;
  }
  Kind kind = KindOf(node);
  // Comments and statements that became blank are not "the statement before".
  if (kind == Kind::kComment || node.id == blanked_statement_) return;
  parent.prev_named = kind;
  parent.prev_named_end = ts_node_end_byte(node);
  parent.prev_node = node;
}

bool Stripper::Enter(TSNode node, FieldId field) {
  Frame* parent = frames_.empty() ? nullptr : &frames_.back();
  Kind kind = KindOf(node);
  if (parent != nullptr) {
    uint32_t index = parent->child_index++;
    // The type after `as`/`satisfies` was blanked with its keyword.
    if ((parent->kind == Kind::kAsExpression || parent->kind == Kind::kSatisfiesExpression) &&
        index >= 1) {
      return false;
    }
    if (parent->blank_next_comma) {
      if (kind == Kind::kTokComma) {
        BlankNode(node);
        parent->blank_next_comma = false;
        return false;
      }
      if (ts_node_is_named(node) && kind != Kind::kComment) parent->blank_next_comma = false;
    }
  }
  bool descend = true;
  switch (kind) {
    case Kind::kTypeAnnotation:
    case Kind::kTypeParameters:
    case Kind::kTypeArguments:
    case Kind::kAssertsAnnotation:
    case Kind::kTypePredicateAnnotation:
    case Kind::kOptingTypeAnnotation:
    case Kind::kImplementsClause:
    case Kind::kAccessibilityModifier:
    case Kind::kOverrideModifier:
      BlankNode(node);
      return false;
    case Kind::kInterfaceDeclaration:
    case Kind::kTypeAliasDeclaration: {
      TSNode name = ChildByField(node, FieldId::kName);
      if (!ts_node_is_null(name)) type_declarations_.insert(Text(name));
      return BlankStatement(node);
    }
    case Kind::kFunctionSignature:
    case Kind::kAmbientDeclaration:
    case Kind::kAbstractMethodSignature:
    case Kind::kIndexSignature:
    case Kind::kMethodSignature:
      return BlankStatement(node);
    case Kind::kEnumDeclaration: {
      TSNode name = ChildByField(node, FieldId::kName);
      if (!ts_node_is_null(name)) value_declarations_.insert(Text(name));
      bool exported = parent != nullptr && parent->kind == Kind::kExportStatement;
      if (!options_.transform_types) {
        Unsupported(node, "enum",
                    "run with --transform-types to compile it, or use an object with `as const`");
        return false;
      }
      descend = TransformEnum(node, exported ? parent->node : node, exported);
      break;
    }
    case Kind::kModule:
    case Kind::kInternalModule:
      descend = HandleModuleDeclaration(node, node);
      break;
    case Kind::kImportAlias: {
      bool exported = parent != nullptr && parent->kind == Kind::kExportStatement;
      if (!options_.transform_types) {
        Unsupported(node, "import alias (`import x = N.y`)",
                    "run with --transform-types to compile it, or use `const x = N.y`");
        return false;
      }
      descend = TransformImportAlias(node, exported ? parent->node : node, exported);
      break;
    }
    case Kind::kImportStatement:
      return HandleImport(node);
    case Kind::kExportStatement:
      descend = HandleExport(node);
      break;
    case Kind::kNonNullExpression: {
      uint32_t count = ts_node_child_count(node);
      if (count > 0) {
        TSNode bang = ts_node_child(node, count - 1);
        if (KindOf(bang) == Kind::kTokBang) BlankNode(bang);
      }
      break;
    }
    case Kind::kAsExpression:
    case Kind::kSatisfiesExpression:
      descend = HandleAsExpression(node);
      break;
    case Kind::kRequiredParameter:
    case Kind::kOptionalParameter:
      descend = HandleParameter(node, kind);
      break;
    case Kind::kPublicFieldDefinition:
      descend = HandleFieldDefinition(node);
      break;
    case Kind::kMethodDefinition:
      descend = HandleMethod(node);
      break;
    case Kind::kClassDeclaration:
    case Kind::kClass:
    case Kind::kAbstractClassDeclaration:
      descend = HandleClass(node);
      break;
    case Kind::kArrowFunction:
      descend = HandleArrowFunction(node);
      break;
    case Kind::kFunctionDeclaration:
    case Kind::kGeneratorFunctionDeclaration: {
      TSNode name = ChildByField(node, FieldId::kName);
      if (!ts_node_is_null(name)) {
        value_declarations_.insert(Text(name));
        NoteScopeDeclaration(Text(name));
      }
      break;
    }
    case Kind::kVariableDeclarator: {
      TSNode name = ChildByField(node, FieldId::kName);
      if (!ts_node_is_null(name) && KindOf(name) == Kind::kIdentifier) {
        value_declarations_.insert(Text(name));
      }
      ForEachChild(node, [&](TSNode child, FieldId) {
        if (KindOf(child) == Kind::kTokBang) BlankNode(child);
        return true;
      });
      break;
    }
    case Kind::kDecorator:
      return HandleDecorator(node);
    case Kind::kIdentifier:
    case Kind::kShorthandPropertyIdentifier:
      NoteValueReference(Text(node));
      if (!namespaces_.empty() && field != FieldId::kName && field != FieldId::kPattern &&
          field != FieldId::kParameter && field != FieldId::kLabel &&
          (parent == nullptr ||
           (parent->kind != Kind::kArrayPattern && parent->kind != Kind::kRestPattern &&
            parent->kind != Kind::kNestedIdentifier))) {
        QualifyNamespaceReference(node, kind == Kind::kShorthandPropertyIdentifier);
      }
      return false;
    case Kind::kMetaProperty:
      if (Text(node).substr(0, 6) == "import") has_module_syntax_ = true;
      return false;
    case Kind::kAwaitExpression:
      if (function_depth_ == 0) has_module_syntax_ = true;
      break;
    case Kind::kForInStatement:
      if (function_depth_ == 0) {
        TSNode second = ts_node_child(node, 1);
        if (!ts_node_is_null(second) && KindOf(second) == Kind::kTokAwait) {
          has_module_syntax_ = true;
        }
      }
      break;
    case Kind::kComment:
      if (options_.dialect == Dialect::kTsx) ScanPragmas(node);
      return false;
    case Kind::kJsxElement:
    case Kind::kJsxSelfClosingElement:
      descend = HandleJsx(node);
      break;
    case Kind::kError:
      // Only the tolerated `export type *` gets here; HandleExport blanks it.
      return false;
    default:
      break;
  }
  (void)field;
  if (!descend || failed_) return false;
  Frame frame;
  frame.node = node;
  frame.kind = kind;
  frame.in_class_body = kind == Kind::kClassBody;
  frames_.push_back(frame);
  if (IsFunctionKind(kind)) function_depth_++;
  if (kind == Kind::kInternalModule || kind == Kind::kModule) namespace_depth_++;
  if (pending_namespace_) {
    namespaces_.push_back(*pending_namespace_);
    pending_namespace_.reset();
    frames_.back().pushed_namespace = true;
  }
  return true;
}

// A statement (or class member) that is only types: all of it becomes blank. If the statement
// before it lacks a semicolon, the blank starts with one, so that the next statement is not
// glued to that one by the lack of ASI (`let x = a` + `interface I {}` + `(f)()`).
bool Stripper::BlankStatement(TSNode node, const Frame* container) {
  uint32_t start = ts_node_start_byte(node);
  Blank(start, ts_node_end_byte(node));
  NeedsStatementSeparator(start, container);
  blanked_statement_ = node.id;
  return false;
}

uint32_t Stripper::LastTokenEnd(TSNode node) const {
  for (;;) {
    uint32_t count = ts_node_child_count(node);
    if (count == 0) return ts_node_end_byte(node);
    TSNode last{};
    for (uint32_t i = count; i-- > 0;) {
      TSNode child = ts_node_child(node, i);
      if (KindOf(child) == Kind::kComment || ts_node_end_byte(child) == ts_node_start_byte(child)) {
        continue;
      }
      last = child;
      break;
    }
    if (ts_node_is_null(last)) return ts_node_end_byte(node);
    node = last;
  }
}

// The statement that ends an if/else, loop, `with` or labeled statement: its body, or the body
// of its else branch, innermost first.
static TSNode TrailingBody(const Stripper& stripper, TSNode node) {
  for (;;) {
    switch (stripper.KindOf(node)) {
      case Kind::kIfStatement:
      case Kind::kElseClause:
      case Kind::kForStatement:
      case Kind::kForInStatement:
      case Kind::kWhileStatement:
      case Kind::kWithStatement:
      case Kind::kLabeledStatement:
        break;
      default:
        return node;
    }
    TSNode body{};
    for (uint32_t i = ts_node_named_child_count(node); i-- > 0;) {
      TSNode child = ts_node_named_child(node, i);
      if (stripper.KindOf(child) != Kind::kComment) {
        body = child;
        break;
      }
    }
    if (ts_node_is_null(body)) return node;
    node = body;
  }
}

void Stripper::NeedsStatementSeparator(uint32_t pos, const Frame* container) {
  if (container == nullptr) {
    if (frames_.empty()) return;
    container = &frames_.back();
  }
  const Frame& parent = *container;
  Kind kind = parent.prev_named;
  if (kind == Kind::kNone) return;
  uint32_t end = parent.prev_named_end;
  if (!ts_node_is_null(parent.prev_node)) {
    // What ends the statement before is its last token, not a comment after it
    // (`f() // x;`), and a compound statement ends with its body (`if (a) f()`).
    TSNode statement = TrailingBody(*this, parent.prev_node);
    kind = KindOf(statement);
    if (kind == Kind::kNone) return;  // break, continue, do-while, try, switch, debugger
    end = LastTokenEnd(statement);
  }
  bool brace_ends_it =
      kind == Kind::kFunctionDeclaration || kind == Kind::kClassDeclaration ||
      kind == Kind::kMethodDefinition || kind == Kind::kStatementBlock ||
      kind == Kind::kGeneratorFunctionDeclaration || kind == Kind::kClassStaticBlock;
  if (NeedsSemicolonAfter(source_, end, brace_ends_it)) ReplaceChar(pos, ';');
}

bool Stripper::IsTypeOnlyDeclaration(TSNode declaration) const {
  switch (KindOf(declaration)) {
    case Kind::kInterfaceDeclaration:
    case Kind::kTypeAliasDeclaration:
    case Kind::kAmbientDeclaration:
    case Kind::kFunctionSignature:
      return true;
    case Kind::kInternalModule:
    case Kind::kModule:
      return !IsInstantiatedModule(declaration);
    default:
      return false;
  }
}

bool Stripper::HandleImport(TSNode node) {
  bool type_only = false;
  TSNode clause{}, require_clause{};
  bool has_source = false;
  ForEachChild(node, [&](TSNode child, FieldId field) {
    switch (KindOf(child)) {
      case Kind::kTokType:
        type_only = true;
        break;
      case Kind::kTokTypeof:
        type_only = true;  // Flow's `import typeof`: never a value.
        break;
      case Kind::kImportClause:
        clause = child;
        break;
      case Kind::kImportRequireClause:
        require_clause = child;
        break;
      default:
        if (field == FieldId::kSource) has_source = true;
        break;
    }
    return true;
  });
  (void)has_source;
  if (type_only) return BlankStatement(node);
  if (!ts_node_is_null(require_clause)) {
    if (!options_.transform_types) {
      Unsupported(node, "`import x = require()`",
                  "run with --transform-types to compile it, or write `const x = require(...)`"
                  " or an ES import");
      return false;
    }
    return TransformImportRequire(node, require_clause, false);
  }
  // `import 'x'` is kept as it is; imports with bindings are module syntax unless elided.
  if (ts_node_is_null(clause) || !options_.elide_unused_imports) has_module_syntax_ = true;
  if (ts_node_is_null(clause)) return false;

  uint32_t statement = static_cast<uint32_t>(import_statements_.size());
  import_statements_.push_back({{ts_node_start_byte(node), ts_node_end_byte(node)}});
  ImportStatement& record = import_statements_.back();
  bool elide = options_.elide_unused_imports;
  uint32_t named_total = 0, named_type = 0;
  TSNode previous_comma{};
  TSNode pending_default{};  // a default import waiting for the comma after it
  auto add_binding = [&](TSNode name_node, uint32_t start, uint32_t end) {
    value_declarations_.insert(Text(name_node));
    if (!elide) return;
    import_bindings_.push_back({Text(name_node), {start, end}, statement});
    import_statements_[statement].bindings++;
  };
  ForEachChild(clause, [&](TSNode child, FieldId) {
    switch (KindOf(child)) {
      case Kind::kIdentifier:  // the default import
        pending_default = child;
        break;
      case Kind::kTokComma:
        if (!ts_node_is_null(pending_default)) {
          add_binding(pending_default, ts_node_start_byte(pending_default),
                      ts_node_end_byte(child));
          pending_default = TSNode{};
        }
        previous_comma = child;
        break;
      case Kind::kNamespaceImport: {
        TSNode name = ts_node_named_child(child, 0);
        if (ts_node_is_null(name)) break;
        uint32_t start = ts_node_is_null(previous_comma) ? ts_node_start_byte(child)
                                                         : ts_node_start_byte(previous_comma);
        add_binding(name, start, ts_node_end_byte(child));
        break;
      }
      case Kind::kNamedImports: {
        TSNode pending{};  // a specifier waiting for its comma
        bool pending_type = false;
        auto flush = [&](uint32_t end) {
          if (ts_node_is_null(pending)) return;
          if (pending_type) {
            Blank(ts_node_start_byte(pending), end);
          } else {
            TSNode alias = ChildByField(pending, FieldId::kAlias);
            TSNode name = ts_node_is_null(alias) ? ChildByField(pending, FieldId::kName) : alias;
            if (!ts_node_is_null(name)) add_binding(name, ts_node_start_byte(pending), end);
          }
          pending = TSNode{};
        };
        ForEachChild(child, [&](TSNode item, FieldId) {
          Kind item_kind = KindOf(item);
          if (item_kind == Kind::kImportSpecifier) {
            flush(ts_node_start_byte(item));
            pending = item;
            named_total++;
            TSNode first = ts_node_child(item, 0);
            pending_type = !ts_node_is_null(first) && KindOf(first) == Kind::kTokType &&
                           ts_node_child_count(item) > 1;
            if (pending_type) named_type++;
          } else if (item_kind == Kind::kTokComma) {
            if (!ts_node_is_null(pending)) {
              uint32_t end = ts_node_end_byte(item);
              TSNode keep = pending;
              flush(end);
              (void)keep;
            }
          } else if (item_kind == Kind::kTokRBrace) {
            if (!ts_node_is_null(pending)) flush(ts_node_end_byte(pending));
          }
          return true;
        });
        if (!ts_node_is_null(pending)) flush(ts_node_end_byte(pending));
        break;
      }
      default:
        break;
    }
    return true;
  });
  if (!ts_node_is_null(pending_default)) {
    add_binding(pending_default, ts_node_start_byte(pending_default),
                ts_node_end_byte(pending_default));
  }
  ImportStatement& final_record = import_statements_[statement];
  if (named_total > 0 && named_type == named_total && final_record.bindings == 0) {
    // Only type specifiers (`import { type A } from 'x'`): tsc drops the import, unless
    // verbatimModuleSyntax keeps it for its side effects.
    if (elide) {
      BlankStatement(node);
      import_statements_.pop_back();
      return false;
    }
    final_record.keep_when_empty = true;
  }
  (void)record;
  return false;
}

bool Stripper::HandleExport(TSNode node) {
  bool after_export = false;
  bool is_default = false;
  bool type_only = false;
  bool assignment = false;
  bool as_namespace = false;
  bool has_from = false;
  TSNode declaration{}, value{}, clause{}, alias{};
  ForEachChild(node, [&](TSNode child, FieldId field) {
    Kind kind = KindOf(child);
    if (field == FieldId::kDeclaration) {
      declaration = child;
    } else if (field == FieldId::kValue) {
      value = child;
    }
    switch (kind) {
      case Kind::kTokExport:
        after_export = true;
        return true;
      case Kind::kTokDefault:
        is_default = true;
        break;
      case Kind::kTokType:
      case Kind::kError:
        if (after_export) type_only = true;
        break;
      case Kind::kTokEquals:
        if (after_export) assignment = true;
        break;
      case Kind::kTokNamespace:
        as_namespace = true;
        break;
      case Kind::kTokFrom:
        has_from = true;
        break;
      case Kind::kExportClause:
        clause = child;
        break;
      case Kind::kImportAlias:
        alias = child;
        break;
      default:
        if (ts_node_is_named(child) && kind != Kind::kComment && ts_node_is_null(value) &&
            ts_node_is_null(declaration) && kind != Kind::kExportClause &&
            kind != Kind::kNamespaceExport && kind != Kind::kString && kind != Kind::kDecorator) {
          value = child;  // `export = x` and `export default x`
        }
        break;
    }
    after_export = false;
    return true;
  });
  if (type_only || as_namespace) return BlankStatement(node);
  if (assignment) {
    if (!options_.transform_types) {
      Unsupported(node, "`export =`",
                  "run with --transform-types to compile it, or write `module.exports = ...`");
      return false;
    }
    return TransformExportAssignment(node);
  }
  if (!ts_node_is_null(declaration) && IsTypeOnlyDeclaration(declaration)) {
    if (KindOf(declaration) == Kind::kInterfaceDeclaration ||
        KindOf(declaration) == Kind::kTypeAliasDeclaration) {
      TSNode name = ChildByField(declaration, FieldId::kName);
      if (!ts_node_is_null(name)) type_declarations_.insert(Text(name));
    }
    return BlankStatement(node);
  }
  if (!ts_node_is_null(alias)) return true;  // `export import A = N.B`: the alias handler.
  if (IsInNamespaceBody()) {
    if (ts_node_is_null(declaration)) {
      Fail(node, "ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX",
           "Export declarations are not allowed in a namespace", "export the declaration itself");
      return false;
    }
    return TransformNamespaceExport(node, declaration);
  }
  has_module_syntax_ = true;
  if (!ts_node_is_null(clause)) {
    uint32_t statement = static_cast<uint32_t>(export_statements_.size());
    export_statements_.push_back({{ts_node_start_byte(node), ts_node_end_byte(node)}});
    uint32_t total = 0, types = 0;
    TSNode pending{};
    bool pending_type = false;
    auto flush = [&](uint32_t end) {
      if (ts_node_is_null(pending)) return;
      if (pending_type) {
        Blank(ts_node_start_byte(pending), end);
      } else if (!has_from) {
        TSNode name = ChildByField(pending, FieldId::kName);
        if (!ts_node_is_null(name)) {
          local_exports_.push_back({Text(name), {ts_node_start_byte(pending), end}, statement});
          export_statements_[statement].specifiers++;
        }
      }
      pending = TSNode{};
    };
    ForEachChild(clause, [&](TSNode item, FieldId) {
      Kind item_kind = KindOf(item);
      if (item_kind == Kind::kExportSpecifier) {
        flush(ts_node_start_byte(item));
        pending = item;
        total++;
        TSNode first = ts_node_child(item, 0);
        pending_type = !ts_node_is_null(first) && KindOf(first) == Kind::kTokType &&
                       ts_node_child_count(item) > 1;
        if (pending_type) types++;
      } else if (item_kind == Kind::kTokComma) {
        flush(ts_node_end_byte(item));
      } else if (item_kind == Kind::kTokRBrace) {
        flush(ts_node_is_null(pending) ? 0 : ts_node_end_byte(pending));
      }
      return true;
    });
    flush(ts_node_is_null(pending) ? 0 : ts_node_end_byte(pending));
    if (total > 0 && types == total && options_.elide_unused_imports) {
      export_statements_.pop_back();
      return BlankStatement(node);
    }
    return false;
  }
  if (is_default && !ts_node_is_null(value) && KindOf(value) == Kind::kIdentifier) {
    // `export default Name`: dropped when Name is only a type.
    uint32_t statement = static_cast<uint32_t>(export_statements_.size());
    export_statements_.push_back({{ts_node_start_byte(node), ts_node_end_byte(node)}});
    export_statements_.back().blank_when_empty = true;
    local_exports_.push_back(
        {Text(value), {ts_node_start_byte(node), ts_node_end_byte(node)}, statement});
    export_statements_[statement].specifiers++;
    return false;
  }
  return true;
}

bool Stripper::HandleParameter(TSNode node, Kind kind) {
  bool property = false;
  TSNode pattern{};
  TSNode first_modifier{};
  ForEachChild(node, [&](TSNode child, FieldId field) {
    Kind child_kind = KindOf(child);
    if (field == FieldId::kPattern) pattern = child;
    switch (child_kind) {
      case Kind::kAccessibilityModifier:
      case Kind::kOverrideModifier:
      case Kind::kTokReadonly:
        if (ts_node_is_null(first_modifier)) first_modifier = child;
        property = true;
        if (child_kind == Kind::kTokReadonly) BlankNode(child);
        break;
      case Kind::kTokQuestion:
        if (kind == Kind::kOptionalParameter) BlankNode(child);
        break;
      default:
        break;
    }
    return true;
  });
  if (!ts_node_is_null(pattern) && KindOf(pattern) == Kind::kThis) {
    // `this: T` declares the type of `this`: it goes, with the comma after it.
    BlankNode(node);
    if (!frames_.empty()) frames_.back().blank_next_comma = true;
    return false;
  }
  if (property && !options_.transform_types) {
    Unsupported(first_modifier, "parameter property",
                "run with --transform-types to compile it, or declare the field and assign it "
                "in the constructor");
    return false;
  }
  return true;
}

bool Stripper::HandleFieldDefinition(TSNode node) {
  bool whole = false;
  TSNode accessor{};
  TSNode accessor_name{};
  TSNode previous{};
  ForEachChild(node, [&](TSNode child, FieldId) {
    Kind child_kind = KindOf(child);
    if (child_kind == Kind::kError) {
      // `static accessor x`, as tree-sitter-typescript 0.23 parses it.
      int shape = AccessorErrorShape(*this, child);
      if (shape == kAccessorNameInError && !ts_node_is_null(previous)) {
        accessor = previous;
        accessor_name = ts_node_named_child(child, 0);
      } else if (shape == kAccessorKeywordInError) {
        accessor = ts_node_named_child(child, 0);
      }
    }
    previous = child;
    switch (child_kind) {
      case Kind::kTokDeclare:
      case Kind::kTokAbstract:
        whole = true;
        return false;
      case Kind::kTokReadonly:
      case Kind::kTokQuestion:
      case Kind::kTokBang:
        BlankNode(child);
        break;
      case Kind::kTokAccessor:
        accessor = child;
        break;
      default:
        break;
    }
    return true;
  });
  if (whole) return BlankStatement(node);
  if (!ts_node_is_null(accessor)) RewriteAccessor(node, accessor, accessor_name);
  return !failed_;
}

bool Stripper::HandleMethod(TSNode node) {
  bool constructor = false;
  bool has_properties = false;
  ForEachChild(node, [&](TSNode child, FieldId field) {
    Kind kind = KindOf(child);
    if (kind == Kind::kTokQuestion) {
      BlankNode(child);
    } else if (field == FieldId::kName && Text(child) == "constructor") {
      constructor = true;
    } else if (field == FieldId::kParameters && constructor) {
      ForEachChild(child, [&](TSNode parameter, FieldId) {
        Kind parameter_kind = KindOf(parameter);
        if (parameter_kind != Kind::kRequiredParameter &&
            parameter_kind != Kind::kOptionalParameter) {
          return true;
        }
        ForEachChild(parameter, [&](TSNode modifier, FieldId) {
          Kind modifier_kind = KindOf(modifier);
          if (modifier_kind == Kind::kAccessibilityModifier ||
              modifier_kind == Kind::kOverrideModifier || modifier_kind == Kind::kTokReadonly) {
            has_properties = true;
          }
          return !has_properties;
        });
        return !has_properties;
      });
    }
    return true;
  });
  if (has_properties && options_.transform_types) TransformParameterProperties(node);
  return true;
}

bool Stripper::HandleClass(TSNode node) {
  ForEachChild(node, [&](TSNode child, FieldId field) {
    Kind kind = KindOf(child);
    if (kind == Kind::kTokAbstract) BlankNode(child);
    if (field == FieldId::kName && KindOf(node) != Kind::kClass) {
      value_declarations_.insert(Text(child));
      NoteScopeDeclaration(Text(child));
    }
    return true;
  });
  return true;
}

bool Stripper::HandleArrowFunction(TSNode node) {
  TSNode return_type = ChildByField(node, FieldId::kReturnType);
  if (ts_node_is_null(return_type)) return true;
  TSNode parameters = ChildByField(node, FieldId::kParameters);
  if (ts_node_is_null(parameters)) return true;
  uint32_t arrow = ts_node_end_byte(return_type);
  ForEachChild(node, [&](TSNode child, FieldId) {
    if (KindOf(child) == Kind::kTokArrow) {
      arrow = ts_node_start_byte(child);
      return false;
    }
    return true;
  });
  uint32_t params_end = ts_node_end_byte(parameters);
  if (CountNewlines(params_end, arrow) == 0) return true;
  // No line break may come between an arrow function's parameters and `=>`: the `)` moves to
  // the end of the return type, which is blank.
  uint32_t type_end = ts_node_end_byte(return_type);
  uint32_t last = type_end - 1;
  while (last > 0 && (static_cast<unsigned char>(source_[last]) & 0xC0) == 0x80) last--;
  Blank(params_end - 1, params_end);
  ReplaceChar(last, ')');
  return true;
}

bool Stripper::HandleAsExpression(TSNode node) {
  TSNode keyword = ts_node_child(node, 1);
  if (ts_node_is_null(keyword)) return true;
  uint32_t start = ts_node_start_byte(keyword);
  uint32_t end = ts_node_end_byte(node);
  Blank(start, end);
  // `x as T` + newline + `(y)`: tree-sitter calls the as-expression, TypeScript ends the
  // statement at the line break (a call's callee cannot be an as-expression).
  if (!frames_.empty() && frames_.back().kind == Kind::kCallExpression &&
      frames_.back().child_index == 1) {
    TSNode arguments = ChildByField(frames_.back().node, FieldId::kArguments);
    if (!ts_node_is_null(arguments) && CountNewlines(end, ts_node_start_byte(arguments)) > 0) {
      ReplaceChar(start, ';');
      return true;
    }
  }
  // `x as T` ending a statement without a semicolon: the type may have kept the next line
  // from continuing the expression, so put the semicolon back (`let y = x as T` + `(f)()`).
  // Comments after the type on its line are part of the statement's node, not of its end.
  for (auto frame = frames_.rbegin(); frame != frames_.rend(); ++frame) {
    if (LastTokenEnd(frame->node) != end) break;
    if (IsStatementKind(frame->kind)) {
      ReplaceChar(start, ';');
      break;
    }
  }
  return true;
}

bool Stripper::HandleModuleDeclaration(TSNode node, TSNode statement) {
  // `declare module 'x'`, `declare namespace` are inside ambient declarations, never here.
  const Frame* parent = frames_.empty() ? nullptr : &frames_.back();
  bool exported = parent != nullptr && parent->kind == Kind::kExportStatement;
  const Frame* container = nullptr;
  if (parent != nullptr &&
      (parent->kind == Kind::kExpressionStatement || parent->kind == Kind::kExportStatement)) {
    statement = parent->node;
    if (frames_.size() >= 2) container = &frames_[frames_.size() - 2];
  }
  if (!IsInstantiatedModule(node)) return BlankStatement(statement, container);
  TSNode name = ChildByField(node, FieldId::kName);
  if (!ts_node_is_null(name) && KindOf(name) == Kind::kIdentifier) {
    value_declarations_.insert(Text(name));
  }
  if (!options_.transform_types) {
    Unsupported(node, "namespace with runtime code",
                "run with --transform-types to compile it, or use an ES module or an object");
    return false;
  }
  return TransformNamespace(node, statement, exported);
}

bool Stripper::HandleDecorator(TSNode node) {
  Fail(node, "ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX", "Decorators are not supported",
       "V8 10.2 cannot run decorators and Kiln does not compile them yet: remove the "
       "decorator or build this file with tsc");
  return false;
}

void Stripper::RewriteAccessor(TSNode field, TSNode accessor_token, TSNode name) {
  // `accessor x = 1` (an auto-accessor) is not JavaScript V8 10.2 parses: it becomes a
  // private field with a getter and a setter, as tsc compiles it for ES2022.
  if (ts_node_is_null(name)) name = ChildByField(field, FieldId::kName);
  if (ts_node_is_null(name)) return;
  bool is_static = false;
  bool has_decorator = false;
  ForEachChild(field, [&](TSNode child, FieldId field_id) {
    if (KindOf(child) == Kind::kTokStatic) is_static = true;
    if (field_id == FieldId::kDecorator) has_decorator = true;
    return true;
  });
  if (has_decorator) return;  // The decorator's error comes first.
  Kind name_kind = KindOf(name);
  std::string key(Text(name));
  std::string storage;
  if (name_kind == Kind::kPropertyIdentifier || name_kind == Kind::kIdentifier) {
    storage = "#" + key + "_accessor_storage";
  } else if (name_kind == Kind::kPrivatePropertyIdentifier) {
    storage = key + "_accessor_storage";
  } else if (name_kind == Kind::kString || name_kind == Kind::kNumber) {
    storage = UniqueName("#_accessor_storage");
  } else {
    Fail(name, "ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX",
         "An `accessor` field with a computed name is not supported",
         "give the accessor a plain name, or write the getter and setter yourself");
    return;
  }
  std::string prefix = is_static ? "static " : "";
  std::string text = "get " + key + "() { return this." + storage + "; } " + prefix + "set " +
                     key + "(value) { this." + storage + " = value; } " + prefix;
  AddEdit(ts_node_start_byte(accessor_token), ts_node_end_byte(accessor_token), std::move(text));
  AddEdit(ts_node_start_byte(name), ts_node_end_byte(name), storage);
  MarkColumnsShifted();
}

bool Stripper::IsInNamespaceBody() const {
  if (namespaces_.empty() || frames_.size() < 2) return false;
  const Frame& block = frames_.back();
  const Frame& owner = frames_[frames_.size() - 2];
  return block.kind == Kind::kStatementBlock &&
         (owner.kind == Kind::kInternalModule || owner.kind == Kind::kModule);
}

void Stripper::AppendBlankedRange(uint32_t a, uint32_t b, std::string* out) const {
  AppendBlanked(source_, a, b, out);
}

std::string Stripper::UniqueName(std::string_view base) {
  std::string name(base);
  for (int i = 1;; i++) {
    if (!value_references_.count(name) && !value_declarations_.count(name) &&
        !generated_names_.count(name)) {
      generated_names_.insert(name);
      return name;
    }
    name = std::string(base) + std::to_string(i);
  }
}

// Imports whose bindings no value uses are dropped, as tsc does; so are `export { T }` of
// local interfaces and type aliases.
void Stripper::FinishElision() {
  for (const LocalExport& local : local_exports_) {
    bool type_only = type_declarations_.count(local.name) && !value_declarations_.count(local.name);
    if (!type_only) {
      NoteValueReference(local.name);
      continue;
    }
    ExportStatement& statement = export_statements_[local.statement];
    statement.elided++;
    if (statement.blank_when_empty) {
      Blank(local.blank.start, local.blank.end);
    } else {
      Blank(local.blank.start, local.blank.end);
    }
  }
  for (ExportStatement& statement : export_statements_) {
    if (statement.specifiers > 0 && statement.elided == statement.specifiers) {
      Blank(statement.range.start, statement.range.end);
    }
  }
  if (!options_.elide_unused_imports) return;
  // JSX in classic mode uses the factory's first name (React) without naming it.
  for (const ImportBinding& binding : import_bindings_) {
    if (IsReferenced(binding.name)) continue;
    import_statements_[binding.statement].elided++;
  }
  for (const ImportBinding& binding : import_bindings_) {
    if (IsReferenced(binding.name)) continue;
    const ImportStatement& statement = import_statements_[binding.statement];
    if (statement.elided == statement.bindings) continue;  // the whole statement goes
    Blank(binding.blank.start, binding.blank.end);
  }
  for (const ImportStatement& statement : import_statements_) {
    if (statement.bindings > 0 && statement.elided == statement.bindings &&
        !statement.keep_when_empty) {
      Blank(statement.range.start, statement.range.end);
    } else if (!statement.is_alias) {
      has_module_syntax_ = true;  // an import is left
    }
  }
}

// ---------------------------------------------------------------------------------------------

Result Stripper::Run() {
  Result result;
  parser_ = ts_parser_new();
  ts_parser_set_language(parser_, language_.get());
  // tree-sitter's error recovery is bounded, but a timeout makes "never hang" hold whatever
  // the input: a generous budget of 2 s plus 1 s per 100 kB (parsing runs at ~5 MB/s).
  ts_parser_set_timeout_micros(parser_, 2'000'000 + source_.size() * 10);
  tree_ = ts_parser_parse_string(parser_, nullptr, source_.data(),
                                 static_cast<uint32_t>(source_.size()));
  if (tree_ == nullptr) {
    Fail(0, 0, kInvalidSyntax, "The file is too complex to parse in time",
         "split the file, or check it for long runs of invalid syntax");
  } else if (CheckSyntax()) {
    Walk();
    if (!failed_) {
      NoteJsxFactoryReferences();
      FinishElision();
    }
  }
  if (failed_) {
    result.ok = false;
    result.error = error_;
    return result;
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
  std::stable_sort(edits_.begin(), edits_.end(), [](const Edit& a, const Edit& b) {
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  });
  result.code.reserve(source_.size() + suffix_.size() + 16);
  Render(0, static_cast<uint32_t>(source_.size()), &result.code);
  if (has_jsx_) AppendJsxImport();
  if (esm_require_used_) {
    std::string create = UniqueName("__createRequire");
    std::string cache = UniqueName("__requireCache");
    suffix_ += "\nimport { createRequire as " + create + " } from \"node:module\"; var " + cache +
               "; function " + esm_require_name_ + "(id) { return (" + cache + " ?" "?= " + create +
               "(import.meta.url))(id); }";
  }
  result.code += suffix_;
  result.ok = true;
  result.has_module_syntax = has_module_syntax_;
  result.columns_shifted = columns_shifted_;
  return result;
}

// ---------------------------------------------------------------------------------------------
// Public API

Dialect DialectForPath(std::string_view path) {
  auto ends_with = [&](std::string_view suffix) {
    return path.size() >= suffix.size() && path.substr(path.size() - suffix.size()) == suffix;
  };
  return ends_with(".tsx") || ends_with(".jsx") ? Dialect::kTsx : Dialect::kTypeScript;
}

bool IsTypeScriptPath(std::string_view path) {
  for (std::string_view suffix : {".ts", ".mts", ".cts", ".tsx"}) {
    if (path.size() >= suffix.size() && path.substr(path.size() - suffix.size()) == suffix) {
      return true;
    }
  }
  return false;
}

// Line (1-based) and UTF-16 column (1-based) of a byte offset, with V8's line terminators.
static void LocateOffset(std::string_view source, uint32_t offset, uint32_t* line,
                         uint32_t* column, uint32_t* line_start) {
  uint32_t current_line = 1, start = 0;
  if (offset > source.size()) offset = static_cast<uint32_t>(source.size());
  for (uint32_t i = 0; i < offset; i++) {
    char c = source[i];
    if (c == '\n' || (c == '\r' && (i + 1 >= source.size() || source[i + 1] != '\n'))) {
      current_line++;
      start = i + 1;
    } else if (static_cast<unsigned char>(c) == 0xE2 && IsLineTerminatorAt(source, i) &&
               i + 3 <= offset) {
      current_line++;
      start = i + 3;
      i += 2;
    }
  }
  uint32_t units = 0;
  for (uint32_t i = start; i < offset;) {
    uint32_t length = Utf8Length(static_cast<unsigned char>(source[i]));
    units += length == 4 ? 2 : 1;
    i += length;
  }
  *line = current_line;
  *column = units + 1;
  *line_start = start;
}

std::string FormatDiagnosticArrow(std::string_view path, std::string_view source,
                                  const Diagnostic& diagnostic) {
  uint32_t line = 0, column = 0, line_start = 0;
  LocateOffset(source, diagnostic.offset, &line, &column, &line_start);
  size_t line_end = line_start;
  while (line_end < source.size() && !IsLineTerminatorAt(source, line_end)) line_end++;
  std::string_view text = source.substr(line_start, line_end - line_start);
  std::string out(path);
  out += ":" + std::to_string(line) + ":" + std::to_string(column) + "\n";
  out += text;
  out += "\n";
  // The caret line walks the source line as V8 counts it: tabs stay tabs.
  for (uint32_t i = line_start; i < diagnostic.offset && i < line_end;) {
    uint32_t length = Utf8Length(static_cast<unsigned char>(source[i]));
    out += source[i] == '\t' ? "\t" : (length == 4 ? "  " : " ");
    i += length;
  }
  uint32_t underline_end = std::min<uint32_t>(diagnostic.offset + std::max<uint32_t>(
                                                                       diagnostic.length, 1),
                                              static_cast<uint32_t>(line_end));
  uint32_t carets = 0;
  for (uint32_t i = diagnostic.offset; i < underline_end;) {
    uint32_t length = Utf8Length(static_cast<unsigned char>(source[i]));
    carets += length == 4 ? 2 : 1;
    i += length;
  }
  out.append(std::max<uint32_t>(carets, 1), '^');
  out += "\n";
  return out;
}

std::string FormatDiagnostic(std::string_view path, std::string_view source,
                             const Diagnostic& diagnostic) {
  std::string out = FormatDiagnosticArrow(path, source, diagnostic);
  out += "SyntaxError: " + diagnostic.message + "\n";
  if (!diagnostic.hint.empty()) out += "hint: " + diagnostic.hint + "\n";
  return out;
}

Result Strip(std::string_view source, const Options& options) {
  ArenaScope arena;
  // A byte order mark is not part of the grammar: strip what follows it.
  uint32_t bom = source.size() >= 3 && source.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  std::string_view body = source.substr(bom);
  if (body.size() > 0x7FFFFFF0u) {
    Result result;
    result.error.code = kInvalidSyntax;
    result.error.message = "The file is too large to strip (more than 2 GB)";
    return result;
  }
  Result result;
  bool fast = options.path == Path::kFastOnly ||
              (options.path == Path::kAuto && fast::Enabled());
  if (fast && fast::TryStrip(body, options, &result)) {
    // The common case: no tree-sitter parse at all.
  } else if (options.path == Path::kFastOnly) {
    result = Result{};
    result.error.code = "ERR_TS_FAST_PATH_BAILED";
    result.error.message = "The fast path does not handle this file";
    return result;
  } else {
    const Language& language =
        options.dialect == Dialect::kTsx ? TsxLanguage() : TypeScriptLanguage();
    Stripper stripper(body, options, language);
    result = stripper.Run();
  }
  if (bom != 0) {
    if (result.ok) {
      result.code.insert(0, source.substr(0, 3));
    } else {
      result.error.offset += bom;
    }
  }
  if (!result.ok) {
    uint32_t line_start = 0;
    LocateOffset(source, result.error.offset, &result.error.line, &result.error.column,
                 &line_start);
  }
  return result;
}

}  // namespace kiln::ts_strip
