// Maps tree-sitter's per-grammar symbol and field ids to the stripper's Kind and FieldId.
#include "kinds.h"

#include <cstring>
#include <string_view>

extern "C" const TSLanguage* tree_sitter_typescript(void);
extern "C" const TSLanguage* tree_sitter_tsx(void);

namespace kiln::ts_strip {
namespace {

struct KindName {
  Kind kind;
  const char* type;
  bool named;
};

constexpr KindName kKindNames[] = {
#define KILN_TS_KIND_NAME(name, type, named) {Kind::k##name, type, named},
    KILN_TS_KINDS(KILN_TS_KIND_NAME)
#undef KILN_TS_KIND_NAME
};

struct FieldName {
  FieldId field;
  const char* name;
};

constexpr FieldName kFieldNames[] = {
#define KILN_TS_FIELD_NAME(name, text) {FieldId::k##name, text},
    KILN_TS_FIELDS(KILN_TS_FIELD_NAME)
#undef KILN_TS_FIELD_NAME
};

}  // namespace

Language::Language(const TSLanguage* language) : language_(language) {
  uint32_t count = ts_language_symbol_count(language);
  kinds_.assign(count, Kind::kNone);
  for (uint32_t symbol = 0; symbol < count; symbol++) {
    const char* name = ts_language_symbol_name(language, static_cast<TSSymbol>(symbol));
    TSSymbolType type = ts_language_symbol_type(language, static_cast<TSSymbol>(symbol));
    if (name == nullptr || type == TSSymbolTypeAuxiliary) continue;
    bool named = type == TSSymbolTypeRegular;
    for (const KindName& entry : kKindNames) {
      if (entry.named == named && std::strcmp(entry.type, name) == 0) {
        kinds_[symbol] = entry.kind;
        break;
      }
    }
  }
  uint32_t field_count = ts_language_field_count(language);
  fields_.assign(field_count + 1, FieldId::kNone);
  for (uint32_t id = 1; id <= field_count; id++) {
    const char* name = ts_language_field_name_for_id(language, static_cast<TSFieldId>(id));
    if (name == nullptr) continue;
    for (const FieldName& entry : kFieldNames) {
      if (std::strcmp(entry.name, name) == 0) {
        fields_[id] = entry.field;
        field_ids_[static_cast<size_t>(entry.field)] = static_cast<TSFieldId>(id);
        break;
      }
    }
  }
}

const Language& TypeScriptLanguage() {
  static const Language language(tree_sitter_typescript());
  return language;
}

const Language& TsxLanguage() {
  static const Language language(tree_sitter_tsx());
  return language;
}

}  // namespace kiln::ts_strip
