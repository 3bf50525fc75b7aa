#include "annotator/instance_hooks.h"

#include "annotator/defs.h"

namespace krait::annotator {
namespace {

// Appends every subclass of `cls`, at any depth, to `out`.
void add_subclasses(const ClassDef* cls, std::vector<ClassDef*>& out) {
  std::vector<ClassDef*> pending = cls->subclasses;
  while (!pending.empty()) {
    ClassDef* sub = pending.back();
    pending.pop_back();
    out.push_back(sub);
    pending.insert(pending.end(), sub->subclasses.begin(), sub->subclasses.end());
  }
}

}  // namespace

bool annotate_instance_hook(OpContext& ctx, const Type& item, const char* method) {
  if (item.kind != TypeKind::kInstance) return true;
  // The nearest class up the chain that defines the method, and every
  // subclass below that overrides it.
  std::vector<ClassDef*> classes;
  auto defines = [method](ClassDef* c) {
    return c->entity->kind == flow::EntityKind::kClass &&
           static_cast<const flow::ClassEntity*>(c->entity)->own_attribute(method) != nullptr;
  };
  for (ClassDef* c = item.cls; c != nullptr; c = c->base) {
    classes.push_back(c);
    if (defines(c)) break;
  }
  add_subclasses(item.cls, classes);
  for (ClassDef* c : classes) {
    if (!defines(c)) continue;
    const flow::ConstValue* own =
        static_cast<const flow::ClassEntity*>(c->entity)->own_attribute(method);
    if (!own->is_entity() || own->entity->kind != flow::EntityKind::kFunction) continue;
    Type self = Type::instance_of(c);
    Type r = ctx.annotator.call_function(static_cast<const flow::FunctionEntity*>(own->entity),
                                         {self, self}, ctx.op);
    if (ctx.annotator.failed()) return false;
    if (!r.is_impossible() && r.kind != TypeKind::kBool) {
      op_error(ctx, c->name() + "." + method + " returns " + describe(r) +
                        "; Krait needs a bool where the runtime compares instances");
      return false;
    }
  }
  return true;
}

bool annotate_truth_hook(OpContext& ctx, const Type& item) {
  if (item.kind != TypeKind::kInstance) return true;
  std::vector<ClassDef*> classes;
  for (ClassDef* c = item.cls; c != nullptr; c = c->base) classes.push_back(c);
  add_subclasses(item.cls, classes);
  for (ClassDef* c : classes) {
    if (c->entity->kind != flow::EntityKind::kClass) continue;
    for (const char* method : {"__bool__", "__len__"}) {
      const flow::ConstValue* own =
          static_cast<const flow::ClassEntity*>(c->entity)->own_attribute(method);
      if (own == nullptr || !own->is_entity() || own->entity->kind != flow::EntityKind::kFunction)
        continue;
      Type r = ctx.annotator.call_function(static_cast<const flow::FunctionEntity*>(own->entity),
                                           {Type::instance_of(c)}, ctx.op);
      if (ctx.annotator.failed()) return false;
      TypeKind want = std::string(method) == "__bool__" ? TypeKind::kBool : TypeKind::kInt;
      if (!r.is_impossible() && r.kind != want) {
        op_error(ctx, c->name() + "." + method + " should return " +
                          (want == TypeKind::kBool ? "bool" : "int") + ", returned " + describe(r));
        return false;
      }
    }
  }
  return true;
}

}  // namespace krait::annotator
