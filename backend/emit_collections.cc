// Calls of the collections module's dict subclasses
// (runtime/collections_module.h), as annotator/rules_collections.cc typed
// them.
#include "backend/emitter.h"

namespace krait::backend {
namespace {

using annotator::DictFlavor;
using annotator::Type;
using annotator::TypeKind;

// The C++ expression of defaultdict's factory called with no argument (a
// value of C++ type `value`), and the factory's repr; nullopt after
// reporting.
std::optional<std::pair<std::string, std::string>> factory(FunctionEmitter& fe,
                                                           const flow::Operation& op, const Type& f,
                                                           const std::string& value) {
  const flow::Entity* e = f.single_pbc();
  if (e->kind == flow::EntityKind::kBuiltin) {
    const std::string& n = e->qualname;
    std::string repr = "<class '" + n + "'>";
    if (n == "int") return std::pair{value + "(0)", repr};
    if (n == "float") return std::pair{"0.0", repr};
    if (n == "bool") return std::pair{"false", repr};
    if (n == "str") return std::pair{"rt::Str(\"\")", repr};
    return std::pair{"std::remove_pointer_t<" + value + ">::make()", repr};  // list, set, dict
  }
  const annotator::Specialization* s =
      single_callee(fe, op, static_cast<const flow::FunctionEntity*>(e));
  if (s == nullptr) return std::nullopt;
  Type result = fe.type_of(op.result);
  const Type& wanted = annotator::resolve(result.dict)->value.type;
  // CPython's repr holds the function's address, which differs per run.
  return std::pair{fe.convert(fe.ctx_.names.function(s) + "()", s->result_type(), wanted),
                   "<function " + flow::python_qualname(e) + ">"};
}

}  // namespace

std::string emit_collections_call(FunctionEmitter& fe, const flow::Operation& op,
                                  const std::string& name, const CArgs& pos) {
  Type result = fe.type_of(op.result);
  const annotator::DictDef* d = annotator::resolve(result.dict);
  std::string key = fe.ctx_.type(d->key.type, op.range);
  std::string value = fe.ctx_.type(d->value.type, op.range);
  std::string kv = "<" + key + ", " + value + ">";
  if (name == "collections.Counter")
    return "rt::collections::make_counter" + kv + "(" + (pos.empty() ? "" : pos[0].first) + ")";
  if (name == "collections.OrderedDict") return "rt::collections::make_ordered_dict" + kv + "()";
  if (pos.empty() || pos[0].second.kind == TypeKind::kNone)
    return "rt::collections::make_defaultdict" + kv + "(nullptr, nullptr)";
  auto made = factory(fe, op, pos[0].second, value);
  if (!made) return "";
  return "rt::collections::make_defaultdict" + kv + "(+[]() -> " + value + " { return " +
         made->first + "; }, " + cpp_string_literal(made->second) + ")";
}

std::optional<std::string> emit_collections_method(const Type& receiver, const std::string& self,
                                                   const std::string& name, const CArgs& pos,
                                                   const CKwArgs& kw) {
  DictFlavor flavor = annotator::resolve(receiver.dict)->flavor;
  std::string last;  // OrderedDict's last= argument
  if (!pos.empty() && name != "move_to_end") last = pos[0].first;
  if (pos.size() == 2) last = pos[1].first;
  for (const auto& [k, a] : kw) {
    if (k == "last") last = a.first;
  }
  const std::string ns = "rt::collections::";
  if (flavor == DictFlavor::kCounter) {
    if (name == "update" || name == "subtract")
      return ns + "counter_" + name + "(" + self + ", " + pos[0].first + ")";
    if (name == "most_common") {
      bool all = pos.empty() || pos[0].second.kind == TypeKind::kNone;
      return ns + "most_common(" + self + (all ? "" : ", " + pos[0].first) + ")";
    }
    if (name == "elements" || name == "total") return ns + name + "(" + self + ")";
  }
  if (flavor == DictFlavor::kOrderedDict) {
    if (name == "move_to_end")
      return ns + "move_to_end(" + self + ", " + pos[0].first + (last.empty() ? "" : ", " + last) +
             ")";
    if (name == "popitem") return ns + "popitem(" + self + (last.empty() ? "" : ", " + last) + ")";
  }
  return std::nullopt;
}

}  // namespace krait::backend
