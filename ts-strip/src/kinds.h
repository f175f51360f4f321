// The node kinds and fields the stripper looks at, mapped once per grammar from tree-sitter's
// symbol and field ids (which differ between the typescript and tsx grammars).
#pragma once

#include <tree_sitter/api.h>

#include <cstdint>
#include <vector>

namespace kiln::ts_strip {

// X(Enum, "node type", named)
#define KILN_TS_KINDS(X)                                                      \
  X(Program, "program", true)                                                 \
  X(Comment, "comment", true)                                                 \
  X(HashBangLine, "hash_bang_line", true)                                     \
  X(Identifier, "identifier", true)                                           \
  X(ShorthandPropertyIdentifier, "shorthand_property_identifier", true)       \
  X(PropertyIdentifier, "property_identifier", true)                          \
  X(PrivatePropertyIdentifier, "private_property_identifier", true)           \
  X(TypeIdentifier, "type_identifier", true)                                  \
  X(NestedIdentifier, "nested_identifier", true)                              \
  X(String, "string", true)                                                   \
  X(StringFragment, "string_fragment", true)                                  \
  X(Number, "number", true)                                                   \
  X(TemplateString, "template_string", true)                                  \
  X(This, "this", true)                                                       \
  X(TypeAnnotation, "type_annotation", true)                                  \
  X(TypeParameters, "type_parameters", true)                                  \
  X(TypeArguments, "type_arguments", true)                                    \
  X(AssertsAnnotation, "asserts_annotation", true)                            \
  X(TypePredicateAnnotation, "type_predicate_annotation", true)               \
  X(OptingTypeAnnotation, "opting_type_annotation", true)                     \
  X(ImplementsClause, "implements_clause", true)                              \
  X(AccessibilityModifier, "accessibility_modifier", true)                    \
  X(OverrideModifier, "override_modifier", true)                              \
  X(InterfaceDeclaration, "interface_declaration", true)                      \
  X(TypeAliasDeclaration, "type_alias_declaration", true)                     \
  X(FunctionSignature, "function_signature", true)                            \
  X(AmbientDeclaration, "ambient_declaration", true)                          \
  X(AbstractMethodSignature, "abstract_method_signature", true)               \
  X(IndexSignature, "index_signature", true)                                  \
  X(MethodSignature, "method_signature", true)                                \
  X(EnumDeclaration, "enum_declaration", true)                                \
  X(EnumBody, "enum_body", true)                                              \
  X(EnumAssignment, "enum_assignment", true)                                  \
  X(InternalModule, "internal_module", true)                                  \
  X(Module, "module", true)                                                   \
  X(ImportAlias, "import_alias", true)                                        \
  X(ImportStatement, "import_statement", true)                                \
  X(ImportClause, "import_clause", true)                                      \
  X(NamedImports, "named_imports", true)                                      \
  X(ImportSpecifier, "import_specifier", true)                                \
  X(NamespaceImport, "namespace_import", true)                                \
  X(ImportRequireClause, "import_require_clause", true)                       \
  X(ExportStatement, "export_statement", true)                                \
  X(ExportClause, "export_clause", true)                                      \
  X(ExportSpecifier, "export_specifier", true)                                \
  X(NamespaceExport, "namespace_export", true)                                \
  X(ExpressionStatement, "expression_statement", true)                        \
  X(EmptyStatement, "empty_statement", true)                                  \
  X(StatementBlock, "statement_block", true)                                  \
  X(NonNullExpression, "non_null_expression", true)                           \
  X(AsExpression, "as_expression", true)                                      \
  X(SatisfiesExpression, "satisfies_expression", true)                        \
  X(TypeAssertion, "type_assertion", true)                                    \
  X(InstantiationExpression, "instantiation_expression", true)                \
  X(RequiredParameter, "required_parameter", true)                            \
  X(OptionalParameter, "optional_parameter", true)                            \
  X(FormalParameters, "formal_parameters", true)                              \
  X(PublicFieldDefinition, "public_field_definition", true)                   \
  X(MethodDefinition, "method_definition", true)                              \
  X(ClassDeclaration, "class_declaration", true)                              \
  X(Class, "class", true)                                                     \
  X(AbstractClassDeclaration, "abstract_class_declaration", true)             \
  X(ClassBody, "class_body", true)                                            \
  X(ClassStaticBlock, "class_static_block", true)                             \
  X(Decorator, "decorator", true)                                             \
  X(ArrowFunction, "arrow_function", true)                                    \
  X(FunctionDeclaration, "function_declaration", true)                        \
  X(FunctionExpression, "function_expression", true)                          \
  X(GeneratorFunction, "generator_function", true)                            \
  X(GeneratorFunctionDeclaration, "generator_function_declaration", true)     \
  X(VariableDeclarator, "variable_declarator", true)                          \
  X(LexicalDeclaration, "lexical_declaration", true)                          \
  X(VariableDeclaration, "variable_declaration", true)                        \
  X(ReturnStatement, "return_statement", true)                                \
  X(ThrowStatement, "throw_statement", true)                                  \
  X(CallExpression, "call_expression", true)                                  \
  X(NewExpression, "new_expression", true)                                    \
  X(MemberExpression, "member_expression", true)                              \
  X(SubscriptExpression, "subscript_expression", true)                        \
  X(ParenthesizedExpression, "parenthesized_expression", true)                \
  X(BinaryExpression, "binary_expression", true)                              \
  X(UnaryExpression, "unary_expression", true)                                \
  X(Arguments, "arguments", true)                                             \
  X(Super, "super", true)                                                     \
  X(MetaProperty, "meta_property", true)                                      \
  X(AwaitExpression, "await_expression", true)                                \
  X(ForInStatement, "for_in_statement", true)                                 \
  X(ForStatement, "for_statement", true)                                      \
  X(IfStatement, "if_statement", true)                                        \
  X(ElseClause, "else_clause", true)                                          \
  X(WhileStatement, "while_statement", true)                                  \
  X(WithStatement, "with_statement", true)                                    \
  X(LabeledStatement, "labeled_statement", true)                              \
  X(Object, "object", true)                                                   \
  X(Pair, "pair", true)                                                       \
  X(ObjectPattern, "object_pattern", true)                                    \
  X(ArrayPattern, "array_pattern", true)                                      \
  X(AssignmentPattern, "assignment_pattern", true)                            \
  X(PairPattern, "pair_pattern", true)                                        \
  X(RestPattern, "rest_pattern", true)                                        \
  X(ShorthandPropertyIdentifierPattern, "shorthand_property_identifier_pattern", true) \
  X(ObjectAssignmentPattern, "object_assignment_pattern", true)               \
  X(ComputedPropertyName, "computed_property_name", true)                     \
  X(JsxElement, "jsx_element", true)                                          \
  X(JsxSelfClosingElement, "jsx_self_closing_element", true)                  \
  X(JsxOpeningElement, "jsx_opening_element", true)                           \
  X(JsxClosingElement, "jsx_closing_element", true)                           \
  X(JsxExpression, "jsx_expression", true)                                    \
  X(JsxText, "jsx_text", true)                                                \
  X(JsxAttribute, "jsx_attribute", true)                                      \
  X(JsxNamespaceName, "jsx_namespace_name", true)                             \
  X(HtmlCharacterReference, "html_character_reference", true)                 \
  X(SpreadElement, "spread_element", true)                                    \
  X(TokType, "type", false)                                                   \
  X(TokTypeof, "typeof", false)                                               \
  X(TokQuestion, "?", false)                                                  \
  X(TokBang, "!", false)                                                      \
  X(TokReadonly, "readonly", false)                                           \
  X(TokDeclare, "declare", false)                                             \
  X(TokAbstract, "abstract", false)                                           \
  X(TokAccessor, "accessor", false)                                           \
  X(TokAs, "as", false)                                                       \
  X(TokSatisfies, "satisfies", false)                                         \
  X(TokComma, ",", false)                                                     \
  X(TokSemicolon, ";", false)                                                 \
  X(TokEquals, "=", false)                                                    \
  X(TokExport, "export", false)                                               \
  X(TokDefault, "default", false)                                             \
  X(TokStatic, "static", false)                                               \
  X(TokAsync, "async", false)                                                 \
  X(TokConst, "const", false)                                                 \
  X(TokEnum, "enum", false)                                                   \
  X(TokNamespace, "namespace", false)                                         \
  X(TokModule, "module", false)                                               \
  X(TokGlobal, "global", false)                                               \
  X(TokFrom, "from", false)                                                   \
  X(TokStar, "*", false)                                                      \
  X(TokLParen, "(", false)                                                    \
  X(TokRParen, ")", false)                                                    \
  X(TokArrow, "=>", false)                                                    \
  X(TokLBrace, "{", false)                                                    \
  X(TokRBrace, "}", false)                                                    \
  X(TokAwait, "await", false)                                                 \
  X(TokImport, "import", false)                                               \
  X(TokGet, "get", false)                                                     \
  X(TokSet, "set", false)                                                     \
  X(TokDot, ".", false)

enum class Kind : uint8_t {
  kNone,
  kError,  // tree-sitter's ERROR node
#define KILN_TS_KIND_ENUM(name, type, named) k##name,
  KILN_TS_KINDS(KILN_TS_KIND_ENUM)
#undef KILN_TS_KIND_ENUM
      kCount
};

#define KILN_TS_FIELDS(X) \
  X(Name, "name")         \
  X(Body, "body")         \
  X(Value, "value")       \
  X(Type, "type")         \
  X(Pattern, "pattern")   \
  X(Parameters, "parameters") \
  X(ReturnType, "return_type") \
  X(TypeParameters, "type_parameters") \
  X(TypeArguments, "type_arguments") \
  X(Declaration, "declaration") \
  X(Source, "source")     \
  X(Alias, "alias")       \
  X(Decorator, "decorator") \
  X(Function, "function") \
  X(Arguments, "arguments") \
  X(Constructor, "constructor") \
  X(Object, "object")     \
  X(Property, "property") \
  X(Attribute, "attribute") \
  X(OpenTag, "open_tag")  \
  X(CloseTag, "close_tag") \
  X(Left, "left")         \
  X(Right, "right")       \
  X(Operator, "operator") \
  X(Argument, "argument") \
  X(Kind, "kind")         \
  X(Label, "label")       \
  X(Parameter, "parameter") \
  X(Index, "index")

enum class FieldId : uint8_t {
  kNone,
#define KILN_TS_FIELD_ENUM(name, text) k##name,
  KILN_TS_FIELDS(KILN_TS_FIELD_ENUM)
#undef KILN_TS_FIELD_ENUM
      kCount
};

// One grammar with its symbol -> Kind and field tables.
class Language {
 public:
  explicit Language(const TSLanguage* language);
  const TSLanguage* get() const { return language_; }
  Kind KindOf(TSSymbol symbol) const {
    if (symbol == static_cast<TSSymbol>(-1)) return Kind::kError;
    return symbol < kinds_.size() ? kinds_[symbol] : Kind::kNone;
  }
  FieldId FieldOf(TSFieldId id) const {
    return id < fields_.size() ? fields_[id] : FieldId::kNone;
  }
  TSFieldId field(FieldId id) const { return field_ids_[static_cast<size_t>(id)]; }

 private:
  const TSLanguage* language_;
  std::vector<Kind> kinds_;
  std::vector<FieldId> fields_;
  TSFieldId field_ids_[static_cast<size_t>(FieldId::kCount)] = {};
};

const Language& TypeScriptLanguage();
const Language& TsxLanguage();

}  // namespace kiln::ts_strip
