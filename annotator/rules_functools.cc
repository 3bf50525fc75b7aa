// Typing rules of the `functools` module's functions
// (runtime/functools_module.h). Its decorators cache and lru_cache are the
// module scanner's (FunctionEntity::memoized), not calls.
#include "annotator/builtin_args.h"
#include "annotator/union.h"

namespace krait::annotator {

Type functools_function(Args& a) {
  const std::string n = a.name.substr(std::string("functools.").size());
  if (n == "reduce") {
    if (!a.expect(2, 3)) return Type::impossible();
    const flow::Entity* e = a.pos[0].single_pbc();
    if (a.pos[0].kind != TypeKind::kPbc || e == nullptr || e->kind != flow::EntityKind::kFunction)
      return a.fail(
          "the function must be a function or lambda without free variables in Krait, "
          "not " +
          describe(a.pos[0]));
    Type total = item_of(a, a.pos[1]);
    if (total.is_impossible() && a.ctx.annotator.failed()) return total;
    total = without_constant(total);
    if (a.pos.size() == 3) {
      UnionResult u = unite(total, without_constant(a.pos[2]));
      if (u.error) return a.fail("the initial value and the items differ: " + *u.error);
      total = u.type;
    }
    Type r = a.ctx.annotator.call_function(static_cast<const flow::FunctionEntity*>(e),
                                           {total, total}, a.ctx.op);
    if (r.is_impossible()) return r;
    UnionResult u = unite(total, without_constant(r));
    if (u.error || !same_type(u.type, total))
      return a.fail(e->qualname + " returns " + describe(r) + ", not the items' type " +
                    describe(total));
    return total;
  }
  if (n == "cmp_to_key") {  // a key function, only for key= (sort_key)
    if (!a.expect(1, 1)) return Type::impossible();
    const flow::Entity* e = a.pos[0].single_pbc();
    if (a.pos[0].kind != TypeKind::kPbc || e == nullptr || e->kind != flow::EntityKind::kFunction)
      return a.fail(
          "the comparison must be a function or lambda without free variables in Krait, "
          "not " +
          describe(a.pos[0]));
    return Type::builtin_method(without_constant(a.pos[0]), "functools.cmp_to_key");
  }
  if (n == "cache" || n == "lru_cache")
    return a.fail("functools." + n +
                  " is supported as the only decorator of a module-level function");
  return a.fail("not supported by Krait yet");
}

}  // namespace krait::annotator
