#include "translator/syntax/ast_json.h"

#include <string>

#include "translator/syntax/literals.h"
#include "translator/syntax/unicode.h"

namespace krait::syntax {
namespace {

using Json = nlohmann::ordered_json;

Json singleton(const char* name) {
  return Json{{"_type", name}};
}

Json node_to_json(const ast::Node* node);

// Receives each field of a node (ast.h's visit_fields) and adds it to `out`.
struct FieldWriter {
  Json& out;

  Json value(const ast::Node* node) const { return node ? node_to_json(node) : Json(nullptr); }
  Json value(ast::Identifier id) const { return id.data() ? Json(std::string(id)) : Json(nullptr); }
  Json value(int32_t number) const { return Json(number); }
  Json value(ast::ExprContext v) const { return singleton(ast::name_of(v)); }
  Json value(ast::BoolOperator v) const { return singleton(ast::name_of(v)); }
  Json value(ast::Operator v) const { return singleton(ast::name_of(v)); }
  Json value(ast::UnaryOperator v) const { return singleton(ast::name_of(v)); }
  Json value(ast::CmpOperator v) const { return singleton(ast::name_of(v)); }
  Json value(const ast::ConstantValue& v) const { return constant_to_json(v); }
  template <class T>
  Json value(Span<T> items) const {
    Json array = Json::array();
    for (const T& item : items) array.push_back(value(item));
    return array;
  }

  template <class T>
  void operator()(const char* name, const T& field) {
    out[name] = value(field);
  }
  void null(const char* name) { out[name] = nullptr; }
  void kind(const char* name, bool is_u) { out[name] = is_u ? Json("u") : Json(nullptr); }
  void type_ignores() { out["type_ignores"] = Json::array(); }
};

Json node_to_json(const ast::Node* node) {
  Json out = Json::object();
  out["_type"] = ast::node_kind_name(node->kind);
  FieldWriter writer{out};
  ast::visit_node(*node, [&](const auto& typed) { typed.visit_fields(writer); });
  if (ast::node_kind_has_location(node->kind)) {
    out["lineno"] = node->loc.lineno;
    out["col_offset"] = node->loc.col_offset;
    out["end_lineno"] = node->loc.end_lineno;
    out["end_col_offset"] = node->loc.end_col_offset;
  }
  return out;
}

// A str constant as JSON: {"str": text}, or its code points when it holds a
// lone surrogate (which JSON text cannot carry).
Json string_to_json(std::string_view text) {
  Json codepoints = Json::array();
  bool surrogate = false;
  for (size_t i = 0; i < text.size();) {
    DecodedChar ch = decode_utf8_char(text, i, true);
    if (ch.length == 0) ch = {static_cast<unsigned char>(text[i]), 1};
    surrogate |= ch.code_point >= 0xD800 && ch.code_point <= 0xDFFF;
    codepoints.push_back(static_cast<uint32_t>(ch.code_point));
    i += ch.length;
  }
  if (surrogate) return Json{{"str_codepoints", std::move(codepoints)}};
  return Json{{"str", std::string(text)}};
}

}  // namespace

Json constant_to_json(const ast::ConstantValue& value) {
  using Kind = ast::ConstantValue::Kind;
  switch (value.kind) {
    case Kind::kNone:
      return nullptr;
    case Kind::kTrue:
      return true;
    case Kind::kFalse:
      return false;
    case Kind::kEllipsis:
      return Json{{"Ellipsis", nullptr}};
    case Kind::kInt:
      return Json{{"int", int_literal_to_decimal(value.text)}};
    case Kind::kFloat:
      return Json{{"float", float_repr(value.number)}};
    case Kind::kComplex:
      return Json{{"complex", imaginary_repr(value.number)}};
    case Kind::kStr:
      return string_to_json(value.text);
    case Kind::kBytes: {
      std::string latin1;
      for (char c : value.text) append_utf8(latin1, static_cast<unsigned char>(c));
      return Json{{"bytes", latin1}};
    }
  }
  return nullptr;
}

Json to_cpython_json(const ast::Module& module) {
  return node_to_json(&module);
}

}  // namespace krait::syntax
