// Calls as C++: direct calls of the callee's specialization with the
// arguments bound as the annotator bound them (call_binding.h), object
// creation plus __init__, method calls (dispatched on the receiver's class
// when subclasses override the method), built-in functions and the methods
// of built-in types.
#include <algorithm>

#include "annotator/builtin_args.h"
#include "annotator/call_binding.h"
#include "annotator/rules_builtins.h"
#include "annotator/simple_functions.h"
#include "annotator/union.h"
#include "backend/emitter.h"
#include "backend/int_spelling.h"

namespace krait::backend {

using annotator::Type;
using annotator::TypeKind;

struct SiteArgs {
  std::vector<annotator::CallArg> positional;
  std::vector<std::pair<std::string, annotator::CallArg>> keywords;
};

namespace {

// The same decoding as the annotator's (rules_calls.cc), from the operation.
SiteArgs decode(const flow::Operation& op, FunctionEmitter& fe) {
  SiteArgs site;
  if (op.kind == flow::OpKind::kSimpleCall) {
    for (size_t i = 1; i < op.args.size(); ++i) site.positional.push_back({static_cast<int>(i)});
    return site;
  }
  const flow::ConstValue& shape = *op.args[1]->constant;
  int64_t npositional = shape.items[0].int_value;
  bool star = shape.items[2].bool_value;
  for (int64_t i = 0; i < npositional; ++i) {
    int operand = static_cast<int>(2 + i);
    if (star && i + 1 == npositional) {
      Type t = fe.type_of(op.args[operand]);
      if (t.kind == TypeKind::kList) {
        site.positional.push_back({operand, annotator::kStarredList});
        continue;
      }
      for (size_t k = 0; k < t.items.size(); ++k)
        site.positional.push_back({operand, static_cast<int>(k)});
    } else {
      site.positional.push_back({operand});
    }
  }
  const auto& names = shape.items[1].items;
  for (size_t k = 0; k < names.size(); ++k) {
    site.keywords.emplace_back(names[k].text,
                               annotator::CallArg{static_cast<int>(2 + npositional + k)});
  }
  return site;
}

}  // namespace

// One argument's C++ expression and type.
static std::pair<std::string, Type> argument(FunctionEmitter& fe, const flow::Operation& op,
                                             const annotator::CallArg& a) {
  std::string v = fe.value(op.args[a.operand]);
  Type t = fe.type_of(op.args[a.operand]);
  if (a.tuple_item < 0) return {v, t};
  return {"std::get<" + std::to_string(a.tuple_item) + ">(" + v + ")", t.items[a.tuple_item]};
}

// A new dict of type `dict` holding keyword arguments by name: **kwargs,
// dict(name=value, ...).
static std::string keyword_dict(FunctionEmitter& fe, const flow::Operation& op,
                                const std::vector<std::pair<std::string, annotator::CallArg>>& kw,
                                const Type& dict) {
  std::string type = fe.ctx_.type(dict, op.range);
  std::string out = type.substr(0, type.size() - 1) + "::make()";
  for (const auto& [name, a] : kw) {
    auto [v, t] = argument(fe, op, a);
    out = "rt::with_item(" + out + ", rt::Str(" + cpp_string_literal(name) + "), " +
          fe.convert(v, t, annotator::resolve(dict.dict)->value.type) + ")";
  }
  return out;
}

// The argument list of a call of `callee` (self: the receiver expression;
// closure: the closure whose cells come first).
static std::string bound_arguments(FunctionEmitter& fe, const flow::Operation& op,
                                   const SiteArgs& site, const annotator::Specialization& callee,
                                   const std::string* self, const Type* self_type,
                                   const std::string* closure = nullptr) {
  std::vector<annotator::CallArg> positional = site.positional;
  if (self != nullptr)
    positional.insert(positional.begin(), annotator::CallArg{annotator::kReceiver});
  annotator::CallBinding binding =
      annotator::bind_call(*callee.function, positional, site.keywords);
  std::string out;
  size_t cells = callee.function->freevars.size();
  for (size_t k = 0; closure != nullptr && k < cells; ++k)
    out += (k ? ", " : "") + (*closure + ".c" + std::to_string(k));
  const flow::Block* start = callee.graph->start();
  for (size_t i = 0; i < binding.params.size(); ++i) {
    const annotator::ParamBinding& p = binding.params[i];
    Type param = fe.ctx_.annotator.type_of(callee, start->inputs[cells + i]);
    std::string expr;
    switch (p.kind) {
      case annotator::ParamBinding::Kind::kArg:
        if (p.arg.operand == annotator::kReceiver) {
          // A classmethod's class: its number where the parameter may be
          // one of several classes (an inherited classmethod), else no value.
          bool classmethod =
              callee.function->method_kind == flow::FunctionEntity::MethodKind::kClass;
          if (classmethod && is_numbered_pbc(param) && self_type->kind == TypeKind::kInstance) {
            // (The receiver is null when the method was looked up on the class.)
            expr = "(" + *self + " == nullptr ? INT32_C(" +
                   std::to_string(fe.ctx_.entity_id(self_type->cls->entity)) +
                   ") : " + fe.class_number(*self, param) + ")";
          } else {
            expr = has_runtime_value(param) ? fe.convert(*self, *self_type, param)
                                            : "((void)" + *self + ", rt::None)";
          }
        } else {
          auto [v, t] = argument(fe, op, p.arg);
          expr = fe.convert(v, t, param);
        }
        break;
      case annotator::ParamBinding::Kind::kDefault:
        if (!p.default_global.empty()) {
          expr = fe.convert(CppNames::global(p.default_global),
                            fe.ctx_.annotator.globals().at(p.default_global).type, param);
          break;
        }
        expr = fe.constant(p.default_value, param);
        break;
      case annotator::ParamBinding::Kind::kVarargs: {
        if (p.varargs.size() == 1 && p.varargs[0].tuple_item == annotator::kStarredList) {
          expr = fe.value(op.args[p.varargs[0].operand]) + "->copy()";  // as CPython's tuple
          break;
        }
        expr = fe.ctx_.type(param, op.range) + "{";
        for (size_t k = 0; k < p.varargs.size(); ++k) {
          auto [v, t] = argument(fe, op, p.varargs[k]);
          expr += (k ? ", " : "") + fe.convert(v, t, param.items[k]);
        }
        expr += "}";
        break;
      }
      case annotator::ParamBinding::Kind::kKwargs:  // a new dict each call
        expr = keyword_dict(fe, op, p.kwargs, param);
        break;
    }
    out += (i + cells ? ", " : "") + expr;
  }
  return out;
}

const annotator::Specialization* single_callee(FunctionEmitter& fe, const flow::Operation& op,
                                               const flow::FunctionEntity* fn) {
  auto it = fe.spec_.callees.find(&op);
  if (it == fe.spec_.callees.end()) return nullptr;
  for (const annotator::Specialization* s : it->second) {
    if (s->function == fn) return s;
  }
  return nullptr;
}

// The positional arguments of a call (into ctypes, or of a module Krait
// provides).
static CArgs c_args(FunctionEmitter& fe, const flow::Operation& op, const SiteArgs& site) {
  CArgs out;
  for (const annotator::CallArg& a : site.positional) out.push_back(argument(fe, op, a));
  return out;
}

// The keyword arguments of a call, by name.
static CKwArgs kw_args(FunctionEmitter& fe, const flow::Operation& op, const SiteArgs& site) {
  CKwArgs out;
  for (const auto& [k, a] : site.keywords) out.emplace_back(k, argument(fe, op, a));
  return out;
}

const std::pair<std::string, Type>* find_argument(const CArgs& pos, const CKwArgs& kw, size_t index,
                                                  const std::string& name) {
  const std::pair<std::string, Type>* found = index < pos.size() ? &pos[index] : nullptr;
  for (const auto& [k, a] : kw) {
    if (k == name) found = &a;
  }
  if (found != nullptr && found->second.kind == TypeKind::kNone) return nullptr;
  return found;
}

static std::string call_builtin_function(FunctionEmitter& fe, const flow::Operation& op,
                                         const SiteArgs& site, const std::string& name);
static std::string key_function(FunctionEmitter& fe, const flow::Operation& op,
                                const SiteArgs& site, const Type& item);
static std::string call_builtin_method(FunctionEmitter& fe, const flow::Operation& op,
                                       const SiteArgs& site, const Type& receiver,
                                       const std::string& name);

std::string FunctionEmitter::call(const flow::Operation& op) {
  SiteArgs site = decode(op, *this);
  Type callee = type_of(op.args[0]);
  Type result = type_of(op.result);
  if (callee.kind == TypeKind::kBoundMethod && callee.cls == nullptr) {
    return call_builtin_method(*this, op, site, callee.items[0], callee.method);
  }
  if (callee.kind == TypeKind::kCArrayType) {  // (c_ubyte * n)(...)
    return emit_c_construct(*this, op, *callee.ctype, c_args(*this, op, site), {},
                            value(op.args[0]));
  }
  if (callee.kind == TypeKind::kBoundMethod && !callee.method_choices.empty())
    return method_choice_call(op, site, callee);
  if (callee.kind == TypeKind::kBoundMethod || callee.kind == TypeKind::kInstance)  // __call__
    return method_call(op, site, value(op.args[0]), callee.cls);
  if (callee.kind == TypeKind::kClosure) {
    const annotator::Specialization* s =
        single_callee(*this, op, static_cast<const flow::FunctionEntity*>(*callee.pbcs.begin()));
    if (s == nullptr) return "";
    std::string closure = value(op.args[0]);
    return convert(ctx_.names.function(s) + "(" +
                       bound_arguments(*this, op, site, *s, nullptr, nullptr, &closure) + ")",
                   s->result_type(), result);
  }
  if (is_numbered_pbc(callee)) return call_one_of(op, site, callee);
  const flow::Entity* entity = callee.single_pbc();
  if (entity == nullptr) {
    unsupported(op, "calling " + annotator::describe(callee) + " is");
    return "";
  }
  return call_entity(op, site, entity);
}

std::string FunctionEmitter::method_call(const flow::Operation& op, const SiteArgs& site,
                                         const std::string& receiver,
                                         const annotator::ClassDef* cls,
                                         annotator::SpecialCall::Then then,
                                         const std::string* only) {
  auto it = spec_.callees.find(&op);
  if (it == spec_.callees.end()) return "";
  // Implementations, most derived first, so the first match is the override.
  std::vector<const annotator::Specialization*> targets;
  for (const annotator::Specialization* s : it->second) {
    if (only == nullptr || s->function->name == *only) targets.push_back(s);
  }
  auto depth = [](const annotator::Specialization* s) {
    int d = 0;
    for (const flow::ClassEntity* c = s->function->owner; c;
         c = c->base && c->base->kind == flow::EntityKind::kClass
                 ? static_cast<const flow::ClassEntity*>(c->base)
                 : nullptr)
      ++d;
    return d;
  };
  std::stable_sort(targets.begin(), targets.end(),
                   [&](auto* a, auto* b) { return depth(a) > depth(b); });
  Type receiver_type = Type::instance_of(const_cast<annotator::ClassDef*>(cls));
  Type result = type_of(op.result);
  auto call_of = [&](const annotator::Specialization* s) {
    std::string call = ctx_.names.function(s) + "(" +
                       bound_arguments(*this, op, site, *s, &receiver, &receiver_type) + ")";
    switch (then) {
      case annotator::SpecialCall::Then::kNot:
        return "!(" + call + ")";
      case annotator::SpecialCall::Then::kNonZero:
        return "(" + call + " != 0)";
      case annotator::SpecialCall::Then::kResult:
        break;
    }
    // An implementation that never returns (an abstract method raising
    // NotImplementedError) is still called: converting its result alone
    // would drop the call.
    if (s->result_type().is_impossible() && !result.is_impossible())
      return "((void)" + call + ", " + convert(call, s->result_type(), result) + ")";
    return convert(call, s->result_type(), result);
  };
  if (targets.size() == 1) return call_of(targets[0]);
  std::string var = CppNames::variable(op.result);
  bool has_value = has_runtime_value(result) && used_.count(op.result);
  for (size_t i = 0; i < targets.size(); ++i) {
    const annotator::Specialization* s = targets[i];
    const annotator::ClassDef* owner = ctx_.annotator.classdef(s->function->owner);
    std::string stmt = has_value ? var + " = " + call_of(s) + ";" : call_of(s) + ";";
    if (i + 1 == targets.size()) {
      line("{ " + stmt + " }");
    } else {
      line("if (" + ctx_.instance_test(receiver, owner) + ") { " + stmt + " } else");
    }
  }
  return "";
}

std::string FunctionEmitter::method_choice_call(const flow::Operation& op, const SiteArgs& site,
                                                const Type& callee) {
  std::string chosen = value(op.args[0]);
  std::string var = CppNames::variable(op.result);
  bool has_value = has_runtime_value(type_of(op.result)) && used_.count(op.result);
  const std::vector<std::string>& names = callee.method_choices;
  for (size_t i = 0; i < names.size(); ++i) {
    line(i + 1 < names.size() ? "if (" + chosen + ".which == " + std::to_string(i) + ") {" : "{");
    std::string call = method_call(op, site, chosen + ".self", callee.cls,
                                   annotator::SpecialCall::Then::kResult, &names[i]);
    if (!call.empty()) line(has_value ? var + " = " + call + ";" : "(void)(" + call + ");");
    line(i + 1 < names.size() ? "} else" : "}");
  }
  return "";
}

const flow::FunctionEntity* method_entity(const annotator::ClassDef* cls, const std::string& name) {
  const flow::ConstValue* member = cls->class_attribute(name);
  if (member == nullptr || !member->is_entity() ||
      member->entity->kind != flow::EntityKind::kFunction)
    return nullptr;
  return static_cast<const flow::FunctionEntity*>(member->entity);
}

std::string FunctionEmitter::property_setter(const flow::Operation& op,
                                             const flow::FunctionEntity* setter) {
  const annotator::Specialization* s = single_callee(*this, op, setter);
  if (s == nullptr) return "";
  SiteArgs site;
  site.positional.push_back({2});
  std::string receiver = checked_instance(op, setter->name);
  Type receiver_type = type_of(op.args[0]);
  return ctx_.names.function(s) + "(" +
         bound_arguments(*this, op, site, *s, &receiver, &receiver_type) + ")";
}

std::string FunctionEmitter::special(const flow::Operation& op,
                                     const annotator::SpecialCall& call) {
  SiteArgs site;
  for (int operand : call.args) site.positional.push_back({operand});
  const flow::Value* receiver = op.args[call.receiver];
  return method_call(op, site, value(receiver), type_of(receiver).cls, call.then);
}

// A call of a variable that holds one of several functions or classes (or
// None): a test of its number for each, as RPython's small function families.
std::string FunctionEmitter::call_one_of(const flow::Operation& op, const SiteArgs& site,
                                         const Type& callee) {
  std::vector<const flow::Entity*> members = pbc_members(callee);
  std::string which = value(op.args[0]);
  Type result = type_of(op.result);
  bool has_value = has_runtime_value(result) && used_.count(op.result);
  for (const flow::Entity* e : members) {
    line("if (" + which + " == " + std::to_string(ctx_.entity_id(e)) + ") {");
    std::string expr = call_entity(op, site, e);
    if (!expr.empty())
      line(has_value ? CppNames::variable(op.result) + " = " + expr + ";"
                     : "(void)(" + expr + ");");
    line("} else");
  }
  line(callee.can_be_none ? "{ rt::raise_type_error(\"'NoneType' object is not callable\"); }"
                          : "{ std::abort(); }  // not reached");
  return "";
}

// A call of one known function or class; may emit statements first (object
// creation), returning "" when it assigned the result itself.
std::string FunctionEmitter::call_entity(const flow::Operation& op, const SiteArgs& site,
                                         const flow::Entity* entity) {
  Type result = type_of(op.result);
  if (entity->kind == flow::EntityKind::kFunction) {
    const annotator::Specialization* s =
        single_callee(*this, op, static_cast<const flow::FunctionEntity*>(entity));
    if (s == nullptr) return "";
    std::string call =
        ctx_.names.function(s) + "(" + bound_arguments(*this, op, site, *s, nullptr, nullptr) + ")";
    // A function that never returns, called where others may (one of the
    // functions a variable holds): called for its effect (its exception).
    if (s->result_type().is_impossible() && !result.is_impossible())
      return "((void)" + call + ", " + convert(call, s->result_type(), result) + ")";
    return convert(call, s->result_type(), result);
  }
  bool is_exception_class =
      flow::is_subclass(entity, ctx_.annotator.program().builtin("BaseException"));
  if (entity->kind == flow::EntityKind::kClass ||
      (entity->kind == flow::EntityKind::kBuiltin && is_exception_class)) {
    annotator::ClassDef* cls = ctx_.annotator.classdef(entity);
    const flow::ConstValue* init = cls->class_attribute("__init__");
    if (init != nullptr && init->is_entity() && init->entity->kind == flow::EntityKind::kFunction) {
      // The new object, then __init__ on it (in a block: the result may be of a base class).
      std::string object = "krait_new";
      line("{");
      line("  auto* " + object + " = rt::gc_new<" + ctx_.names.cls(cls) + ">();");
      const annotator::Specialization* s =
          single_callee(*this, op, static_cast<const flow::FunctionEntity*>(init->entity));
      if (s == nullptr) return "";
      Type self_type = Type::instance_of(cls);
      line("  " + ctx_.names.function(s) + "(" +
           bound_arguments(*this, op, site, *s, &object, &self_type) + ");");
      if (used_.count(op.result)) line("  " + CppNames::variable(op.result) + " = " + object + ";");
      line("}");
      return "";
    }
    std::string args;
    if (!site.positional.empty()) {
      auto [v, t] = argument(*this, op, site.positional[0]);
      args = "rt::exc_args(" + v + ")";
    }
    return "rt::gc_new<" + ctx_.names.cls(cls) + ">(" + args + ")";
  }
  if (entity->kind == flow::EntityKind::kBuiltin)
    return call_builtin_function(*this, op, site, entity->qualname);
  if (entity->kind == flow::EntityKind::kCtypes) {
    CArgs pos = c_args(*this, op, site);
    CKwArgs kw = kw_args(*this, op, site);
    if (const ctypes::CFunction* fn = ctypes::as_cfunction(entity))
      return emit_c_call(*this, op, *fn, pos);
    if (const ctypes::CType* type = ctypes::as_ctype(entity))
      return emit_c_construct(*this, op, *type, pos, kw);
  }
  unsupported(op, "calling " + entity->qualname + " is");
  return "";
}

// The C++ lambda of a key= argument (sorted, list.sort, min, max) over items
// of type `item`, or "" without one.
static std::string key_function(FunctionEmitter& fe, const flow::Operation& op,
                                const SiteArgs& site, const Type& item) {
  for (const auto& [k, a] : site.keywords) {
    if (k != "key") continue;
    Type fn = fe.type_of(op.args[a.operand]);
    std::string param = fe.ctx_.type(item, op.range) + " const& x";
    if (annotator::is_cmp_key(fn)) {  // runtime/functools_module.h's CmpKey
      const annotator::Specialization* s =
          single_callee(fe, op, static_cast<const flow::FunctionEntity*>(fn.items[0].single_pbc()));
      if (s == nullptr) return "";
      std::string cmp = function_pointer(fe, op, fn.items[0], {item, item}, s->result_type());
      return "[](" + param + ") { return rt::CmpKey{x, " + cmp + "}; }";
    }
    bool closure = fn.kind == TypeKind::kClosure;
    const flow::Entity* e = closure ? *fn.pbcs.begin() : fn.single_pbc();
    if (e->kind == flow::EntityKind::kBuiltin) {
      const char* fn = e->qualname == "len"   ? "rt::len"
                       : e->qualname == "str" ? "rt::str"
                                              : "rt::abs";
      return "[](" + param + ") { return " + fn + "(x); }";
    }
    const annotator::Specialization* s =
        single_callee(fe, op, static_cast<const flow::FunctionEntity*>(e));
    if (s == nullptr) return "";
    std::string cells;  // a closure's cells come first
    for (size_t k = 0; closure && k < fn.items.size(); ++k)
      cells += fe.value(op.args[a.operand]) + ".c" + std::to_string(k) + ", ";
    Type arg =
        fe.ctx_.annotator.type_of(*s, s->graph->start()->inputs[closure ? fn.items.size() : 0]);
    return "[&](" + param + ") { return " + fe.ctx_.names.function(s) + "(" + cells +
           fe.convert("x", item, arg) + "); }";
  }
  return "";
}

static std::string positional_list(FunctionEmitter& fe, const flow::Operation& op,
                                   const SiteArgs& site, size_t from = 0) {
  std::string out;
  for (size_t i = from; i < site.positional.size(); ++i) {
    out += (i > from ? ", " : "") + argument(fe, op, site.positional[i]).first;
  }
  return out;
}

// A method of a set: add, remove, discard, pop and clear are members of
// rt::Set, the others rt::set_<name> functions (runtime/set.h); the
// methods taking *others call the variadic forms.
static std::string set_method_call(FunctionEmitter& fe, const flow::Operation& op,
                                   const SiteArgs& site, const Type& receiver,
                                   const std::string& name) {
  std::string self = fe.value(op.args[0]);
  if (name == "add" || name == "remove" || name == "discard") {
    auto [v, t] = argument(fe, op, site.positional[0]);
    return self + "->" + name + "(" +
           fe.convert(v, t, annotator::resolve(receiver.set)->item.type) + ")";
  }
  if (name == "pop" || name == "clear") return self + "->" + name + "()";
  std::string fn = name == "update"                                 ? "set_update_all"
                   : name == "intersection" || name == "difference" ? "set_" + name + "_all"
                                                                    : "set_" + name;
  std::string all = positional_list(fe, op, site);
  return "rt::" + fn + "(" + self + (all.empty() ? "" : ", " + all) + ")";
}

// A method of bytes or bytearray (runtime/bytes_methods.h): the mutators are
// members of rt::ByteArray, the others rt::bytes_<name> functions; also
// str.encode (any encoding argument is UTF-8: the annotator checked) and
// int.to_bytes.
static std::string bytes_method_call(FunctionEmitter& fe, const flow::Operation& op,
                                     const SiteArgs& site, const Type& receiver,
                                     const std::string& name) {
  std::string self = fe.value(op.args[0]);
  if (receiver.kind == TypeKind::kStr) return "rt::str_encode(" + self + ")";
  if (receiver.kind == TypeKind::kInt) {  // to_bytes(length=1, byteorder="big")
    std::string length = "INT64_C(1)", order = "rt::Str(\"big\")";
    if (!site.positional.empty()) length = argument(fe, op, site.positional[0]).first;
    if (site.positional.size() == 2) order = argument(fe, op, site.positional[1]).first;
    for (const auto& [k, a] : site.keywords)
      (k == "length" ? length : order) = argument(fe, op, a).first;
    return "rt::int_to_bytes(" + self + ", " + length + ", " + order + ")";
  }
  std::string all = positional_list(fe, op, site);
  if (name == "decode") return "rt::bytes_decode(" + self + ")";
  if (name == "extend") {
    auto [v, t] = argument(fe, op, site.positional[0]);
    bool seq = t.kind == TypeKind::kBytes || t.kind == TypeKind::kByteArray;
    return self + "->extend(" + (seq ? v : "rt::bytes_from<rt::ByteArray>(" + v + ")") +
           "->view())";
  }
  if (name == "append" || name == "pop" || name == "insert" || name == "clear" || name == "reverse")
    return self + "->" + name + "(" + all + ")";
  return "rt::bytes_" + name + "(" + self + (all.empty() ? "" : ", " + all) + ")";
}

// A call of the math module's function `fn`.
static std::string math_call(FunctionEmitter& fe, const flow::Operation& op, const SiteArgs& site,
                             const std::string& fn) {
  IntMode int_mode = fe.ctx_.options.int_mode;
  Type result = fe.type_of(op.result);
  Type flt = Type::of(TypeKind::kFloat);
  auto arg = [&](size_t i) { return argument(fe, op, site.positional[i]); };
  bool int_params = fn == "gcd" || fn == "lcm" || fn == "factorial" || fn == "isqrt" ||
                    fn == "comb" || fn == "perm";
  std::string args;
  for (size_t i = 0; i < site.positional.size(); ++i) {
    auto [v, t] = arg(i);
    bool int_param = int_params || (fn == "ldexp" && i == 1);
    if (int_param && t.kind == TypeKind::kBool) v = "int64_t(" + v + ")";
    args += (i ? ", " : "") + (int_param ? v : fe.convert(v, t, flt));
  }
  if (fn == "gcd" || fn == "lcm") {
    if (site.positional.empty()) return fn == "gcd" ? "INT64_C(0)" : "INT64_C(1)";
    std::string type = int_mode == IntMode::kBig ? "rt::Int" : "int64_t";
    return "rt::math::" + fn + "_of<" + type + ">(" + args + ")";
  }
  if (fn == "perm" && site.positional.size() == 1) args += ", " + arg(0).first;
  if (fn == "factorial" || fn == "isqrt" || fn == "comb" || fn == "perm")
    return int_builtin(int_mode, "math::" + fn) + "(" + args + ")";
  if (fn == "fsum") return "rt::math::fsum(" + arg(0).first + ")";
  if (fn == "hypot" && site.positional.size() != 2) return "rt::math::hypot_of(" + args + ")";
  if (fn == "dist") {
    auto point = [&](size_t i) {  // a tuple of ints and floats: all floats
      auto [v, t] = arg(i);
      return t.is_fixed_tuple() ? fe.convert(v, t, Type::var_tuple_of(flt)) : v;
    };
    return "rt::math::dist(" + point(0) + ", " + point(1) + ")";
  }
  if (fn == "prod") {
    std::string start = fe.ctx_.type(result, op.range) + "(1)";
    for (const auto& [k, a] : site.keywords) {
      auto [v, t] = argument(fe, op, a);
      start = fe.convert(v, t, result);
    }
    return "rt::math::prod<" + fe.ctx_.type(result, op.range) + ">(" + arg(0).first + ", " + start +
           ")";
  }
  if (fn == "isclose") {
    std::string rel = "1e-09", abs = "0.0";
    for (const auto& [k, a] : site.keywords) {
      auto [v, t] = argument(fe, op, a);
      (k == "rel_tol" ? rel : abs) = fe.convert(v, t, flt);
    }
    return "rt::math::isclose(" + args + ", " + rel + ", " + abs + ")";
  }
  return "rt::math::" + fn + "(" + args + ")";
}

static std::string call_builtin_function(FunctionEmitter& fe, const flow::Operation& op,
                                         const SiteArgs& site, const std::string& name) {
  auto arg = [&](size_t i) { return argument(fe, op, site.positional[i]); };
  if (site.keywords.empty()) {  // len(obj) -> obj.__len__(), ...
    std::vector<Type> types;
    for (size_t i = 0; i < site.positional.size(); ++i) types.push_back(arg(i).second);
    if (std::optional<annotator::SpecialCall> call = annotator::special_builtin_call(name, types)) {
      call->receiver = site.positional[call->receiver].operand;
      return fe.special(op, *call);
    }
  }
  std::string all = positional_list(fe, op, site);
  Type result = fe.type_of(op.result);
  IntMode int_mode = fe.ctx_.options.int_mode;
  if (name == "print") {
    if (site.keywords.empty()) return "rt::print(" + all + ")";
    // Every field of PrintOpts, in order (None for sep and end is the default).
    std::string sep = "rt::Str()", end = "rt::Str()", file = "nullptr", flush = "false";
    for (const auto& [k, a] : site.keywords) {
      auto [v, t] = argument(fe, op, a);
      if (k == "sep" && t.kind == TypeKind::kStr) sep = v;
      if (k == "end" && t.kind == TypeKind::kStr) end = v;
      if (k == "flush") flush = "rt::truthy(" + v + ")";
      if (k == "file" && t.kind == TypeKind::kFile) file = v;
    }
    std::string opts = "rt::PrintOpts{.sep = " + sep + ", .end = " + end + ", .file = " + file +
                       ", .flush = " + flush + "}";
    return "rt::print_with(" + opts + (all.empty() ? "" : ", " + all) + ")";
  }
  if (name == "len") return "rt::len(" + all + ")";
  if (name == "type") return fe.class_number(arg(0).first, result);
  if (name == "super") return arg(1).first;  // self, as a pointer to the base
  if (name == "range") return "rt::range(" + all + ")";
  if (name == "abs") return "rt::abs(" + all + ")";
  if ((name == "min" || name == "max") && !site.keywords.empty()) {  // key=
    Type item = annotator::without_constant(result);
    return "rt::" + name + "_by(" + all + ", " + key_function(fe, op, site, item) + ")";
  }
  if (name == "min" || name == "max") {
    std::string items;
    for (size_t i = 0; i < site.positional.size(); ++i) {
      auto [v, t] = arg(i);
      items += (i ? ", " : "") + fe.convert(v, t, result);
    }
    return "rt::" + name + "(" + items + ")";
  }
  if (name == "sum" && result.kind == TypeKind::kList) {
    std::string item = fe.ctx_.type(annotator::resolve(result.list)->item.type, op.range);
    return "rt::sum_lists<" + item + ">(" + all + ")";
  }
  if (name == "sum") return "rt::sum(" + all + ")";
  if (name == "str") return site.positional.empty() ? "rt::Str(\"\")" : "rt::str(" + all + ")";
  if (name == "repr") return "rt::repr(" + all + ")";
  if (name == "ascii") return "rt::ascii_escape(rt::repr(" + all + "))";
  if (name == "bool" && site.positional.size() == 1 && arg(0).second.kind == TypeKind::kCData)
    return cdata_truth(arg(0).first, arg(0).second);
  if (name == "bool") return site.positional.empty() ? "false" : "rt::truthy(" + all + ")";
  if (name == "ord") return "rt::ord(" + all + ")";
  if (name == "bin" || name == "oct" || name == "hex") return "rt::int_" + name + "(" + all + ")";
  if (name == "chr") return "rt::chr(" + all + ")";
  if (name == "int") {
    if (site.positional.empty()) return int_literal(int_mode, flow::ConstValue::of_int(0));
    auto [v, t] = arg(0);
    if (t.kind == TypeKind::kStr) return int_builtin(int_mode, "int_from_str") + "(" + all + ")";
    if (t.kind == TypeKind::kFloat) return int_builtin(int_mode, "float_to_int") + "(" + v + ")";
    if (t.kind == TypeKind::kNumber) return "rt::num_to_int(" + v + ")";
    return std::string(int_mode == IntMode::kBig ? "rt::Int(" : "static_cast<int64_t>(") + v + ")";
  }
  if (name == "float") {
    if (site.positional.empty()) return "0.0";
    auto [v, t] = arg(0);
    if (t.kind == TypeKind::kStr) return "rt::float_from_str(" + v + ")";
    return fe.convert(v, t, Type::of(TypeKind::kFloat));
  }
  if (name == "round") {
    auto [v, t] = arg(0);
    if (t.kind == TypeKind::kNumber && int_mode != IntMode::kBig)
      return "rt::num_round(" + all + ")";
    if (site.positional.size() == 1 && t.kind != TypeKind::kFloat) return v;
    if (site.positional.size() == 1 && int_mode == IntMode::kBig)  // no int64_t on the way
      return "rt::float_to_int_big(rt::float_round(" + v + ", 0))";
    if (site.positional.size() == 1) return "rt::float_to_int(rt::float_round(" + v + "))";
    return t.kind == TypeKind::kFloat ? "rt::float_round(" + all + ")"
                                      : "rt::int_round(" + all + ")";
  }
  if (name == "divmod") return "rt::divmod(" + all + ")";
  if (name == "pow") {
    if (site.positional.size() == 3) return "rt::int_pow_mod(" + all + ")";
    auto [b, bt] = arg(0);
    auto [e, et] = arg(1);
    if (result.kind == TypeKind::kInt)
      return int_builtin(int_mode, "int_pow") + "(" + b + ", " + e + ")";
    if (result.kind == TypeKind::kNumber)
      return "rt::num_pow(" + fe.convert(b, bt, result) + ", " + fe.convert(e, et, result) + ")";
    Type f = Type::of(TypeKind::kFloat);
    return "rt::float_pow(" + fe.convert(b, bt, f) + ", " + fe.convert(e, et, f) + ")";
  }
  if (name == "enumerate" || name == "zip" || name == "reversed") {
    std::string args = all;
    for (const auto& [k, a] : site.keywords) args += ", " + argument(fe, op, a).first;  // start=
    return "rt::" + name + "(" + args + ")";
  }
  if (name == "map") {  // a captureless lambda calling the function on the items
    const flow::Entity* e = arg(0).second.single_pbc();
    std::string params, iterables, call;
    std::vector<Type> items;
    for (size_t i = 1; i < site.positional.size(); ++i) {
      items.push_back(result.items[i].items[0]);
      params += (i > 1 ? ", " : "") + fe.ctx_.type(items.back(), op.range) + " const& x" +
                std::to_string(i);
      iterables += ", " + arg(i).first;
    }
    Type item = result.items[0];
    if (e->kind == flow::EntityKind::kBuiltin) {
      const std::string& fn = e->qualname;
      TypeKind k = items[0].kind;
      if (fn == "int" && k == TypeKind::kStr)
        call = int_builtin(int_mode, "int_from_str") + "(x1)";
      else if (fn == "int" && k == TypeKind::kFloat)
        call = int_builtin(int_mode, "float_to_int") + "(x1)";
      else if (fn == "int" && k == TypeKind::kNumber)
        call = "rt::num_to_int(x1)";
      else if (fn == "int" || fn == "float")
        call = k == TypeKind::kStr && fn == "float" ? "rt::float_from_str(x1)"
                                                    : fe.convert("x1", items[0], item);
      else if (fn == "bool")
        call = "rt::truthy(x1)";
      else if (fn == "ascii")
        call = "rt::ascii_escape(rt::repr(x1))";
      else
        call = "rt::" + fn + "(x1)";
    } else {
      const annotator::Specialization* s =
          single_callee(fe, op, static_cast<const flow::FunctionEntity*>(e));
      if (s == nullptr) return "";
      std::string args;
      for (size_t i = 0; i < items.size(); ++i) {
        Type param = fe.ctx_.annotator.type_of(*s, s->graph->start()->inputs[i]);
        args += (i ? ", " : "") + fe.convert("x" + std::to_string(i + 1), items[i], param);
      }
      call = fe.convert(fe.ctx_.names.function(s) + "(" + args + ")", s->result_type(), item);
    }
    return "rt::map_iter(+[](" + params + ") -> " + fe.ctx_.type(item, op.range) + " { return " +
           call + "; }" + iterables + ")";
  }
  if (name == "sorted") {
    std::string reverse = "false";
    for (const auto& [k, a] : site.keywords) {
      if (k == "reverse") reverse = argument(fe, op, a).first;
    }
    std::string key = key_function(fe, op, site, annotator::resolve(result.list)->item.type);
    return "rt::sorted(" + all + ", " + (key.empty() ? "" : key + ", ") + reverse + ")";
  }
  if (name == "list") {
    std::string item = fe.ctx_.type(annotator::resolve(result.list)->item.type, op.range);
    if (site.positional.empty()) return "rt::List<" + item + ">::make(0)";
    return "rt::to_list<" + item + ">(" + all + ")";
  }
  if (name == "tuple") {
    if (site.positional.empty()) return "rt::Tuple<>{}";
    if (arg(0).second.kind == TypeKind::kTuple) return arg(0).first;
    return "rt::to_vartuple<" + fe.ctx_.type(result.items[0], op.range) + ">(" + all + ")";
  }
  if (name == "set" || name == "frozenset") {
    std::string item = fe.ctx_.type(annotator::resolve(result.set)->item.type, op.range);
    std::string frozen = name == "frozenset" ? "true" : "false";
    if (site.positional.empty()) return "rt::Set<" + item + ">::make(" + frozen + ")";
    return "rt::set_from<" + item + ">(" + all + ", " + frozen + ")";
  }
  if (name == "bytes" || name == "bytearray") {
    const char* type = name == "bytes" ? "rt::Bytes" : "rt::ByteArray";
    if (site.positional.empty()) return std::string(type) + "::make(0)";
    auto [v, t] = arg(0);
    std::string fn = t.kind == TypeKind::kInt || t.kind == TypeKind::kBool ? "rt::bytes_zeros<"
                                                                           : "rt::bytes_from<";
    return fn + type + ">(" + v + ")";
  }
  if (name == "bytes.fromhex") return "rt::bytes_fromhex(" + all + ")";
  if (name == "int.from_bytes") {
    std::string order = site.positional.size() == 2 ? arg(1).first : "rt::Str(\"big\")";
    for (const auto& [k, a] : site.keywords) order = argument(fe, op, a).first;  // byteorder=
    return "rt::int_from_bytes(" + arg(0).first + ", " + order + ")";
  }
  if (name == "dict") {
    const annotator::DictDef* d = annotator::resolve(result.dict);
    if (!site.positional.empty()) {
      return "rt::dict_from<" + fe.ctx_.type(d->key.type, op.range) + ", " +
             fe.ctx_.type(d->value.type, op.range) + ">(" + all + ")";
    }
    return keyword_dict(fe, op, site.keywords, result);
  }
  if (name == "format")
    return "rt::format(" + arg(0).first + ", " +
           (site.positional.size() == 2 ? arg(1).first : "rt::Str(\"\")") + ")";
  if (name == "input") return "rt::input(" + all + ")";
  if (name == "open") {
    std::string mode = site.positional.size() == 2 ? arg(1).first : "";
    for (const auto& [k, a] : site.keywords) {
      if (k == "mode") mode = argument(fe, op, a).first;
    }
    return "rt::open_file(" + arg(0).first + (mode.empty() ? "" : ", " + mode) + ")";
  }
  if (name == "hash") return "rt::hash_of(" + all + ")";
  if (name == "iter") return "rt::py_iter(" + all + ")";
  if (name == "next") {  // advances the iterator variable in place
    if (site.positional.size() == 1) return "rt::next_or_stop(" + arg(0).first + ")";
    auto [d, dt] = arg(1);
    return "rt::next_or<" + fe.ctx_.type(result, op.range) + ">(" + arg(0).first + ", " +
           fe.convert(d, dt, result) + ")";
  }
  if (name == "any" || name == "all") return "rt::" + name + "_of(" + all + ")";
  if (name == "sys.exit") return "rt::sys::exit(" + all + ")";
  if (name == "sys.setrecursionlimit") return "(void)(" + all + ")";
  if (name.rfind("ctypes.", 0) == 0) {
    CArgs args;
    for (size_t i = 0; i < site.positional.size(); ++i) args.push_back(arg(i));
    return emit_ctypes_builtin(fe, op, name, args);
  }
  if (name == "functools.reduce") return emit_reduce_call(fe, op, c_args(fe, op, site));
  // Nothing at run time: key= turns it into CmpKeys (key_function).
  if (name == "functools.cmp_to_key") return "rt::None";
  if (name.rfind("itertools.", 0) == 0)
    return emit_itertools_call(fe, op, name, c_args(fe, op, site), kw_args(fe, op, site));
  if (name.rfind("collections.", 0) == 0)
    return emit_collections_call(fe, op, name, c_args(fe, op, site), kw_args(fe, op, site));
  if (name.rfind("re.", 0) == 0)
    return emit_re_call(fe, op, name, c_args(fe, op, site), kw_args(fe, op, site));
  if (name == "copy.copy" || name == "copy.deepcopy")  // runtime/copy_module.h
    return "rt::copy::" + name.substr(5) + "(" + all + ")";
  if (const annotator::SimpleFunction* f = annotator::simple_function(name))
    return emit_simple_function_call(fe, *f, c_args(fe, op, site));
  if (name.rfind("random.", 0) == 0 || name.rfind("heapq.", 0) == 0 ||
      name.rfind("bisect.", 0) == 0) {
    CArgs pos = c_args(fe, op, site);
    CKwArgs kw = kw_args(fe, op, site);
    if (name[0] == 'r') return emit_random_call(fe, op, name, pos, kw);
    // The items compared: those of the result (nsmallest) or of the list.
    const Type& list = result.kind == TypeKind::kList ? result : pos[0].second;
    Type item = annotator::resolve(list.list)->item.type;
    return emit_heapq_call(fe, op, name, pos, kw, item, key_function(fe, op, site, item));
  }
  if (name.rfind("math.", 0) == 0) return math_call(fe, op, site, name.substr(5));
  fe.unsupported(op, "the built-in '" + name + "' is");
  return "";
}

static std::string call_builtin_method(FunctionEmitter& fe, const flow::Operation& op,
                                       const SiteArgs& site, const Type& receiver,
                                       const std::string& name) {
  std::string self = fe.value(op.args[0]);
  std::string all = positional_list(fe, op, site);
  if (receiver.kind == TypeKind::kList) {
    const Type& item = annotator::resolve(receiver.list)->item.type;
    if (std::optional<std::string> call =
            emit_deque_method(fe, receiver, self, name, c_args(fe, op, site)))
      return *call;
    if (name == "append" || name == "insert") {
      size_t last = site.positional.size() - 1;
      std::string prefix = name == "insert" ? positional_list(fe, op, site, 0).substr(0, 0) +
                                                  argument(fe, op, site.positional[0]).first + ", "
                                            : "";
      auto [v, t] = argument(fe, op, site.positional[last]);
      return self + "->" + name + "(" + prefix + fe.convert(v, t, item) + ")";
    }
    if (name == "extend" && argument(fe, op, site.positional[0]).second.kind != TypeKind::kList) {
      // list.extend(any iterable): its items as a list first.
      return self + "->extend(rt::to_list<" + fe.ctx_.type(item, op.range) + ">(" + all + "))";
    }
    if (name == "sort") {
      std::string reverse = "false";
      for (const auto& [k, a] : site.keywords) {
        if (k == "reverse") reverse = argument(fe, op, a).first;
      }
      std::string key = key_function(fe, op, site, item);
      return self + "->sort(" + (key.empty() ? "" : key + ", ") + reverse + ")";
    }
    return self + "->" + name + "(" + all + ")";
  }
  if (receiver.kind == TypeKind::kDict) {
    CArgs pos = c_args(fe, op, site);
    CKwArgs kw = kw_args(fe, op, site);
    if (std::optional<std::string> call = emit_collections_method(receiver, self, name, pos, kw))
      return *call;
    if (name == "get" && site.positional.size() == 1)
      return self + "->get(" + all + ")";  // V{} is None
    if (name == "keys" || name == "values" || name == "items")
      return "rt::py_iter(" + self + "->" + name + "())";
    return self + "->" + name + "(" + all + ")";
  }
  if (receiver.kind == TypeKind::kSet) return set_method_call(fe, op, site, receiver, name);
  if (receiver.kind == TypeKind::kRePattern || receiver.kind == TypeKind::kReMatch)
    return emit_re_method(fe, op, receiver, self, name, c_args(fe, op, site),
                          kw_args(fe, op, site));
  if (receiver.kind == TypeKind::kFile) {
    if (name == "__enter__") return self + "->enter()";
    if (name == "__exit__") return self + "->exit(" + all + ")";
    return self + "->" + name + "(" + all + ")";
  }
  if (receiver.kind == TypeKind::kBytes || receiver.kind == TypeKind::kByteArray ||
      receiver.kind == TypeKind::kInt || (receiver.kind == TypeKind::kStr && name == "encode"))
    return bytes_method_call(fe, op, site, receiver, name);
  if (receiver.kind == TypeKind::kTuple) {  // count, index: on the items as a variadic tuple
    Type items = Type::var_tuple_of(annotator::tuple_items_union(receiver).type);
    return fe.convert(self, receiver, items) + "." + name + "(" + all + ")";
  }
  if (receiver.kind == TypeKind::kPbc || receiver.kind == TypeKind::kCArrayType) {
    return emit_from_buffer_copy(receiver, self, c_args(fe, op, site));
  }
  if (receiver.kind == TypeKind::kInstance && name == "__init__")  // BaseException's, via super()
    return self + "->set_args(rt::exc_args(" + all + "))";
  if (receiver.kind == TypeKind::kStr && name == "format") {
    std::string args;
    for (size_t i = 0; i < site.positional.size(); ++i)
      args += (i ? ", " : "") + std::string("rt::fmt_arg(") +
              argument(fe, op, site.positional[i]).first + ")";
    std::string named;
    for (const auto& [k, a] : site.keywords)
      named += (named.empty() ? "" : ", ") + std::string("{") + cpp_string_literal(k) +
               ", rt::fmt_arg(" + argument(fe, op, a).first + ")}";
    return "rt::str_format(" + self + ", {" + args + "}" +
           (named.empty() ? "" : ", {" + named + "}") + ")";
  }
  if (receiver.kind == TypeKind::kStr && (name == "split" || name == "rsplit")) {
    // split(sep=None, maxsplit=-1), by position or by name; None splits on whitespace.
    std::string sep = "rt::Str()", maxsplit = "-1";
    auto set = [&](const std::string& param, const annotator::CallArg& a) {
      auto [v, t] = argument(fe, op, a);
      if (param == "sep" && t.kind != TypeKind::kNone) sep = v;
      if (param == "maxsplit") maxsplit = v;
    };
    for (size_t i = 0; i < site.positional.size(); ++i)
      set(i == 0 ? "sep" : "maxsplit", site.positional[i]);
    for (const auto& [k, a] : site.keywords) set(k, a);
    return "rt::str_" + name + "(" + self + ", " + sep + ", " + maxsplit + ")";
  }
  if (receiver.kind == TypeKind::kStr) {
    std::string args = all.empty() ? self : self + ", " + all;
    for (const auto& [k, a] : site.keywords) args += ", " + argument(fe, op, a).first;
    return "rt::str_" + name + "(" + args + ")";
  }
  fe.unsupported(op, "the method '" + name + "' of " + annotator::describe(receiver) + " is");
  return "";
}

}  // namespace krait::backend
