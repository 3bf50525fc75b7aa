// Typing rules for attributes: instance attributes (generalised up the
// class hierarchy), methods (bound on read), class attributes, and the
// methods of built-in types.
#include "annotator/builtin_args.h"
#include "annotator/builtin_methods.h"
#include "annotator/rules.h"
#include "annotator/rules_ctypes.h"
#include "annotator/union.h"

namespace krait::annotator {
namespace {

bool is_function(const flow::ConstValue* v) {
  return v != nullptr && v->is_entity() && v->entity->kind == flow::EntityKind::kFunction;
}

// Class-body constants named `name` anywhere in cls's hierarchy (bases and
// subclasses): they are the defaults of an instance attribute of that name.
void widen_with_class_defaults(OpContext& ctx, ClassDef* cls, Slot& slot, const std::string& name) {
  std::vector<ClassDef*> classes;
  for (ClassDef* c = cls; c != nullptr; c = c->base) classes.push_back(c);
  std::vector<ClassDef*> pending = cls->subclasses;
  while (!pending.empty()) {
    ClassDef* c = pending.back();
    pending.pop_back();
    classes.push_back(c);
    pending.insert(pending.end(), c->subclasses.begin(), c->subclasses.end());
  }
  for (ClassDef* c : classes) {
    if (c->entity->kind != flow::EntityKind::kClass) continue;
    const auto* entity = static_cast<const flow::ClassEntity*>(c->entity);
    for (const auto& [attr, value] : entity->computed) {
      if (attr != name) continue;
      Type shared = ctx.annotator.access_global(entity->qualname + "." + name, ctx.op);
      if (!shared.is_impossible())
        ctx.annotator.widen(slot, shared, Origin{"set in the body of class " + c->name(), {}, {}},
                            ctx.op, "attribute '" + name + "'");
    }
    const flow::ConstValue* v = entity->own_attribute(name);
    if (v == nullptr || is_function(v)) continue;
    ctx.annotator.widen(slot, Type::of_constant(*v),
                        Origin{"set in the body of class " + c->name(), {}, {}}, ctx.op,
                        "attribute '" + name + "'");
  }
}

Type instance_getattr(OpContext& ctx, const Type& obj, const std::string& name) {
  ClassDef* cls = obj.cls;
  if (name == "__class__") return class_of_instance(ctx, obj);
  // super().__init__(...) in a user exception class: BaseException.__init__.
  if (obj.is_super && cls->is_exception && name == "__init__" &&
      !is_function(cls->class_attribute(name))) {
    return Type::builtin_method(obj, name);
  }
  const flow::ConstValue* member = cls->class_attribute(name);
  if (is_function(member)) {
    const auto* fn = static_cast<const flow::FunctionEntity*>(member->entity);
    if (fn->method_kind == flow::FunctionEntity::MethodKind::kStatic)
      return Type::of_constant(*member);
    if (fn->method_kind == flow::FunctionEntity::MethodKind::kProperty)
      return call_special(ctx, SpecialCall{0, {}, name});
    Type method = Type::bound_method(cls, name);
    method.is_super = obj.is_super;
    return method;
  }
  if (obj.is_super)
    return op_error(ctx, "super() gives access to methods only, not to '" + name + "'");
  if (cls->is_exception && (name == "__cause__" || name == "__context__")) {
    Type cause =
        Type::instance_of(ctx.annotator.classdef(ctx.annotator.program().builtin("BaseException")));
    cause.can_be_none = true;
    return cause;
  }
  if (cls->is_exception && name == "__suppress_context__") return Type::of(TypeKind::kBool);
  Slot* slot = ctx.annotator.instance_attribute(cls, name);
  if (slot == nullptr) return Type::impossible();
  widen_with_class_defaults(ctx, cls, *slot, name);
  ctx.annotator.read(*slot);
  return slot->type;
}

Type class_getattr(OpContext& ctx, const flow::Entity* entity, const std::string& name) {
  if (name == "__name__" || name == "__qualname__") {  // of a function or class
    std::string qualname = flow::python_qualname(entity);
    std::string short_name = qualname.substr(qualname.rfind('.') + 1);
    if (entity->kind == flow::EntityKind::kFunction)
      short_name = static_cast<const flow::FunctionEntity*>(entity)->name;
    return Type::of_constant(flow::ConstValue::of_str(name == "__name__" ? short_name : qualname));
  }
  // A class method of a built-in type (bytes.fromhex) is a built-in of its own.
  if (const flow::Entity* method =
          entity->kind == flow::EntityKind::kBuiltin
              ? ctx.annotator.program().builtin(entity->qualname + "." + name)
              : nullptr)
    return Type::of_constant(flow::ConstValue::of_entity(method));
  if (ctypes::as_ctype(entity) != nullptr && is_ctypes_class_method(name))
    return Type::builtin_method(Type::pbc_of(entity), name);
  if (entity->kind != flow::EntityKind::kClass) {
    return op_error(ctx, "attribute '" + name + "' of " + entity->qualname + " is not supported");
  }
  ClassDef* cls = ctx.annotator.classdef(entity);
  const flow::ConstValue* member = cls->class_attribute(name);
  if (is_function(member) &&
      static_cast<const flow::FunctionEntity*>(member->entity)->method_kind ==
          flow::FunctionEntity::MethodKind::kClass) {
    Type method = Type::bound_method(cls, name);  // bound to the class itself
    method.is_super = true;                       // not dispatched on an instance's class
    return method;
  }
  if (member != nullptr) return Type::of_constant(*member);
  std::string shared = static_cast<const flow::ClassEntity*>(entity)->computed_global(name);
  if (!shared.empty()) return ctx.annotator.access_global(shared, ctx.op);
  return op_error(ctx, "class " + cls->name() + " has no attribute '" + name + "'");
}

}  // namespace

Type class_of_instance(OpContext& ctx, const Type& instance) {
  Type out = Type::pbc_of(instance.cls->entity);
  for (const flow::ClassEntity* c : ctx.annotator.program().classes()) {
    if (flow::is_subclass(c, instance.cls->entity)) out.pbcs.insert(c);
  }
  if (instance.cls->is_exception) {  // the built-in exception classes below it
    for (const auto& [name, b] : ctx.annotator.program().builtins()) {
      if (b->base != nullptr && flow::is_subclass(b, instance.cls->entity)) {
        ctx.annotator.classdef(b);
        out.pbcs.insert(b);
      }
    }
  }
  return out;
}

Type annotate_attribute(OpContext& ctx) {
  Type obj = ctx.args[0];
  const std::string& name = ctx.op.args[1]->constant->text;
  bool checked_at_run_time = obj.kind == TypeKind::kInstance || obj.kind == TypeKind::kReMatch ||
                             obj.kind == TypeKind::kRePattern;
  if (obj.can_be_none && !checked_at_run_time) {
    return op_error(ctx, "attribute '" + name + "' of a value that may be None (" + describe(obj) +
                             "); test it with 'is not None' first");
  }
  // An instance (or a match) that may be None: when it is, the generated
  // code raises CPython's AttributeError ('NoneType' object has no attribute ...).
  obj.can_be_none = false;
  if (ctx.op.kind == flow::OpKind::kSetAttr) {
    if (const flow::Entity* cls = obj.single_pbc(); cls && cls->kind == flow::EntityKind::kClass) {
      std::string shared = static_cast<const flow::ClassEntity*>(cls)->computed_global(name);
      if (!shared.empty()) return ctx.annotator.access_global(shared, ctx.op, &ctx.args[2]);
    }
    if (obj.kind != TypeKind::kInstance || obj.is_super) {
      return op_error(ctx, "cannot set attribute '" + name + "' of " + describe(obj));
    }
    if ((name == "__cause__" || name == "__context__") && obj.cls->is_exception) {
      const Type& cause = ctx.args[2];
      if (cause.kind == TypeKind::kNone ||
          (cause.kind == TypeKind::kInstance && cause.cls->is_exception)) {
        return Type::none();
      }
      return op_error(ctx,
                      "exception causes must derive from BaseException, not " + describe(cause));
    }
    if (const flow::ConstValue* member = obj.cls->class_attribute(name); is_function(member)) {
      const auto* fn = static_cast<const flow::FunctionEntity*>(member->entity);
      if (fn->setter != nullptr) return call_property_setter(ctx, fn->setter);
      return op_error(ctx, "attribute '" + name + "' of " + obj.cls->name() +
                               (fn->method_kind == flow::FunctionEntity::MethodKind::kProperty
                                    ? " is a property without a setter"
                                    : " is a method and cannot be assigned"));
    }
    Slot* slot = ctx.annotator.instance_attribute(obj.cls, name);
    if (slot == nullptr) return Type::impossible();
    ctx.annotator.note_instance_assignment(name);
    return ctx.annotator.widen(*slot, ctx.args[2], ctx.annotator.origin_at(ctx.op, "assigned"),
                               ctx.op, "attribute '" + name + "' of " + obj.cls->name())
               ? Type::none()
               : Type::impossible();
  }
  switch (obj.kind) {
    case TypeKind::kInstance:
      return instance_getattr(ctx, obj, name);
    case TypeKind::kPbc: {
      if (const flow::Entity* e = obj.single_pbc()) return class_getattr(ctx, e, name);
      // A class chosen at run time: the attribute of each, united.
      Type out;
      for (const flow::Entity* e : obj.pbcs) {
        Type member = class_getattr(ctx, e, name);
        if (member.is_impossible()) return member;
        if (member.kind == TypeKind::kPbc)
          return op_error(ctx, "methods of a class chosen at run time are not supported yet");
        UnionResult r = unite(out, without_constant(member));
        if (r.error) {
          return op_error(ctx, "attribute '" + name + "' differs between the classes " +
                                   describe(obj) + " may be: " + *r.error);
        }
        out = r.type;
      }
      return out;
    }
    case TypeKind::kClosure:  // f.__name__ of a nested function
      return class_getattr(ctx, *obj.pbcs.begin(), name);
    case TypeKind::kCArrayType:
      if (is_ctypes_class_method(name)) return Type::builtin_method(obj, name);
      return op_error(
          ctx, "attribute '" + name + "' of " + describe(obj) + " is not supported by Krait");
    default:
      if (std::optional<Type> data = re_attribute(obj, name)) return *data;
      if (has_builtin_method(obj, name)) return Type::builtin_method(obj, name);
      return op_error(ctx, "'" + describe(obj) + "' object has no attribute '" + name +
                               "' that Krait provides");
  }
}

}  // namespace krait::annotator
