// The stripper's internals, shared by strip.cc (the walk and the blanking), transform.cc
// (--transform-types code generation) and jsx.cc (the JSX transform).
#pragma once

#include <tree_sitter/api.h>

#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "kinds.h"
#include "text.h"
#include "ts_strip/ts_strip.h"

namespace kiln::ts_strip {

struct ConstValue;

// A replacement of source[start, end): fixed text, or text generated at render time (JSX
// elements and --transform-types output, which contain other edits and blanks).
struct Edit {
  uint32_t start;
  uint32_t end;
  std::string text;
  std::function<void(std::string*)> generate;
};

// An import binding that may be elided when nothing but types uses it.
struct ImportBinding {
  std::string_view name;
  Range blank;         // what to blank when it goes (the specifier and its comma)
  uint32_t statement;  // index into import_statements_
};

struct ImportStatement {
  Range range;
  uint32_t bindings = 0;  // candidates for elision
  uint32_t elided = 0;
  bool keep_when_empty = false;  // type-only specifiers under verbatimModuleSyntax
  bool is_alias = false;         // `import x = require()` / `import x = N.y`
};

// A namespace being transformed: references to its exported variables become `name.x`.
struct NamespaceContext {
  std::string name;                          // the innermost name (`C` of `A.B.C`)
  std::unordered_set<std::string>* exported;  // shared by merged declarations
  uint32_t body_start = 0;
  uint32_t body_end = 0;
};

// Names of `export { name }` (no `from`) that may refer to a type-only declaration.
struct LocalExport {
  std::string_view name;
  Range blank;
  uint32_t statement;  // index into export_statements_
};

struct ExportStatement {
  Range range;
  uint32_t specifiers = 0;
  uint32_t elided = 0;
  bool blank_when_empty = false;  // all of its specifiers were type-only
  uint32_t prev_char_pos = 0;
};

// tree-sitter-typescript 0.23 has no rule for `static accessor`: the ERROR node it makes there
// is tolerated (see AccessorErrorShape in strip.cc).
constexpr int kAccessorKeywordInError = 1;
constexpr int kAccessorNameInError = 2;
int AccessorErrorShape(const class Stripper& stripper, TSNode error);

bool PatchGenericSignatures(std::string_view source, std::string* patched);

class Stripper {
 public:
  Stripper(std::string_view source, const Options& options, const Language& language);
  ~Stripper();
  Result Run();

  // --- used by transform.cc and jsx.cc ---
  std::string_view Text(TSNode node) const {
    return source_.substr(ts_node_start_byte(node), ts_node_end_byte(node) - ts_node_start_byte(node));
  }
  Kind KindOf(TSNode node) const { return language_.KindOf(ts_node_symbol(node)); }
  TSNode ChildByField(TSNode node, FieldId field) const {
    return ts_node_child_by_field_id(node, language_.field(field));
  }
  // Appends source[a, b) with blanks and edits applied.
  void Render(uint32_t a, uint32_t b, std::string* out) const;
  void RenderNode(TSNode node, std::string* out) const {
    Render(ts_node_start_byte(node), ts_node_end_byte(node), out);
  }
  // Appends as many newlines as source[a, b) has line terminators (for generated code that
  // must keep the line count).
  void AppendNewlinesOf(uint32_t a, uint32_t b, std::string* out) const;
  // Appends source[a, b) as whitespace (newlines kept).
  void AppendBlankedRange(uint32_t a, uint32_t b, std::string* out) const;
  uint32_t CountNewlines(uint32_t a, uint32_t b) const;
  void Blank(uint32_t start, uint32_t end);
  void BlankNode(TSNode node) { Blank(ts_node_start_byte(node), ts_node_end_byte(node)); }
  void AddEdit(uint32_t start, uint32_t end, std::string text);
  void AddGenerated(uint32_t start, uint32_t end, std::function<void(std::string*)> generate);
  // Replaces the character at `pos` (inside a blanked range) with `c`, padding to keep the
  // line's UTF-16 length.
  void ReplaceChar(uint32_t pos, char c);
  void Fail(TSNode node, std::string code, std::string message, std::string hint);
  void Fail(uint32_t offset, uint32_t length, std::string code, std::string message,
            std::string hint);
  bool failed() const { return failed_; }
  void MarkColumnsShifted() { columns_shifted_ = true; }
  const Options& options() const { return options_; }
  std::string_view source() const { return source_; }
  const Language& language() const { return language_; }
  // Children of `node`, with their field ids, without the O(n) cost of ts_node_child(i).
  template <typename F>
  void ForEachChild(TSNode node, F&& f) const;
  void NoteValueReference(std::string_view name) { value_references_.insert(name); }
  bool IsReferenced(std::string_view name) const { return value_references_.count(name) != 0; }
  // A name no code in the file uses, for generated helpers (`_jsx`, enum temporaries).
  std::string UniqueName(std::string_view base);

 private:
  struct Frame {
    TSNode node;
    Kind kind;
    uint32_t child_index = 0;
    Kind prev_named = Kind::kNone;  // the previous named child that is not a comment
    uint32_t prev_named_end = 0;
    TSNode prev_node{};  // that child, or null when an explicit `;` followed it
    bool blank_next_comma = false;
    bool in_class_body = false;
    bool pushed_namespace = false;
  };

  void Walk();
  bool Enter(TSNode node, FieldId field);
  void Leave();
  void ChildDone(TSNode node);
  bool CheckSyntax();
  bool FindError(TSTree* tree, TSNode* out) const;

  // Handlers: return true to walk into the node's children.
  bool BlankStatement(TSNode node, const Frame* container = nullptr);
  bool HandleImport(TSNode node);
  bool HandleExport(TSNode node);
  bool HandleParameter(TSNode node, Kind kind);
  bool HandleFieldDefinition(TSNode node);
  bool HandleMethod(TSNode node);
  bool HandleClass(TSNode node);
  bool HandleArrowFunction(TSNode node);
  bool HandleAsExpression(TSNode node);
  bool HandleModuleDeclaration(TSNode node, TSNode statement);
  bool HandleDecorator(TSNode node);
  void RewriteAccessor(TSNode field, TSNode accessor_token, TSNode name);
  void NeedsStatementSeparator(uint32_t pos, const Frame* container = nullptr);
  // The end of `node`'s last token that is not a comment or an automatic semicolon (node
  // extents include the comments after the last token on its line).
  uint32_t LastTokenEnd(TSNode node) const;
  void FinishElision();
  bool IsTypeOnlyDeclaration(TSNode declaration) const;

  // transform.cc
  bool TransformEnum(TSNode node, TSNode statement, bool exported);
  bool TransformNamespace(TSNode node, TSNode statement, bool exported);
  bool TransformImportRequire(TSNode import_statement, TSNode clause, bool exported);
  bool TransformImportAlias(TSNode node, TSNode statement, bool exported);
  bool TransformExportAssignment(TSNode node);
  void TransformParameterProperties(TSNode constructor);
  bool TransformNamespaceExport(TSNode node, TSNode declaration);
  void Unsupported(TSNode node, std::string_view what, std::string_view hint);
  std::string DeclareForTransform(const std::string& name, bool exported, std::string* argument);
  const Frame* ContainerFrame() const;
  void NoteScopeDeclaration(std::string_view name);
  void QualifyMembers(TSNode value, const std::string& enum_name,
                      const std::unordered_map<std::string, struct ConstValue>& members);
  void QualifyPattern(TSNode pattern, const std::string& ns);
  void QualifyNamespaceReference(TSNode identifier, bool shorthand);
  bool DeclaresName(TSNode scope, const std::string& name, uint32_t position) const;
  void RegisterAliasElision(std::string_view local, uint32_t start, uint32_t end);
  bool IsAliasElided(std::string_view local, uint32_t start) const;
  bool IsInNamespaceBody() const;

  // jsx.cc
  bool HandleJsx(TSNode node);
  void ScanPragmas(TSNode comment);
  void AppendJsxImport();
  void NoteJsxFactoryReferences();
  std::string JsxName();
  std::string JsxsName();
  std::string FragmentName();
  std::string CreateElementName();

 public:
  // transform.cc helpers that jsx.cc and strip.cc share.
  bool IsInstantiatedModule(TSNode module_node) const;
  bool in_namespace() const { return namespace_depth_ > 0; }
  // Whether the output is an ES module (known once the walk is done).
  bool IsESM() const {
    return options_.module == ModuleKind::kESModule ||
           (options_.module == ModuleKind::kDetect && has_module_syntax_);
  }

 private:
  std::string_view source_;
  const Options& options_;
  const Language& language_;
  TSParser* parser_ = nullptr;
  TSTree* tree_ = nullptr;
  std::string patched_source_;  // the input of a second parse (CheckSyntax)
  std::vector<Frame> frames_;
  mutable std::deque<TSTreeCursor> cursors_;  // one per ForEachChild nesting level
  mutable size_t cursor_depth_ = 0;

  std::vector<Range> blanks_;
  std::vector<Edit> edits_;
  std::string suffix_;  // appended after the code (the JSX runtime import)

  std::unordered_set<std::string_view> value_references_;
  std::unordered_set<std::string_view> type_declarations_;
  std::unordered_set<std::string_view> value_declarations_;
  std::vector<ImportBinding> import_bindings_;
  std::vector<ImportStatement> import_statements_;
  std::vector<LocalExport> local_exports_;
  std::vector<ExportStatement> export_statements_;
  std::unordered_set<std::string> generated_names_;

  const void* blanked_statement_ = nullptr;  // the last statement BlankStatement blanked
  int function_depth_ = 0;
  int namespace_depth_ = 0;
  bool has_module_syntax_ = false;
  bool columns_shifted_ = false;
  bool failed_ = false;
  Diagnostic error_;

  // JSX
  bool has_jsx_ = false;
  JsxOptions jsx_;
  bool jsx_runtime_pragma_ = false;
  bool jsx_uses_jsx_ = false, jsx_uses_jsxs_ = false, jsx_uses_fragment_ = false;
  bool jsx_uses_create_element_ = false;
  std::string jsx_name_, jsxs_name_, fragment_name_, create_element_name_;

  // --transform-types
  std::unordered_set<std::string> scope_declarations_;  // "<scope id>:<name>"
  std::vector<NamespaceContext> namespaces_;
  std::unordered_map<std::string, std::unordered_set<std::string>> namespace_exports_;
  std::optional<NamespaceContext> pending_namespace_;
  std::string esm_require_name_;
  bool esm_require_used_ = false;
  friend class Transformer;
  friend class JsxGenerator;
};

template <typename F>
void Stripper::ForEachChild(TSNode node, F&& f) const {
  if (cursor_depth_ == cursors_.size()) cursors_.push_back(ts_tree_cursor_new(node));
  TSTreeCursor* cursor = &cursors_[cursor_depth_];
  ts_tree_cursor_reset(cursor, node);
  cursor_depth_++;
  if (ts_tree_cursor_goto_first_child(cursor)) {
    do {
      TSNode child = ts_tree_cursor_current_node(cursor);
      FieldId field = language_.FieldOf(ts_tree_cursor_current_field_id(cursor));
      if (!f(child, field)) break;
    } while (ts_tree_cursor_goto_next_sibling(cursor));
  }
  cursor_depth_--;
}

}  // namespace kiln::ts_strip
