// Calls of the re module's functions and of the methods of its patterns
// and matches (runtime/re_module.h), as annotator/rules_re.cc typed them.
// A module function is the method of `rt::re_compile(pattern, flags)`
// (cached at run time, as CPython caches).
#include "annotator/builtin_args.h"
#include "backend/emitter.h"

namespace krait::backend {
namespace {

using annotator::Type;
using annotator::TypeKind;

// The C++ argument list of `params` (given at positions from `first`, or
// by name), cut after the last one given; a missing one before it gets
// its default.
std::string operands(const CArgs& pos, const CKwArgs& kw, const std::vector<const char*>& params,
                     size_t first) {
  std::vector<std::string> out;
  size_t given = 0;
  for (size_t k = 0; k < params.size(); ++k) {
    std::string p = params[k];
    if (p == "flags" || p == "repl") continue;
    const auto* a = find_argument(pos, kw, first + k, p);
    out.push_back(a ? a->first : p == "endpos" ? "INT64_MAX" : "0");
    if (a != nullptr) given = out.size();
  }
  std::string list;
  for (size_t k = 0; k < given; ++k) list += (k ? ", " : "") + out[k];
  return list;
}

// The method `n` of the pattern `self` with its C++ operands.
std::string pattern_call(FunctionEmitter& fe, const flow::Operation& op, const std::string& self,
                         const std::string& n, const CArgs& pos, const CKwArgs& kw,
                         const std::vector<const char*>& params, size_t first) {
  std::string args = operands(pos, kw, params, first);
  if (n == "findall") {
    const Type& item = annotator::resolve(fe.type_of(op.result).list)->item.type;
    if (item.kind == TypeKind::kTuple)
      return self + "->findall_rows<" + std::to_string(item.items.size()) + ">(" + args + ")";
  }
  if (n == "sub" || n == "subn") {
    size_t at = 0;
    while (std::string(params[at]) != "repl") ++at;
    const auto* repl = find_argument(pos, kw, first + at, "repl");
    if (repl->second.kind == TypeKind::kStr)
      return self + "->" + n + "(" + repl->first + ", " + args + ")";
    std::string fn = function_pointer(fe, op, repl->second, {Type::of(TypeKind::kReMatch)},
                                      Type::of(TypeKind::kStr));
    return self + "->" + n + "_with(" + fn + ", " + args + ")";
  }
  return self + "->" + n + "(" + args + ")";
}

}  // namespace

std::string emit_re_call(FunctionEmitter& fe, const flow::Operation& op, const std::string& name,
                         const CArgs& pos, const CKwArgs& kw) {
  const std::string n = name.substr(std::string("re.").size());
  if (n == "escape") return "rt::re_escape(" + pos[0].first + ")";
  if (n == "purge") return "rt::None";
  const annotator::ReSignature* s = annotator::re_signature(n);
  const auto* pattern = find_argument(pos, kw, 0, "pattern");
  const auto* flags = find_argument(pos, kw, s->params.size(), "flags");
  std::string compiled =
      "rt::re_compile(" + pattern->first + (flags ? ", " + flags->first : "") + ")";
  if (n == "compile") return compiled;
  return pattern_call(fe, op, compiled, n, pos, kw, s->params, 1);
}

std::string emit_re_method(FunctionEmitter& fe, const flow::Operation& op, const Type& receiver,
                           const std::string& self, const std::string& name, const CArgs& pos,
                           const CKwArgs& kw) {
  if (receiver.kind == TypeKind::kRePattern) {
    std::vector<const char*> params = {"string", "pos", "endpos"};
    if (name == "sub" || name == "subn") params = {"repl", "string", "count"};
    if (name == "split") params = {"string", "maxsplit"};
    return pattern_call(fe, op, self, name, pos, kw, params, 0);
  }
  std::string all;
  for (size_t i = 0; i < pos.size(); ++i) all += (i ? ", " : "") + pos[i].first;
  if (name == "__getitem__") return self + "->group(" + all + ")";
  if (name == "groups") {
    const auto* dflt = find_argument(pos, kw, 0, "default");
    const Type result = fe.type_of(op.result);
    std::string size = result.variadic ? "" : "<" + std::to_string(result.items.size()) + ">";
    return self + "->groups" + size + "(" + (dflt ? dflt->first : "") + ")";
  }
  if (name == "groupdict") {
    const auto* dflt = find_argument(pos, kw, 0, "default");
    return self + "->groupdict(" + (dflt ? dflt->first : "") + ")";
  }
  return self + "->" + name + "(" + all + ")";
}

}  // namespace krait::backend
