// Calls of the itertools module's functions (runtime/itertools_module.h),
// as annotator/rules_itertools.cc typed them, and of functools.reduce
// (runtime/functools_module.h): the modules that call the program's
// functions through function pointers.
#include "backend/emitter.h"

namespace krait::backend {

using annotator::IterKind;
using annotator::Type;
using annotator::TypeKind;

std::string function_pointer(FunctionEmitter& fe, const flow::Operation& op, const Type& fn,
                             const std::vector<Type>& params, const Type& result) {
  const annotator::Specialization* s =
      single_callee(fe, op, static_cast<const flow::FunctionEntity*>(fn.single_pbc()));
  if (s == nullptr) return "";
  std::string decl, args;
  for (size_t i = 0; i < params.size(); ++i) {
    std::string name = "a" + std::to_string(i);
    decl += (i ? ", " : "") + fe.ctx_.type(params[i], op.range) + " const& " + name;
    Type want = fe.ctx_.annotator.type_of(*s, s->graph->start()->inputs[i]);
    args += (i ? ", " : "") + fe.convert(name, params[i], want);
  }
  std::string call = fe.ctx_.names.function(s) + "(" + args + ")";
  return "+[](" + decl + ") -> " + fe.ctx_.type(result, op.range) + " { return " +
         fe.convert(call, s->result_type(), result) + "; }";
}

std::string emit_itertools_call(FunctionEmitter& fe, const flow::Operation& op,
                                const std::string& name, const CArgs& pos, const CKwArgs& kw) {
  const std::string fn = name.substr(std::string("itertools.").size());
  const std::string ns = "rt::itertools::";
  Type result = fe.type_of(op.result);
  const Type& item = result.items[0];
  std::string item_cpp = fe.ctx_.type(item, op.range);
  auto as_item = [&](const std::pair<std::string, Type>& a) {
    return fe.convert(a.first, a.second, item);
  };
  auto list = [&](size_t first) {
    std::string out;
    for (size_t i = first; i < pos.size(); ++i) out += (i > first ? ", " : "") + pos[i].first;
    return out;
  };
  if (fn == "count") {
    const auto* start = find_argument(pos, kw, 0, "start");
    const auto* step = find_argument(pos, kw, 1, "step");
    return ns + "count<" + item_cpp + ">(" + (start ? as_item(*start) : item_cpp + "(0)") + ", " +
           (step ? as_item(*step) : item_cpp + "(1)") + ")";
  }
  if (fn == "repeat") {
    const auto* times = find_argument(pos, kw, 1, "times");
    return ns + "repeat<" + item_cpp + ">(" + as_item(pos[0]) +
           (times ? ", " + times->first + ", true" : "") + ")";
  }
  if (fn == "cycle") return ns + "cycle(" + pos[0].first + ")";
  if (fn == "chain") return ns + "chain<" + item_cpp + ">(" + list(0) + ")";
  if (fn == "chain.from_iterable")
    return ns + "chain_from_iterable<" + item_cpp + ">(" + pos[0].first + ")";
  if (fn == "islice") {
    auto bound = [&](size_t i, const char* none) {
      return pos[i].second.kind == TypeKind::kNone ? std::string(none) : pos[i].first;
    };
    if (pos.size() == 2) return ns + "islice(" + pos[0].first + ", " + bound(1, "INT64_MAX") + ")";
    return ns + "islice(" + pos[0].first + ", " + bound(1, "0") + ", " + bound(2, "INT64_MAX") +
           ", " + (pos.size() == 4 ? bound(3, "1") : "1") + ")";
  }
  if (fn == "accumulate") {
    const auto* func = find_argument(pos, kw, 1, "func");
    const flow::Entity* e = func ? func->second.single_pbc() : nullptr;
    std::string f = "&" + ns + "plus<" + item_cpp + ">";
    if (e != nullptr && e->kind == flow::EntityKind::kBuiltin)  // max or min: the first of equals
      f = "+[](" + item_cpp + " const& a, " + item_cpp + " const& b) -> " + item_cpp +
          " { return rt::py_lt(" + (e->qualname == "max" ? "a, b" : "b, a") + ") ? b : a; }";
    else if (func)
      f = function_pointer(fe, op, func->second, {item, item}, item);
    const auto* initial = find_argument(pos, kw, SIZE_MAX, "initial");
    return ns + "accumulate<" + item_cpp + ">(" + pos[0].first + ", " + f +
           (initial ? ", " + as_item(*initial) : "") + ")";
  }
  if (fn == "permutations" || fn == "combinations" || fn == "combinations_with_replacement") {
    std::string pool = fe.ctx_.type(result.items[1], op.range);
    const auto* r = find_argument(pos, kw, 1, "r");
    return ns + fn + "<" + item_cpp + ", " + pool + ">(" + pos[0].first +
           (r ? ", " + r->first : "") + ")";
  }
  if (fn == "product") {
    // Each pool as a list; with repeat=k, the same lists again.
    std::string pools;
    size_t n = pos.size();
    for (size_t i = 0; n > 0 && i < item.items.size(); ++i) {
      std::string t = fe.ctx_.type(result.items[1 + i], op.range);
      pools += (i ? ", " : "") + std::string("rt::to_list<") + t + ">(" + pos[i % n].first + ")";
    }
    return ns + "product<" + item_cpp + ">(" + pools + ")";
  }
  if (fn == "groupby") {
    const Type& element = annotator::resolve(item.items[1].list)->item.type;
    std::string element_cpp = fe.ctx_.type(element, op.range);
    const auto* key = find_argument(pos, kw, 1, "key");
    std::string f = key ? function_pointer(fe, op, key->second, {element}, item.items[0])
                        : "+[](" + element_cpp + " const& x) -> " + element_cpp + " { return x; }";
    return ns + "groupby<" + fe.ctx_.type(item.items[0], op.range) + ">(" + pos[0].first + ", " +
           f + ")";
  }
  if (fn == "zip_longest") {
    const auto* fill = find_argument(pos, kw, SIZE_MAX, "fillvalue");
    std::string fill_cpp = fe.ctx_.type(result.items[1], op.range);
    std::string value = fill ? fill->first : fill_cpp + "{}";
    return ns + "zip_longest<" + item_cpp + ", " + fill_cpp + ">(" + value +
           (pos.empty() ? "" : ", " + list(0)) + ")";
  }
  fe.unsupported(op, "itertools." + fn + " is");
  return "";
}

std::string emit_reduce_call(FunctionEmitter& fe, const flow::Operation& op, const CArgs& pos) {
  Type result = fe.type_of(op.result);
  std::string f = function_pointer(fe, op, pos[0].second, {result, result}, result);
  return "rt::functools::reduce<" + fe.ctx_.type(result, op.range) + ">(" + f + ", " +
         pos[1].first +
         (pos.size() == 3 ? ", " + fe.convert(pos[2].first, pos[2].second, result) : "") + ")";
}

}  // namespace krait::backend
