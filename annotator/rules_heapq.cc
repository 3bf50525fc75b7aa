// Typing rules of the heapq and bisect modules (runtime/heapq_module.h):
// functions over a list whose items they compare with <, as list.sort does
// (instances through their __lt__), or through key= where bisect takes one.
#include "annotator/builtin_args.h"
#include "annotator/instance_hooks.h"
#include "annotator/union.h"

namespace krait::annotator {
namespace {

// The list argument `i`, or null after reporting.
ListDef* list_arg(Args& a, size_t i) {
  const Type& t = a.pos[i];
  if (t.kind != TypeKind::kList || t.can_be_none) {
    a.fail("needs a list, not " + describe(t));
    return nullptr;
  }
  return resolve(t.list);
}

// x joins the list's items (heappush, insort); false after reporting.
bool add_item(Args& a, ListDef* def, const Type& x, const char* action) {
  def->mutated = true;
  Annotator& an = a.ctx.annotator;
  return an.widen(def->item, x, an.origin_at(a.ctx.op, action), a.ctx.op, "list item");
}

// The list's item type, read (its readers re-flow when it widens), with the
// items' __lt__ typed for the runtime's comparisons.
Type compared_items(Args& a, ListDef* def) {
  a.ctx.annotator.read(def->item);
  const Type& item = def->item.type;
  return annotate_instance_hook(a.ctx, item, "__lt__") ? item : Type::impossible();
}

}  // namespace

Type heapq_function(Args& a) {
  const std::string n = a.name.substr(std::string("heapq.").size());
  if (n == "nsmallest" || n == "nlargest") {
    if (!a.expect(2, 2, {"key"})) return Type::impossible();
    if (!int_argument(a.pos[0])) return a.fail("n must be an int, not " + describe(a.pos[0]));
    Type item = item_of(a, a.pos[1]);
    if (item.is_impossible() && a.ctx.annotator.failed()) return item;
    item = without_constant(item);
    if (sort_key(a, item).is_impossible() && a.ctx.annotator.failed()) return Type::impossible();
    return new_list_of(a, item);
  }
  bool takes_item = n == "heappush" || n == "heapreplace" || n == "heappushpop";
  if (!a.expect(takes_item ? 2 : 1, takes_item ? 2 : 1)) return Type::impossible();
  ListDef* heap = list_arg(a, 0);
  if (heap == nullptr) return Type::impossible();
  if (takes_item && !add_item(a, heap, a.pos[1], "pushed")) return Type::impossible();
  if (n == "heappop") heap->mutated = true;
  Type item = compared_items(a, heap);
  if (item.is_impossible() && a.ctx.annotator.failed()) return item;
  if (n == "heappush" || n == "heapify") {
    heap->mutated = true;
    return Type::none();
  }
  if (n == "heappop" || n == "heapreplace" || n == "heappushpop") return item;
  return a.fail("not supported by Krait yet");
}

Type bisect_function(Args& a) {
  const std::string n = a.name.substr(std::string("bisect.").size());
  if (!a.expect(2, 4, {"lo", "hi", "key"})) return Type::impossible();
  ListDef* list = list_arg(a, 0);
  if (list == nullptr) return Type::impossible();
  for (size_t i = 2; i < a.pos.size(); ++i) {
    if (!int_argument(a.pos[i])) return a.fail("lo and hi must be ints, not " + describe(a.pos[i]));
  }
  for (const char* bound : {"lo", "hi"}) {
    auto it = a.kw.find(bound);
    if (it != a.kw.end() && !int_argument(it->second) &&
        !(bound[0] == 'h' && it->second.kind == TypeKind::kNone))
      return a.fail(std::string(bound) + " must be an int, not " + describe(it->second));
  }
  bool insort = n.rfind("insort", 0) == 0;
  if (insort && !add_item(a, list, a.pos[1], "inserted")) return Type::impossible();
  a.ctx.annotator.read(list->item);
  Type item = list->item.type;
  Type key = sort_key(a, item);
  if (key.is_impossible() && a.ctx.annotator.failed()) return key;
  if (key.kind != TypeKind::kNone && !insort && !annotate_instance_hook(a.ctx, a.pos[1], "__lt__"))
    return Type::impossible();
  if (insort) return Type::none();
  return Type::of(TypeKind::kInt);
}

}  // namespace krait::annotator
