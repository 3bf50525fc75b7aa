// Calls of the `random` module's functions (runtime/random_module.h), as
// the annotator typed them (annotator/rules_random.cc).
#include "backend/emitter.h"

namespace krait::backend {
namespace {

using annotator::Type;
using annotator::TypeKind;

// A sequence argument as random's templates take it: a fixed tuple as a
// variadic tuple of the item type the annotator united its items into.
std::string sequence(FunctionEmitter& fe, const std::pair<std::string, Type>& arg,
                     const Type& item) {
  const auto& [v, t] = arg;
  if (t.kind == TypeKind::kTuple && !t.variadic) return fe.convert(v, t, Type::var_tuple_of(item));
  return v;
}

}  // namespace

std::string emit_random_call(FunctionEmitter& fe, const flow::Operation& op,
                             const std::string& name, const CArgs& pos, const CKwArgs& kw) {
  const std::string fn = name.substr(std::string("random.").size());
  const std::string call = "rt::random::" + fn + "(";
  bool big = fe.ctx_.options.int_mode == IntMode::kBig;
  Type flt = Type::of(TypeKind::kFloat);
  auto number = [&](const std::pair<std::string, Type>* a, const char* fallback) {
    return a == nullptr ? std::string(fallback) : fe.convert(a->first, a->second, flt);
  };
  auto int_arg = [&](size_t i) {
    return pos[i].second.kind == TypeKind::kBool ? "int64_t(" + pos[i].first + ")" : pos[i].first;
  };
  if (fn == "seed") {
    const auto* a = find_argument(pos, kw, 0, "a");
    if (a == nullptr) return "rt::random::seed()";
    if (a->second.kind == TypeKind::kBool) return "rt::random::seed(int64_t(" + a->first + "))";
    return call + a->first + ")";
  }
  if (fn == "getrandbits")
    return (big ? "rt::random::getrandbits_big(" : call) + pos[0].first + ")";
  if (fn == "randrange" || fn == "randint") {
    std::string args;
    for (size_t i = 0; i < pos.size(); ++i) args += (i ? ", " : "") + int_arg(i);
    return call + args + ")";
  }
  Type result = fe.type_of(op.result);
  if (fn == "choice") return call + sequence(fe, pos[0], result) + ")";
  if (fn == "shuffle") return call + pos[0].first + ")";
  if (fn == "sample" || fn == "choices") {
    Type item = annotator::resolve(result.list)->item.type;
    std::string population = sequence(fe, pos[0], item);
    std::string item_cpp = fe.ctx_.type(item, op.range);
    if (fn == "sample")
      return "rt::random::sample<" + item_cpp + ">(" + population + ", " +
             find_argument(pos, kw, 1, "k")->first + ")";
    const auto* k = find_argument(pos, kw, SIZE_MAX, "k");
    std::string count = k == nullptr ? "1" : k->first;
    const auto* cumulative = find_argument(pos, kw, SIZE_MAX, "cum_weights");
    const auto* weights = find_argument(pos, kw, 1, "weights");
    const auto* given = cumulative != nullptr ? cumulative : weights;
    if (given == nullptr)
      return "rt::random::choices<" + item_cpp + ">(" + population + ", " + count + ")";
    std::string cum = cumulative != nullptr
                          ? cumulative->first
                          : "rt::random::accumulate_weights(" + weights->first + ")";
    return "rt::random::choices_cumulative<" + item_cpp + ">(" + population + ", " + cum + ", " +
           count + ")";
  }
  if (fn == "uniform") return call + number(&pos[0], "") + ", " + number(&pos[1], "") + ")";
  if (fn == "gauss" || fn == "normalvariate")
    return call + number(find_argument(pos, kw, 0, "mu"), "0.0") + ", " +
           number(find_argument(pos, kw, 1, "sigma"), "1.0") + ")";
  if (fn == "triangular") {
    const auto* mode = find_argument(pos, kw, 2, "mode");
    return call + number(find_argument(pos, kw, 0, "low"), "0.0") + ", " +
           number(find_argument(pos, kw, 1, "high"), "1.0") +
           (mode == nullptr ? "" : ", " + number(mode, "")) + ")";
  }
  if (fn == "expovariate") return call + number(&pos[0], "") + ")";
  return call + ")";  // random()
}

}  // namespace krait::backend
