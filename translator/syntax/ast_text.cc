#include "translator/syntax/ast_text.h"

#include <string>
#include <type_traits>

#include "translator/syntax/ast_json.h"

namespace krait::syntax {
namespace {

void write_node(std::ostream& out, const ast::Node& node, int indent, const char* label);

// Scalar fields go on the node's own line; node and list fields below it.
struct InlineWriter {
  std::string line;

  void operator()(const char* name, ast::Identifier id) {
    if (id.data()) line += std::string(" ") + name + "=" + std::string(id);
  }
  void operator()(const char* name, int32_t number) {
    line += std::string(" ") + name + "=" + std::to_string(number);
  }
  void operator()(const char* name, ast::ExprContext v) { named(name, ast::name_of(v)); }
  void operator()(const char* name, ast::BoolOperator v) { named(name, ast::name_of(v)); }
  void operator()(const char* name, ast::Operator v) { named(name, ast::name_of(v)); }
  void operator()(const char* name, ast::UnaryOperator v) { named(name, ast::name_of(v)); }
  void operator()(const char* name, const ast::ConstantValue& v) {
    // Numbers bare, strings and bytes quoted, None/True/False/Ellipsis by name.
    nlohmann::ordered_json json = constant_to_json(v);
    std::string text;
    switch (v.kind) {
      case ast::ConstantValue::Kind::kInt:
      case ast::ConstantValue::Kind::kFloat:
      case ast::ConstantValue::Kind::kComplex:
        text = json.begin().value().get<std::string>();
        break;
      case ast::ConstantValue::Kind::kNone:
        text = "None";
        break;
      case ast::ConstantValue::Kind::kTrue:
        text = "True";
        break;
      case ast::ConstantValue::Kind::kFalse:
        text = "False";
        break;
      case ast::ConstantValue::Kind::kEllipsis:
        text = "Ellipsis";
        break;
      case ast::ConstantValue::Kind::kBytes:
        text = "b" + json.begin().value().dump();
        break;
      case ast::ConstantValue::Kind::kStr:
        text = json.begin().value().dump();
        break;
    }
    line += std::string(" ") + name + "=" + text;
  }
  void operator()(const char* name, Span<ast::Identifier> ids) {
    if (ids.empty()) return;
    line += std::string(" ") + name + "=[";
    for (size_t i = 0; i < ids.size; ++i) line += (i ? "," : "") + std::string(ids[i]);
    line += "]";
  }
  void operator()(const char* name, Span<ast::CmpOperator> ops) {
    line += std::string(" ") + name + "=[";
    for (size_t i = 0; i < ops.size; ++i) line += std::string(i ? "," : "") + ast::name_of(ops[i]);
    line += "]";
  }
  template <class T>
  void operator()(const char*, const T&) {}  // nodes: written by ChildWriter
  void null(const char*) {}
  void kind(const char* name, bool is_u) {
    if (is_u) line += std::string(" ") + name + "=u";
  }
  void type_ignores() {}

 private:
  void named(const char* name, const char* value) { line += std::string(" ") + name + "=" + value; }
};

template <class T>
struct IsSpan : std::false_type {};
template <class T>
struct IsSpan<Span<T*>> : std::true_type {};

struct ChildWriter {
  std::ostream& out;
  int indent;

  template <class T>
  void operator()(const char* name, const T& field) {
    if constexpr (std::is_pointer_v<T>) {
      if (field) write_node(out, *field, indent, name);
    } else if constexpr (IsSpan<T>::value) {
      if (field.empty()) return;
      out << std::string(indent * 2, ' ') << name << ":\n";
      for (const ast::Node* child : field) {
        if (child) {
          write_node(out, *child, indent + 1, nullptr);
        } else {
          out << std::string((indent + 1) * 2, ' ') << "None\n";
        }
      }
    }
    // Scalars are written by InlineWriter.
  }
  void null(const char*) {}
  void kind(const char*, bool) {}
  void type_ignores() {}
};

void write_node(std::ostream& out, const ast::Node& node, int indent, const char* label) {
  InlineWriter scalars;
  ast::visit_node(node, [&](const auto& typed) { typed.visit_fields(scalars); });
  out << std::string(indent * 2, ' ');
  if (label) out << label << ": ";
  out << ast::node_kind_name(node.kind);
  if (ast::node_kind_has_location(node.kind)) {
    const ast::Location& loc = node.loc;
    out << ' ' << loc.lineno << ':' << loc.col_offset << '-' << loc.end_lineno << ':'
        << loc.end_col_offset;
  }
  out << scalars.line << '\n';
  ChildWriter children{out, indent + 1};
  ast::visit_node(node, [&](const auto& typed) { typed.visit_fields(children); });
}

}  // namespace

void dump_text(std::ostream& out, const ast::Module& module) {
  write_node(out, module, 0, nullptr);
}

}  // namespace krait::syntax
