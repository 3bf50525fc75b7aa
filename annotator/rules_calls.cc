// Typing rules for calls: Python functions (specialised per signature),
// classes (instantiation and __init__), bound methods (dispatched through
// the class hierarchy), built-in functions and the methods of built-in types.
#include "annotator/call_binding.h"
#include "annotator/instance_hooks.h"
#include "annotator/rules.h"
#include "annotator/rules_builtins.h"
#include "annotator/rules_ctypes.h"
#include "annotator/special_methods.h"
#include "annotator/union.h"

namespace krait::annotator {
namespace {

bool unite_into(OpContext& ctx, Type& acc, const Type& t, const std::string& what) {
  UnionResult r = unite(acc, t);
  if (r.error) {
    op_error(ctx, what + ": " + *r.error);
    return false;
  }
  acc = r.type;
  return true;
}

// A function called with the receiver (or new instance) of type `self` as
// its first argument when `self` is set.
Type call_python(OpContext& ctx, const CallSite& site, const flow::FunctionEntity* fn,
                 const Type* self, const std::vector<Type>& cells = {}) {
  std::vector<CallArg> positional = site.positional;
  if (self != nullptr) positional.insert(positional.begin(), CallArg{kReceiver});
  CallBinding binding = bind_call(*fn, positional, site.keywords);
  if (binding.error) return op_error(ctx, *binding.error);
  std::vector<Type> params = cells;  // a closure's cells come first
  for (const ParamBinding& p : binding.params) {
    switch (p.kind) {
      case ParamBinding::Kind::kArg:
        params.push_back(p.arg.operand == kReceiver ? *self : site.type_of(ctx, p.arg));
        break;
      case ParamBinding::Kind::kDefault:
        if (!p.default_global.empty()) {  // computed when the def ran
          Type shared = ctx.annotator.access_global(p.default_global, ctx.op);
          if (shared.is_impossible()) return shared;
          params.push_back(shared);
          break;
        }
        params.push_back(Type::of_constant(p.default_value));
        break;
      case ParamBinding::Kind::kVarargs: {
        if (p.varargs.size() == 1 && p.varargs[0].tuple_item == kStarredList) {
          params.push_back(ctx.args[p.varargs[0].operand]);  // *args is a list here
          break;
        }
        std::vector<Type> items;
        for (const CallArg& a : p.varargs) items.push_back(without_constant(site.type_of(ctx, a)));
        params.push_back(Type::tuple_of(std::move(items)));
        break;
      }
      case ParamBinding::Kind::kKwargs: {
        DictDef* def = ctx.annotator.kwargs_of(ctx.op);
        for (const auto& [name, arg] : p.kwargs) {
          if (!ctx.annotator.widen(def->value, site.type_of(ctx, arg),
                                   ctx.annotator.origin_at(ctx.op, "passed as " + name + "="),
                                   ctx.op, "**kwargs value")) {
            return Type::impossible();
          }
        }
        params.push_back(Type::dict_of(def));
        break;
      }
    }
  }
  return ctx.annotator.call_function(fn, std::move(params), ctx.op);
}

const flow::FunctionEntity* as_function(const flow::ConstValue* v) {
  if (v == nullptr || !v->is_entity() || v->entity->kind != flow::EntityKind::kFunction)
    return nullptr;
  return static_cast<const flow::FunctionEntity*>(v->entity);
}

// Dicts and sets reach an instance's __hash__ and __eq__ through the
// runtime: annotate them for every class with a __hash__ that is
// instantiated.
bool annotate_hash_hooks(OpContext& ctx, ClassDef* cls) {
  const flow::FunctionEntity* hash = as_function(cls->class_attribute("__hash__"));
  if (hash == nullptr) return true;
  Type self = Type::instance_of(cls);
  Type r = call_python(ctx, CallSite{}, hash, &self);
  if (ctx.annotator.failed()) return false;
  if (!r.is_impossible() && r.kind != TypeKind::kInt && r.kind != TypeKind::kBool) {
    op_error(ctx, "__hash__ of " + cls->name() + " should return an int, not " + describe(r));
    return false;
  }
  return annotate_instance_hook(ctx, self, "__eq__");
}

// str(), repr(), print() and the reprs of containers reach an instance's
// __str__ and __repr__ through the runtime, not through a call in a graph:
// annotate them for every class that is instantiated.
bool annotate_str_hooks(OpContext& ctx, ClassDef* cls) {
  Type self = Type::instance_of(cls);
  for (const char* name : {"__str__", "__repr__"}) {
    const flow::FunctionEntity* fn = as_function(cls->class_attribute(name));
    if (fn == nullptr) continue;
    Type r = call_python(ctx, CallSite{}, fn, &self);
    if (ctx.annotator.failed()) return false;
    if (!r.is_impossible() && (r.kind != TypeKind::kStr || r.can_be_none)) {
      op_error(ctx, std::string(name) + " of " + cls->name() + " returned non-string (type " +
                        describe(r) + ")");
      return false;
    }
  }
  return true;
}

Type instantiate(OpContext& ctx, const CallSite& site, const flow::Entity* entity) {
  ClassDef* cls = ctx.annotator.classdef(entity);
  Type instance = Type::instance_of(cls);
  if (entity->kind == flow::EntityKind::kClass &&
      (!annotate_str_hooks(ctx, cls) || !annotate_hash_hooks(ctx, cls)))
    return Type::impossible();
  if (const flow::FunctionEntity* init = as_function(cls->class_attribute("__init__"))) {
    Type r = call_python(ctx, site, init, &instance);
    if (r.is_impossible()) return r;
    if (r.kind != TypeKind::kNone)
      return op_error(ctx, "__init__() should return None, not " + describe(r));
    return instance;
  }
  if (cls->is_exception) {
    // BaseException.__init__: an optional message.
    if (!site.keywords.empty() || site.positional.size() > 1) {
      return op_error(
          ctx, "exception " + cls->name() + " takes at most one argument (a message) in Krait");
    }
    return instance;
  }
  if (!site.positional.empty() || !site.keywords.empty()) {
    return op_error(ctx, cls->name() + "() takes no arguments");
  }
  return instance;
}

// The implementations a call of `cls.name(...)` can reach: the one cls
// inherits, and every override in its subclasses (unless through super()).
std::vector<std::pair<const flow::FunctionEntity*, ClassDef*>> implementations(
    ClassDef* cls, const std::string& name, bool is_super) {
  std::vector<std::pair<const flow::FunctionEntity*, ClassDef*>> out;
  if (const flow::FunctionEntity* fn = as_function(cls->class_attribute(name)))
    out.emplace_back(fn, cls);
  if (is_super) return out;
  std::vector<ClassDef*> pending = cls->subclasses;
  while (!pending.empty()) {
    ClassDef* sub = pending.back();
    pending.pop_back();
    if (sub->entity->kind == flow::EntityKind::kClass) {
      const auto* e = static_cast<const flow::ClassEntity*>(sub->entity);
      if (const flow::FunctionEntity* fn = as_function(e->own_attribute(name)))
        out.emplace_back(fn, sub);
    }
    pending.insert(pending.end(), sub->subclasses.begin(), sub->subclasses.end());
  }
  return out;
}

Type call_method(OpContext& ctx, const CallSite& site, const Type& method) {
  Type result;
  for (const std::string& name : method_names(method)) {
    for (const auto& [fn, owner] : implementations(method.cls, name, method.is_super)) {
      // A classmethod's first parameter is the class (the one it is looked
      // up on: Krait does not pass a subclass of an instance's static type).
      Type self = fn->method_kind == flow::FunctionEntity::MethodKind::kClass
                      ? Type::pbc_of(owner->entity)
                      : Type::instance_of(owner);
      Type r = call_python(ctx, site, fn, &self);
      if (ctx.annotator.failed()) return Type::impossible();
      std::string what = method.method_choices.empty()
                             ? "the overrides of " + name + " return different types"
                             : "the methods " + describe(method) + " return different types";
      if (!unite_into(ctx, result, r, what)) return Type::impossible();
    }
  }
  return result;
}

Type call_pbc(OpContext& ctx, const CallSite& site, const Type& callee) {
  Type result;
  for (const flow::Entity* e : callee.pbcs) {
    Type r;
    switch (e->kind) {
      case flow::EntityKind::kFunction:
        r = call_python(ctx, site, static_cast<const flow::FunctionEntity*>(e), nullptr);
        break;
      case flow::EntityKind::kClass:
        r = instantiate(ctx, site, e);
        break;
      case flow::EntityKind::kBuiltin:
        if (flow::is_subclass(e, ctx.annotator.program().builtin("BaseException"))) {
          r = instantiate(ctx, site, e);
        } else {
          r = call_builtin(ctx, site, static_cast<const flow::BuiltinEntity*>(e));
        }
        break;
      case flow::EntityKind::kModule:
        return op_error(ctx, "module '" + e->qualname + "' is not callable");
      case flow::EntityKind::kCtypes:
        r = call_ctypes_entity(ctx, site, e);
        break;
    }
    if (ctx.annotator.failed()) return Type::impossible();
    // A member that never returns, or whose result is not known yet (it
    // re-flows this block when it is), adds nothing; the others still run.
    if (r.is_impossible()) continue;
    if (!unite_into(ctx, result, r, "the functions a variable may hold return different types")) {
      return Type::impossible();
    }
  }
  return result;
}

}  // namespace

Type call_property_setter(OpContext& ctx, const flow::FunctionEntity* setter) {
  CallSite site;
  site.positional.push_back(CallArg{2});  // setattr(obj, name, value)
  Type self = ctx.args[0];
  self.can_be_none = false;
  Type r = call_python(ctx, site, setter, &self);
  return r.is_impossible() ? r : Type::none();
}

Type call_special(OpContext& ctx, const SpecialCall& call) {
  CallSite site;
  for (int operand : call.args) site.positional.push_back(CallArg{operand});
  const Type& receiver = ctx.args[call.receiver];
  Type r = call_method(ctx, site, Type::bound_method(receiver.cls, call.method));
  if (r.is_impossible() || call.then == SpecialCall::Then::kResult) {
    if (call.method == "__bool__" && !r.is_impossible() && r.kind != TypeKind::kBool)
      return op_error(ctx, "__bool__ should return bool, returned " + describe(r));
    return r;
  }
  if (call.then == SpecialCall::Then::kNonZero && r.kind != TypeKind::kInt)
    return op_error(ctx, "__len__ should return int, returned " + describe(r));
  return Type::of(TypeKind::kBool);
}

Type CallSite::type_of(OpContext& ctx, const CallArg& arg) const {
  const Type& t = ctx.args[arg.operand];
  if (arg.tuple_item < 0) return t;  // (a *list: the list)
  return t.items[arg.tuple_item];
}

std::optional<CallSite> decode_call(OpContext& ctx) {
  CallSite site;
  const flow::Operation& op = ctx.op;
  if (op.kind == flow::OpKind::kSimpleCall) {
    for (size_t i = 1; i < op.args.size(); ++i)
      site.positional.push_back(CallArg{static_cast<int>(i)});
    return site;
  }
  // call_args(f, shape, args...): shape = (npositional, keywords, star)
  const flow::ConstValue& shape = *op.args[1]->constant;
  int64_t npositional = shape.items[0].int_value;
  const auto& names = shape.items[1].items;
  bool star = shape.items[2].bool_value;
  for (int64_t i = 0; i < npositional; ++i) {
    int operand = static_cast<int>(2 + i);
    if (star && i + 1 == npositional) {
      const Type& t = ctx.args[operand];
      if (t.kind == TypeKind::kList && !t.can_be_none) {
        site.positional.push_back(CallArg{operand, kStarredList});
        continue;
      }
      if (t.kind != TypeKind::kTuple || t.can_be_none) {
        op_error(ctx, "a '*' argument must be a tuple or a list, not " + describe(t));
        return std::nullopt;
      }
      if (t.variadic) {
        op_error(ctx, "a '*' argument that is a tuple of a length known only at run time (" +
                          describe(t) + ") is not supported by Krait");
        return std::nullopt;
      }
      for (size_t k = 0; k < t.items.size(); ++k) {
        site.positional.push_back(CallArg{operand, static_cast<int>(k)});
      }
    } else {
      site.positional.push_back(CallArg{operand});
    }
  }
  for (size_t k = 0; k < names.size(); ++k) {
    site.keywords.emplace_back(names[k].text, CallArg{static_cast<int>(2 + npositional + k)});
  }
  return site;
}

Type annotate_call(OpContext& ctx) {
  std::optional<CallSite> site = decode_call(ctx);
  if (!site) return Type::impossible();
  const Type& callee = ctx.args[0];
  // A function or class that may be None: TypeError at run time when it
  // is None, as CPython ('NoneType' object is not callable).
  if (callee.can_be_none && callee.kind != TypeKind::kPbc) {
    return op_error(ctx, "calling a value that may be None (" + describe(callee) + ")");
  }
  switch (callee.kind) {
    case TypeKind::kPbc:
      return call_pbc(ctx, *site, callee);
    case TypeKind::kClosure:
      return call_python(ctx, *site, static_cast<const flow::FunctionEntity*>(*callee.pbcs.begin()),
                         nullptr, callee.items);
    case TypeKind::kBoundMethod:
      if (callee.cls == nullptr)
        return call_builtin_method(ctx, *site, callee.items[0], callee.method);
      return call_method(ctx, *site, callee);
    case TypeKind::kCArrayType:
      return call_c_array_type(ctx, *site, callee);
    case TypeKind::kInstance:
      if (callee.cls->class_attribute("__call__") != nullptr)
        return call_method(ctx, *site, Type::bound_method(callee.cls, "__call__"));
      return op_error(ctx, "'" + describe(callee) + "' object is not callable");
    default:
      return op_error(ctx, "'" + describe(callee) + "' object is not callable");
  }
}

}  // namespace krait::annotator
