#include "backend/cpp_names.h"

#include <cstdio>
#include <set>

namespace krait::backend {

// A C++ string literal for UTF-8 text (octal escapes keep it byte-exact).
std::string cpp_string_literal(const std::string& text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c >= 0x20 && c < 0x7f) {
      out += static_cast<char>(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%03o", c);
      out += buf;
    }
  }
  return out + "\"";
}

namespace {

const std::set<std::string>& cpp_reserved() {
  static const std::set<std::string> kReserved = {"alignas",
                                                  "alignof",
                                                  "and",
                                                  "asm",
                                                  "auto",
                                                  "bitand",
                                                  "bitor",
                                                  "bool",
                                                  "case",
                                                  "catch",
                                                  "char",
                                                  "class",
                                                  "compl",
                                                  "concept",
                                                  "const",
                                                  "consteval",
                                                  "constexpr",
                                                  "const_cast",
                                                  "continue",
                                                  "co_await",
                                                  "co_return",
                                                  "co_yield",
                                                  "decltype",
                                                  "default",
                                                  "delete",
                                                  "do",
                                                  "double",
                                                  "dynamic_cast",
                                                  "else",
                                                  "enum",
                                                  "explicit",
                                                  "export",
                                                  "extern",
                                                  "false",
                                                  "float",
                                                  "for",
                                                  "friend",
                                                  "goto",
                                                  "if",
                                                  "inline",
                                                  "int",
                                                  "long",
                                                  "main",
                                                  "mutable",
                                                  "namespace",
                                                  "new",
                                                  "noexcept",
                                                  "not",
                                                  "nullptr",
                                                  "operator",
                                                  "or",
                                                  "private",
                                                  "protected",
                                                  "public",
                                                  "register",
                                                  "reinterpret_cast",
                                                  "requires",
                                                  "return",
                                                  "short",
                                                  "signed",
                                                  "sizeof",
                                                  "static",
                                                  "static_assert",
                                                  "static_cast",
                                                  "struct",
                                                  "switch",
                                                  "template",
                                                  "this",
                                                  "thread_local",
                                                  "throw",
                                                  "true",
                                                  "try",
                                                  "typedef",
                                                  "typeid",
                                                  "typename",
                                                  "union",
                                                  "unsigned",
                                                  "using",
                                                  "virtual",
                                                  "void",
                                                  "volatile",
                                                  "wchar_t",
                                                  "while",
                                                  "xor",
                                                  "rt",
                                                  "std",
                                                  "krait",
                                                  "module_body",
                                                  "errno",
                                                  "stdin",
                                                  "stdout",
                                                  "stderr",
                                                  "NULL",
                                                  "EOF"};
  return kReserved;
}

}  // namespace

std::string CppNames::identifier(const std::string& python_name) {
  std::string out;
  for (unsigned char c : python_name) {
    if (std::isalnum(c) || c == '_') {
      out += static_cast<char>(c);
    } else if (c == '.') {
      out += "__";
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "_x%02x", c);  // non-ASCII identifiers
      out += buf;
    }
  }
  if (out.empty() || std::isdigit(static_cast<unsigned char>(out[0]))) out = "_" + out;
  if (cpp_reserved().count(out) ||
      (out.size() > 1 && out[0] == '_' && std::isupper(static_cast<unsigned char>(out[1])))) {
    out += "_";
  }
  return out;
}

CppNames::CppNames(const annotator::Annotator& annotator) {
  std::map<std::string, int> used;
  for (const auto& spec : annotator.specializations()) {
    std::string base = "module_body";
    if (spec->function != nullptr && spec->function->is_module_body)
      base += "_" + identifier(spec->function->module->qualname);
    else if (spec->function != nullptr)
      base = identifier(spec->function->qualname);
    int n = ++used[base];
    functions_[spec.get()] = n == 1 ? base : base + "_" + std::to_string(n);
  }
}

std::string CppNames::runtime_name(const std::string& python_qualname) {
  std::string name = python_qualname;
  for (size_t dot = name.find('.'); dot != std::string::npos; dot = name.find('.', dot))
    name.replace(dot, 1, "::");
  return "rt::" + name;
}

std::string CppNames::cls(const annotator::ClassDef* cls) const {
  if (cls->is_object()) return "rt::Object";
  if (cls->entity->kind == flow::EntityKind::kBuiltin) return runtime_name(cls->entity->qualname);
  return "C_" + identifier(cls->entity->qualname);
}

std::string CppNames::closure(const annotator::Type& closure) {
  std::string out = "K_" + identifier((*closure.pbcs.begin())->qualname);
  for (const annotator::Type& cell : closure.items) out += "_" + std::to_string(cell.cell->index);
  return out;
}

std::string CppNames::field(const std::string& python_name) {
  return "a_" + identifier(python_name);
}

std::string CppNames::variable(const flow::Value* v) {
  if (v->name.empty()) return "v" + std::to_string(v->id);
  return identifier(v->name) + "_" + std::to_string(v->id);
}

}  // namespace krait::backend
