// Typing rules of the `random` module's functions (runtime/random_module.h).
//
// The sequences choice(), choices() and sample() take are lists, strs,
// ranges, bytes and tuples whose items are of one type; their result is
// that item type (a list of it for choices and sample).
#include "annotator/builtin_args.h"
#include "annotator/union.h"

namespace krait::annotator {
namespace {

Type T(TypeKind kind) {
  return Type::of(kind);
}

bool ints(Args& a, size_t first = 0) {
  for (size_t i = first; i < a.pos.size(); ++i) {
    if (!int_argument(a.pos[i])) {
      a.fail("needs an int, not " + describe(a.pos[i]));
      return false;
    }
  }
  return true;
}

// The item type of a sequence argument (impossible for an empty list that
// nothing fills); nullopt (after reporting) for other types.
std::optional<Type> sequence_item(Args& a, const Type& seq) {
  if (seq.can_be_none) {
    a.fail("the sequence may be None");
    return std::nullopt;
  }
  switch (seq.kind) {
    case TypeKind::kList:
    case TypeKind::kStr:
    case TypeKind::kRange:
    case TypeKind::kBytes:
      return item_of(a, seq);
    case TypeKind::kTuple: {
      if (seq.variadic) return seq.items[0];
      Type item;
      for (const Type& t : seq.items) {
        UnionResult r = unite(item, without_constant(t));
        if (r.error) {
          a.fail("the tuple's items are of different types: " + *r.error);
          return std::nullopt;
        }
        item = r.type;
      }
      return item;
    }
    default:
      a.fail("needs a list, str, tuple, range or bytes, not " + describe(seq));
      return std::nullopt;
  }
}

// weights= / cum_weights=: a list of ints or of floats.
bool weight_list(Args& a, const char* name) {
  auto it = a.kw.find(name);
  if (it == a.kw.end()) return true;
  const Type& w = it->second;
  if (w.kind == TypeKind::kNone) return true;
  if (w.kind == TypeKind::kList && !w.can_be_none) {
    Type item = item_of(a, w);
    if (item.is_impossible() || item.kind == TypeKind::kInt || item.kind == TypeKind::kFloat)
      return !item.is_impossible();
  }
  a.fail(std::string(name) + "= must be a list of ints or a list of floats in Krait, not " +
         describe(w));
  return false;
}

bool numbers(Args& a) {
  for (size_t i = 0; i < a.pos.size(); ++i) {
    if (!a.numeric(i)) return false;
  }
  for (const auto& [k, t] : a.kw) {
    if (!t.is_numeric() || t.can_be_none) {
      a.fail(k + "= needs a number, not " + describe(t));
      return false;
    }
  }
  return true;
}

}  // namespace

Type random_function(Args& a) {
  const std::string n = a.name.substr(std::string("random.").size());
  if (n == "seed") {
    if (!a.expect(0, 1)) return Type::impossible();
    if (a.pos.empty()) return Type::none();
    const Type& s = a.pos[0];
    bool seedable = s.kind == TypeKind::kInt || s.kind == TypeKind::kBool ||
                    s.kind == TypeKind::kFloat || s.kind == TypeKind::kStr ||
                    s.kind == TypeKind::kBytes;
    if (s.kind == TypeKind::kNone || (seedable && !s.can_be_none)) return Type::none();
    return a.fail("the seed must be None, an int, a float, a str or bytes, not " +
                  describe(a.pos[0]));
  }
  if (n == "random") return a.expect(0, 0) ? T(TypeKind::kFloat) : Type::impossible();
  if (n == "getrandbits") return a.expect(1, 1) && ints(a) ? T(TypeKind::kInt) : Type::impossible();
  if (n == "randrange") return a.expect(1, 3) && ints(a) ? T(TypeKind::kInt) : Type::impossible();
  if (n == "randint") return a.expect(2, 2) && ints(a) ? T(TypeKind::kInt) : Type::impossible();
  if (n == "choice") {
    if (!a.expect(1, 1)) return Type::impossible();
    std::optional<Type> item = sequence_item(a, a.pos[0]);
    return item ? without_constant(*item) : Type::impossible();
  }
  if (n == "shuffle") {
    if (!a.expect(1, 1)) return Type::impossible();
    if (a.pos[0].kind != TypeKind::kList || a.pos[0].can_be_none)
      return a.fail("needs a list, not " + describe(a.pos[0]));
    return Type::none();
  }
  if (n == "sample") {
    if (!a.expect(1, 2, {"k", "counts"})) return Type::impossible();
    if (a.kw.count("counts")) return a.fail("counts= is not supported by Krait yet");
    bool has_k = a.pos.size() == 2 || a.kw.count("k");
    if (!has_k) return a.fail("missing 1 required positional argument: 'k'");
    const Type& k = a.pos.size() == 2 ? a.pos[1] : a.kw["k"];
    if (!int_argument(k)) return a.fail("k must be an int, not " + describe(k));
    std::optional<Type> item = sequence_item(a, a.pos[0]);
    return item ? new_list_of(a, without_constant(*item)) : Type::impossible();
  }
  if (n == "choices") {
    if (!a.expect(1, 2, {"weights", "cum_weights", "k"})) return Type::impossible();
    auto k = a.kw.find("k");
    if (k != a.kw.end() && !int_argument(k->second))
      return a.fail("k must be an int, not " + describe(k->second));
    if (a.pos.size() == 2) a.kw["weights"] = a.pos[1];
    auto given = [&](const char* name) {
      auto it = a.kw.find(name);
      return it != a.kw.end() && it->second.kind != TypeKind::kNone;
    };
    if (given("weights") && given("cum_weights"))
      return a.fail("TypeError: Cannot specify both weights and cumulative weights");
    if (!weight_list(a, "weights") || !weight_list(a, "cum_weights")) return Type::impossible();
    std::optional<Type> item = sequence_item(a, a.pos[0]);
    return item ? new_list_of(a, without_constant(*item)) : Type::impossible();
  }
  if (n == "uniform")
    return a.expect(2, 2) && numbers(a) ? T(TypeKind::kFloat) : Type::impossible();
  if (n == "gauss" || n == "normalvariate")
    return a.expect(0, 2, {"mu", "sigma"}) && numbers(a) ? T(TypeKind::kFloat) : Type::impossible();
  if (n == "triangular")
    return a.expect(0, 3, {"low", "high", "mode"}) && numbers(a) ? T(TypeKind::kFloat)
                                                                 : Type::impossible();
  if (n == "expovariate")
    return a.expect(1, 1) && numbers(a) ? T(TypeKind::kFloat) : Type::impossible();
  return a.fail("not supported by Krait yet");
}

}  // namespace krait::annotator
