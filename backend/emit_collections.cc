// Calls of the collections module's dict subclasses
// (runtime/collections_module.h), as annotator/rules_collections.cc typed
// them.
#include <set>

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
                                  const std::string& name, const CArgs& pos, const CKwArgs& kw) {
  Type result = fe.type_of(op.result);
  if (name == "collections.deque") {
    std::string item = fe.ctx_.type(annotator::resolve(result.list)->item.type, op.range);
    const std::pair<std::string, Type>* maxlen = pos.size() == 2 ? &pos[1] : nullptr;
    for (const auto& [k, a] : kw) {
      if (k == "maxlen") maxlen = &a;
    }
    std::string bound =
        maxlen == nullptr || maxlen->second.kind == TypeKind::kNone ? "" : maxlen->first + ", true";
    if (pos.empty()) return "rt::collections::make_empty_deque<" + item + ">(" + bound + ")";
    return "rt::collections::make_deque<" + item + ">(" + pos[0].first +
           (bound.empty() ? "" : ", " + bound) + ")";
  }
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

std::optional<std::string> emit_deque_method(FunctionEmitter& fe, const Type& receiver,
                                             const std::string& self, const std::string& name,
                                             const CArgs& pos) {
  const annotator::ListDef* def = annotator::resolve(receiver.list);
  if (!def->deque) return std::nullopt;
  static const std::set<std::string> kOwn = {
      "append", "appendleft", "pop", "popleft", "extend", "extendleft", "rotate", "copy", "insert"};
  if (!kOwn.count(name)) return std::nullopt;
  std::string args;
  for (size_t i = 0; i < pos.size(); ++i) {
    bool item =
        (name == "append" || name == "appendleft" || name == "insert") && i + 1 == pos.size();
    args += ", " + (item ? fe.convert(pos[i].first, pos[i].second, def->item.type) : pos[i].first);
  }
  return "rt::collections::deque_" + name + "(" + self + args + ")";
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
