// Typing rules of the copy module (runtime/copy_module.h): a copy has the
// type of what it copies (a list's copy shares its ListDef: the same items).
#include "annotator/builtin_args.h"
#include "annotator/union.h"

namespace krait::annotator {

Type copy_function(Args& a) {
  if (!a.expect(1, 1)) return Type::impossible();
  const Type& x = a.pos[0];
  switch (x.kind) {
    case TypeKind::kIterator:
    case TypeKind::kFile:
    case TypeKind::kClosure:
    case TypeKind::kCell:
      return a.fail("cannot copy " + describe(x) + " (CPython cannot pickle it either)");
    default:
      return without_constant(x);
  }
}

}  // namespace krait::annotator
