// Operations as C++ expressions, chosen by the annotated types of their
// arguments: unboxed arithmetic on int64_t and double (ints checked for
// overflow unless --int=wrap), the runtime's str/list/dict operations, and
// direct field access on instances.
#include <algorithm>
#include <cmath>

#include "annotator/rules.h"
#include "annotator/type_alias.h"
#include "backend/emitter.h"
#include "backend/int_spelling.h"

namespace krait::backend {

using annotator::Type;
using annotator::TypeKind;
using flow::OpKind;

namespace {

// Arithmetic whose result is a number (int or float by run-time value);
// `site` is the site argument for all but `**`.
std::optional<std::string> number_op(OpKind kind, const std::string& a, const std::string& b,
                                     const std::string& site) {
  const char* fn = nullptr;
  switch (kind) {
    case OpKind::kAdd:
      fn = "num_add";
      break;
    case OpKind::kSub:
      fn = "num_sub";
      break;
    case OpKind::kMul:
      fn = "num_mul";
      break;
    case OpKind::kFloorDiv:
      fn = "num_floordiv";
      break;
    case OpKind::kMod:
      fn = "num_mod";
      break;
    case OpKind::kPow:
      return "rt::num_pow(" + a + ", " + b + ")";
    case OpKind::kNeg:
      return "rt::num_neg(" + a + site + ")";
    default:
      return std::nullopt;
  }
  return std::string("rt::") + fn + "(" + a + ", " + b + site + ")";
}

bool is_int_like(const Type& t) {
  return t.kind == TypeKind::kInt || t.kind == TypeKind::kBool;
}

// An operator between two sets (runtime/set.h): | & - ^, their in-place
// forms (which update a set, and rebind a frozenset), and subset order.
std::optional<std::string> set_op_expr(OpKind op, const std::string& a, const std::string& b,
                                       const Type& result) {
  const char* fn = nullptr;
  bool in_place = op != flow::plain_kind(op) && result.kind == TypeKind::kSet &&
                  !annotator::resolve(result.set)->frozen;
  switch (flow::plain_kind(op)) {
    case OpKind::kOr:
      fn = in_place ? "set_update" : "set_union";
      break;
    case OpKind::kAnd:
      fn = in_place ? "set_intersection_update" : "set_intersection";
      break;
    case OpKind::kSub:
      fn = in_place ? "set_difference_update" : "set_difference";
      break;
    case OpKind::kXor:
      fn = in_place ? "set_symmetric_difference_update" : "set_symmetric_difference";
      break;
    case OpKind::kLt:
      fn = "set_lt";
      break;
    case OpKind::kLe:
      fn = "set_le";
      break;
    case OpKind::kGt:
      fn = "set_gt";
      break;
    case OpKind::kGe:
      fn = "set_ge";
      break;
    default:
      return std::nullopt;
  }
  std::string call = std::string("rt::") + fn + "(" + a + ", " + b + ")";
  return in_place ? "(" + call + ", " + a + ")" : call;
}

// Objects whose attributes the generated code reads after a None check
// (rt::not_none raises CPython's AttributeError).
bool is_none_checked_object(const Type& t) {
  return t.kind == TypeKind::kInstance || t.kind == TypeKind::kReMatch ||
         t.kind == TypeKind::kRePattern;
}

bool is_byte_seq(const Type& t) {
  return t.kind == TypeKind::kBytes || t.kind == TypeKind::kByteArray;
}

// + and * on byte sequences (runtime/bytes.h); ba += b extends ba.
std::optional<std::string> bytes_op_expr(OpKind op, const std::string& a, const Type& ta,
                                         const std::string& b, const Type& tb) {
  if (!is_byte_seq(ta) && !is_byte_seq(tb)) return std::nullopt;
  switch (flow::plain_kind(op)) {
    case OpKind::kAdd:
      if (op == OpKind::kInplaceAdd && ta.kind == TypeKind::kByteArray)
        return "rt::bytes_iadd(" + a + ", " + b + ")";
      return "rt::bytes_concat(" + a + ", " + b + ")";
    case OpKind::kMul: {
      bool left = is_byte_seq(ta);
      std::string n = left ? b : a;
      if ((left ? tb : ta).kind == TypeKind::kNumber) n = "rt::repeat_count(" + n + ")";
      return "rt::bytes_repeat(" + (left ? a : b) + ", " + n + ")";
    }
    default:
      return std::nullopt;
  }
}

// Operations whose C++ cannot raise given the annotated types: no traceback
// site needs recording for them (float arithmetic without division, int
// arithmetic that wraps, comparisons of numbers, fields of instances, truth
// values).
bool cannot_raise(OpKind kind, const std::vector<Type>& args, const Type& result, bool wrap) {
  switch (kind) {
    case OpKind::kAdd:
    case OpKind::kSub:
    case OpKind::kMul:
    case OpKind::kNeg:
    case OpKind::kPos:  // (and tuple + tuple, tuple * constant)
      return result.kind == TypeKind::kFloat || result.is_fixed_tuple() ||
             (wrap && is_int_like(result));
    case OpKind::kLt:
    case OpKind::kLe:
    case OpKind::kGt:
    case OpKind::kGe:
    case OpKind::kEq:
    case OpKind::kNe:
      return args[0].is_numeric() && args[1].is_numeric();
    case OpKind::kGetAttr:
    case OpKind::kSetAttr:
      return args[0].kind == TypeKind::kInstance && !args[0].can_be_none;
    case OpKind::kBool:
      return args[0].kind != TypeKind::kInstance;
    case OpKind::kGetItem:  // a tuple's item: the index is a checked constant
    case OpKind::kCheckLength:
    case OpKind::kCheckLengthAtLeast:
      return args[0].is_fixed_tuple();
    case OpKind::kGetSlice: {  // slicing clamps; only a zero step raises
      const Type& step = args[3];
      bool nonzero_step = step.kind == TypeKind::kNone ||
                          (step.constant && step.constant->kind == flow::ConstValue::Kind::kInt &&
                           step.constant->int_value != 0);
      return (args[0].kind == TypeKind::kList || args[0].kind == TypeKind::kStr) && nonzero_step;
    }
    default:
      return false;
  }
}

// The operation's runtime function takes its traceback site (the hot ones:
// checked int arithmetic, float division, list and dict indexing); keep in
// step with op_expr, which checks that each such site was passed.
bool passes_site(OpKind kind, const std::vector<Type>& args, const Type& result) {
  if (kind != OpKind::kGetAttr && kind != OpKind::kSetAttr) {
    for (const Type& a : args) {
      if (a.kind == TypeKind::kInstance) return false;  // a special method's call
    }
  }
  bool ints = is_int_like(result);
  if (result.kind == TypeKind::kNumber) {  // number_op
    return kind == OpKind::kAdd || kind == OpKind::kSub || kind == OpKind::kMul ||
           kind == OpKind::kFloorDiv || kind == OpKind::kMod || kind == OpKind::kNeg;
  }
  switch (kind) {
    case OpKind::kAdd:
      return ints && is_int_like(args[0]);
    case OpKind::kSub:
    case OpKind::kMul:
    case OpKind::kNeg:
    case OpKind::kPow:
    case OpKind::kLshift:
    case OpKind::kRshift:
      return ints;
    case OpKind::kTrueDiv:
      return result.kind == TypeKind::kFloat;
    case OpKind::kFloorDiv:
    case OpKind::kMod:
      return args[0].kind != TypeKind::kStr && (ints || result.kind == TypeKind::kFloat);
    case OpKind::kGetItem:
      return args[0].kind == TypeKind::kList || args[0].kind == TypeKind::kDict ||
             args[0].kind == TypeKind::kRange || args[0].is_var_tuple() ||
             args[0].kind == TypeKind::kReMatch;
    case OpKind::kSetItem:
      return args[0].kind == TypeKind::kList;
    case OpKind::kGetAttr:  // of an instance or a match that may be None (not_none)
    case OpKind::kSetAttr:
      return is_none_checked_object(args[0]) && args[0].can_be_none;
    default:
      return false;
  }
}

std::string double_literal(double v) {
  if (std::isnan(v)) return "std::numeric_limits<double>::quiet_NaN()";
  if (std::isinf(v))
    return v > 0 ? "std::numeric_limits<double>::infinity()"
                 : "-std::numeric_limits<double>::infinity()";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  std::string s = buf;
  if (s.find_first_of(".en") == std::string::npos) s += ".0";
  return s;
}

// The value of a default-initialised `cpp_type`: None for references.
std::string default_value(const std::string& cpp_type) {
  if (!cpp_type.empty() && cpp_type.back() == '*') return "static_cast<" + cpp_type + ">(nullptr)";
  return cpp_type + "{}";
}

}  // namespace

Type FunctionEmitter::type_of(const flow::Value* v) const {
  return ctx_.annotator.type_of(spec_, v);
}

std::string FunctionEmitter::constant(const flow::ConstValue& c, const Type& as) {
  using K = flow::ConstValue::Kind;
  switch (c.kind) {
    case K::kNone:
      if (as.kind == TypeKind::kNone || as.is_impossible() ||
          (as.kind == TypeKind::kPbc && !is_numbered_pbc(as)))
        return "rt::None";
      return default_value(ctx_.type(as, {}));
    case K::kBool:
      return c.bool_value ? "true" : "false";
    case K::kInt:
      if (as.kind == TypeKind::kFloat) return double_literal(static_cast<double>(c.int_value));
      return int_literal(ctx_.options.int_mode, c);
    case K::kBigInt:
      return int_literal(ctx_.options.int_mode, c);
    case K::kFloat:
      return double_literal(c.float_value);
    case K::kStr:
      if (c.text.find('\0') != std::string::npos)  // the length, past the NULs
        return "rt::Str(std::string_view(" + cpp_string_literal(c.text) + ", " +
               std::to_string(c.text.size()) + "))";
      return "rt::Str(" + cpp_string_literal(c.text) + ")";
    case K::kBytes:  // (may hold NULs)
      return "rt::Bytes::of(std::string_view(" + cpp_string_literal(c.text) + ", " +
             std::to_string(c.text.size()) + "))";
    case K::kTuple: {
      if (as.is_var_tuple()) {
        Type fixed = Type::of_constant(c);
        return convert(constant(c, fixed), fixed, as);
      }
      std::string out = ctx_.type(as, {}) + "{";
      for (size_t i = 0; i < c.items.size(); ++i) {
        Type item = as.kind == TypeKind::kTuple && i < as.items.size()
                        ? as.items[i]
                        : Type::of_constant(c.items[i]);
        out += (i ? ", " : "") + constant(c.items[i], item);
      }
      return out + "}";
    }
    case K::kEntity:
      return "rt::None";
    default:
      return "rt::None";
  }
}

std::string FunctionEmitter::value(const flow::Value* v) {
  if (v->is_constant()) {
    const flow::ConstValue& c = *v->constant;
    if (c.is_entity() && c.entity->qualname == "sys.argv") return "rt::sys::argv";
    if (c.is_entity() && c.entity->qualname == "os.environ") return "rt::os::environ()";
    if (c.is_entity() && (c.entity->qualname == "sys.stdin" || c.entity->qualname == "sys.stdout" ||
                          c.entity->qualname == "sys.stderr"))
      return "rt::sys::" + c.entity->qualname.substr(4) + "_file()";
    return constant(c, Type::of_constant(c));
  }
  // None, or one known function or class: nothing to read at run time.
  Type t = type_of(v);
  if ((t.kind == TypeKind::kNone || t.kind == TypeKind::kPbc) && !has_runtime_value(t))
    return "rt::None";
  return CppNames::variable(v);
}

std::string FunctionEmitter::convert(const std::string& expr, const Type& from, const Type& to) {
  if (to.is_impossible()) return expr;
  std::string to_cpp = ctx_.type(to, {});
  if (from.kind == TypeKind::kNone && to.kind != TypeKind::kNone) return default_value(to_cpp);
  if (to.kind == TypeKind::kBoundMethod && !to.method_choices.empty())
    return method_choice(expr, from, to);
  if (to.kind == TypeKind::kNone && from.kind != TypeKind::kNone)
    return "rt::None";  // narrowed to None by `is None`: the value is None here
  bool to_static =
      to.kind == TypeKind::kNone || (to.kind == TypeKind::kPbc && !is_numbered_pbc(to));
  if (to_static && is_numbered_pbc(from))
    return "rt::None";  // narrowed to one function or to None: known statically
  if (is_numbered_pbc(to) && from.single_pbc() != nullptr && !from.can_be_none)
    return entity_number(expr, from);
  if (from.is_impossible()) return default_value(to_cpp);
  if (to.kind == TypeKind::kFloat && is_int_like(from)) return "static_cast<double>(" + expr + ")";
  if (to.kind == TypeKind::kFloat && from.kind == TypeKind::kNumber)
    return "(" + expr + ").to_double()";
  if (to.kind == TypeKind::kNumber && from.kind != TypeKind::kNumber)
    return std::string(number_cpp_type(ctx_.options.int_mode)) + "(" + expr + ")";
  if (to.kind == TypeKind::kInt && from.kind == TypeKind::kBool)
    return "static_cast<int64_t>(" + expr + ")";
  if (to.kind == TypeKind::kInstance && from.kind == TypeKind::kInstance && from.cls != to.cls &&
      to.cls->is_subclass_of(from.cls)) {
    return "static_cast<" + to_cpp + ">(" + expr + ")";  // narrowed by isinstance
  }
  if (to.is_var_tuple() && from.is_fixed_tuple()) {  // tuples of different lengths met
    std::string out = to_cpp + "::of({";
    for (size_t i = 0; i < from.items.size(); ++i) {
      out += (i ? ", " : "") + convert("std::get<" + std::to_string(i) + ">(" + expr + ")",
                                       from.items[i], to.items[0]);
    }
    return out + "})";
  }
  if (to.is_var_tuple() && from.is_var_tuple() && ctx_.type(from, {}) != to_cpp)
    return "rt::vartuple_as<" + ctx_.type(to.items[0], {}) + ">(" + expr + ")";
  if (to.kind == TypeKind::kTuple && from.kind == TypeKind::kTuple &&
      ctx_.type(from, {}) != to_cpp) {
    std::string out = to_cpp + "{";
    for (size_t i = 0; i < to.items.size(); ++i) {
      out += (i ? ", " : "") + convert("std::get<" + std::to_string(i) + ">(" + expr + ")",
                                       from.items[i], to.items[i]);
    }
    return out + "}";
  }
  return expr;
}

// A bound method (or a choice among fewer methods) as a choice among `to`'s.
std::string FunctionEmitter::method_choice(const std::string& expr, const Type& from,
                                           const Type& to) {
  const std::vector<std::string>& names = to.method_choices;
  auto index = [&](const std::string& name) {
    return std::to_string(std::find(names.begin(), names.end(), name) - names.begin());
  };
  std::string type = ctx_.type(to, {});
  if (from.method_choices.empty()) return type + "{" + expr + ", " + index(from.method) + "}";
  if (from.method_choices == names) return expr;
  std::string map;  // from's index -> to's index
  for (const std::string& name : from.method_choices)
    map += (map.empty() ? "" : ", ") + index(name);
  return type + "{(" + expr + ").self, std::array<int64_t, " +
         std::to_string(from.method_choices.size()) + ">{" + map + "}[(" + expr + ").which]}";
}

std::vector<Type> FunctionEmitter::arg_types(const flow::Operation& op) const {
  std::vector<Type> types;
  for (const flow::Value* a : op.args) types.push_back(type_of(a));
  return types;
}

bool FunctionEmitter::cannot_overflow(const flow::Operation& op) {
  if (ctx_.options.int_mode != IntMode::kChecked) return false;
  if (!int_ranges_) {
    int_ranges_.emplace(*spec_.graph, [this](const flow::Value* v) { return type_of(v); });
  }
  return int_ranges_->cannot_overflow(op);
}

bool FunctionEmitter::may_raise(const flow::Operation& op) {
  if (cannot_overflow(op)) return false;
  return !flow::op_never_raises(op.kind) &&
         !cannot_raise(flow::plain_kind(op.kind), arg_types(op), type_of(op.result),
                       ctx_.options.int_mode == IntMode::kWrap);
}

bool FunctionEmitter::passes_site(const flow::Operation& op) {
  return ::krait::backend::passes_site(flow::plain_kind(op.kind), arg_types(op),
                                       type_of(op.result));
}

std::string FunctionEmitter::checked_instance(const flow::Operation& op, const std::string& name) {
  const flow::Value* object = op.args[0];
  if (!(is_none_checked_object(type_of(object)) && type_of(object).can_be_none))
    return value(object);
  return "rt::not_none(" + value(object) + ", " + cpp_string_literal(name) + site_arg() + ")";
}

std::string FunctionEmitter::checked_container(const flow::Operation& op, const char* error) {
  const flow::Value* container = op.args[0];
  if (!type_of(container).can_be_none) return value(container);
  return "rt::subscript_not_none(" + value(container) + ", " +
         cpp_string_literal(std::string("'NoneType' object ") + error) + site_arg() + ")";
}

std::vector<const flow::Entity*> pbc_members(const Type& pbc) {
  std::vector<const flow::Entity*> members(pbc.pbcs.begin(), pbc.pbcs.end());
  std::sort(members.begin(), members.end(),
            [](const flow::Entity* a, const flow::Entity* b) { return a->qualname < b->qualname; });
  return members;
}

std::string FunctionEmitter::class_number(const std::string& instance, const Type& classes) {
  if (!is_numbered_pbc(classes)) return "rt::None";  // one class: known statically
  // (test, entity number) of each class an object can have: a user class
  // by its class id, a built-in exception class (class id 0) by its name.
  std::vector<std::pair<std::string, int>> ids;
  for (const flow::Entity* member : pbc_members(classes)) {
    auto range = ctx_.class_ids.find(ctx_.annotator.classdef(member));
    if (range != ctx_.class_ids.end())
      ids.emplace_back(instance + "->class_id == " + std::to_string(range->second.first),
                       ctx_.entity_id(member));
    else if (member->kind == flow::EntityKind::kBuiltin)
      ids.emplace_back("(" + instance + "->class_id == 0 && std::string_view(" + instance +
                           "->type_name()) == " + cpp_string_literal(member->qualname) + ")",
                       ctx_.entity_id(member));
  }
  if (ids.empty()) return "INT32_C(0)";
  std::string out;
  for (size_t i = 0; i + 1 < ids.size(); ++i)
    out += ids[i].first + " ? INT32_C(" + std::to_string(ids[i].second) + ") : ";
  return "(" + out + "INT32_C(" + std::to_string(ids.back().second) + "))";
}

std::string FunctionEmitter::class_attribute_of_number(const std::string& number,
                                                       const Type& classes, const std::string& name,
                                                       const Type& result) {
  std::vector<const flow::Entity*> members = pbc_members(classes);
  std::string out;
  for (size_t i = 0; i < members.size(); ++i) {
    // A class's names are no attributes of its ClassDef.
    std::optional<flow::ConstValue> own_name;
    std::string qualname = flow::python_qualname(members[i]);
    if (name == "__qualname__") own_name = flow::ConstValue::of_str(qualname);
    if (name == "__name__")
      own_name = flow::ConstValue::of_str(qualname.substr(qualname.rfind('.') + 1));
    const flow::ConstValue* value =
        own_name ? &*own_name : ctx_.annotator.classdef(members[i])->class_attribute(name);
    std::string item =
        convert(constant(*value, Type::of_constant(*value)), Type::of_constant(*value), result);
    if (i + 1 == members.size()) {
      out += item;
    } else {
      out += number + " == " + std::to_string(ctx_.entity_id(members[i])) + " ? " + item + " : ";
    }
  }
  return "(" + out + ")";
}

std::string FunctionEmitter::entity_number(const std::string& expr, const Type& pbc) {
  if (is_numbered_pbc(pbc)) return expr;
  return "INT32_C(" + std::to_string(ctx_.entity_id(pbc.single_pbc())) + ")";
}

std::string FunctionEmitter::site_arg() {
  site_arg_used_ = true;
  return site_arg_;
}

void FunctionEmitter::operation(const flow::Operation& op) {
  source_line(op.range);
  site_arg_.clear();
  site_arg_used_ = false;
  bool raises = may_raise(op);
  if (raises && passes_site(op)) {
    site_arg_ = ", &krait_sites[" + std::to_string(trace_site(op)) + "]";
  } else if (raises || op.kind == OpKind::kType) {  // `type`: a raise statement's first
    set_trace_site(op);
  }
  if (op.kind == OpKind::kYield) {
    yield(op);
    return;
  }
  std::optional<annotator::SpecialCall> special_method;
  if (op.kind != OpKind::kSimpleCall && op.kind != OpKind::kCallArgs)
    special_method = annotator::special_call(op.kind, arg_types(op));
  std::string expr = special_method ? special(op, *special_method) : op_expr(op);
  if (!site_arg_.empty() && !site_arg_used_ && !ctx_.failed) {
    ctx_.failed = true;
    ctx_.sink.error(op.range, std::string("internal error: the C++ of '") +
                                  std::string(flow::op_name(op.kind)) +
                                  "' does not take its traceback site");
  }
  if (ctx_.failed || expr.empty()) return;
  Type result = type_of(op.result);
  bool has_value = has_runtime_value(result);
  if (has_value && used_.count(op.result)) {
    line(CppNames::variable(op.result) + " = " + expr + ";");
  } else {
    line("(void)(" + expr + ");");
  }
}

std::string FunctionEmitter::slice(const flow::Operation& op) {
  auto bound = [&](size_t i) {
    return type_of(op.args[i]).kind == TypeKind::kNone
               ? std::string("std::nullopt")
               : "std::optional<int64_t>(" + value(op.args[i]) + ")";
  };
  return "rt::Slice{" + bound(1) + ", " + bound(2) + ", " +
         (type_of(op.args[3]).kind == TypeKind::kNone ? std::string("1") : value(op.args[3])) + "}";
}

std::string FunctionEmitter::op_expr(const flow::Operation& op) {
  if (std::optional<std::string> c = emit_ctypes_op(*this, op)) return *c;
  auto arg = [&](size_t i) { return value(op.args[i]); };
  auto t = [&](size_t i) { return type_of(op.args[i]); };
  IntMode int_mode = ctx_.options.int_mode;
  bool big = int_mode == IntMode::kBig;
  Type result = type_of(op.result);
  auto as_double = [&](size_t i) { return convert(arg(i), t(i), Type::of(TypeKind::kFloat)); };
  // Checked int arithmetic, or plain C++ where the int ranges show it
  // cannot overflow.
  auto int_fn = [&](const char* name) {
    static const std::map<std::string, std::string> plain = {
        {"int_add", " + "}, {"int_sub", " - "}, {"int_mul", " * "}};
    auto op_text = plain.find(name);
    if (op_text != plain.end() && cannot_overflow(op))
      return "(" + arg(0) + op_text->second + arg(1) + ")";
    return int_function(int_mode, name) + "(" + arg(0) + ", " + arg(1) + site_arg() + ")";
  };
  // An int used as an index (big ints: CPython's IndexError when too large).
  auto index = [&](size_t i) {
    return big && t(i).kind == TypeKind::kInt ? "rt::index_of(" + arg(i) + site_arg() + ")"
                                              : arg(i);
  };
  auto float_fn = [&](const char* name) {
    return std::string("rt::") + name + "(" + as_double(0) + ", " + as_double(1) + site_arg() + ")";
  };
  if (op.kind == OpKind::kInplaceAdd && t(0).kind == TypeKind::kList) {
    std::string items = arg(1);
    if (t(1).kind != TypeKind::kList) {  // list += any iterable
      std::string item = ctx_.type(annotator::resolve(t(0).list)->item.type, op.range);
      items = "rt::to_list<" + item + ">(" + items + ")";
    }
    return "(" + arg(0) + "->extend(" + items + "), " + arg(0) + ")";
  }
  if (op.args.size() == 2) {
    if (std::optional<std::string> e = bytes_op_expr(op.kind, arg(0), t(0), arg(1), t(1)))
      return *e;
  }
  OpKind kind = flow::plain_kind(op.kind);
  if (op.args.size() == 2 && annotator::alias_type(op.kind, t(0), t(1)))  // list[int], A | None
    return constant(*result.constant, result);
  if (op.args.size() == 2 && t(0).kind == TypeKind::kSet && t(1).kind == TypeKind::kSet) {
    if (std::optional<std::string> e = set_op_expr(op.kind, arg(0), arg(1), result)) return *e;
  }
  bool floats = result.kind == TypeKind::kFloat;
  bool ints = result.kind == TypeKind::kInt || result.kind == TypeKind::kBool;
  if (result.kind == TypeKind::kNumber) {
    std::string site = site_arg();  // empty for `**`, see passes_site
    if (std::optional<std::string> e =
            number_op(kind, arg(0), op.args.size() > 1 ? arg(1) : "", site))
      return *e;
  }
  switch (kind) {
    case OpKind::kAdd:
      if (floats) return as_double(0) + " + " + as_double(1);
      if (ints && is_int_like(t(0))) return int_fn("int_add");
      if (result.kind == TypeKind::kStr) return "rt::concat(" + arg(0) + ", " + arg(1) + ")";
      if (result.kind == TypeKind::kList) {
        std::string item = ctx_.type(annotator::resolve(result.list)->item.type, op.range);
        bool same = ctx_.type(t(0), op.range) == ctx_.type(result, op.range) &&
                    ctx_.type(t(1), op.range) == ctx_.type(result, op.range);
        return std::string(same ? "rt::list_concat(" : "rt::list_concat_as<" + item + ">(") +
               arg(0) + ", " + arg(1) + ")";
      }
      if (result.is_var_tuple())
        return "rt::vartuple_concat(" + convert(arg(0), t(0), result) + ", " +
               convert(arg(1), t(1), result) + ")";
      if (result.kind == TypeKind::kTuple)
        return "rt::tuple_concat(" + arg(0) + ", " + arg(1) + ")";
      break;
    case OpKind::kSub:
      if (floats) return as_double(0) + " - " + as_double(1);
      if (ints) return int_fn("int_sub");
      break;
    case OpKind::kMul:
      if (floats) return as_double(0) + " * " + as_double(1);
      if (ints) return int_fn("int_mul");
      if (result.is_var_tuple()) {  // tuple * count known at run time
        size_t seq = t(0).kind == TypeKind::kTuple ? 0 : 1;
        std::string n = arg(1 - seq);
        if (t(1 - seq).kind == TypeKind::kNumber || big) n = "rt::repeat_count(" + n + ")";
        return "rt::vartuple_repeat(" + convert(arg(seq), t(seq), result) + ", " + n + ")";
      }
      if (result.kind == TypeKind::kTuple) {  // tuple * constant: its items again
        size_t seq = t(0).kind == TypeKind::kTuple ? 0 : 1;
        std::string items;
        for (size_t i = 0; i < result.items.size(); ++i) {
          size_t k = i % t(seq).items.size();
          items += (i ? ", " : "") + std::string("std::get<") + std::to_string(k) + ">(" +
                   arg(seq) + ")";
        }
        return ctx_.type(result, op.range) + "{" + items + "}";
      }
      if (result.kind == TypeKind::kStr || result.kind == TypeKind::kList) {
        size_t seq = t(0).kind == result.kind ? 0 : 1;
        std::string n = arg(1 - seq);
        if (t(1 - seq).kind == TypeKind::kNumber) n = "rt::repeat_count(" + n + ")";
        if (big && t(1 - seq).kind == TypeKind::kInt) n = "rt::repeat_count(" + n + ")";
        if (result.kind == TypeKind::kList &&
            annotator::resolve(t(seq).list)->item.type.kind == TypeKind::kNone &&
            annotator::resolve(result.list)->item.type.kind != TypeKind::kNone) {
          std::string item = ctx_.type(annotator::resolve(result.list)->item.type, op.range);
          return "rt::list_of_nones<" + item + ">(" + arg(seq) + ", " + n + ")";
        }
        return std::string(result.kind == TypeKind::kStr ? "rt::str_repeat(" : "rt::list_repeat(") +
               arg(seq) + ", " + n + ")";
      }
      break;
    case OpKind::kTrueDiv:
      if (big && is_int_like(t(0)) && is_int_like(t(1))) return int_fn("int_truediv");
      if (big && t(0).kind != TypeKind::kFloat && t(1).kind != TypeKind::kFloat) {
        Type number = Type::of(TypeKind::kNumber);  // an int or a float at run time
        return "rt::num_truediv(" + convert(arg(0), t(0), number) + ", " +
               convert(arg(1), t(1), number) + site_arg() + ")";
      }
      return float_fn("float_div");
    case OpKind::kFloorDiv:
      if (floats) return float_fn("float_floordiv");
      if (ints) return int_fn("int_floordiv");
      break;
    case OpKind::kMod:
      if (t(0).kind == TypeKind::kStr) {
        std::string args;
        if (t(1).kind == TypeKind::kDict)  // %(key)s
          return "rt::percent_format(" + arg(0) + ", " + arg(1) + ")";
        if (t(1).kind == TypeKind::kTuple) {
          for (size_t i = 0; i < t(1).items.size(); ++i) {
            args += (i ? ", " : "") + std::string("rt::fmt_arg(std::get<") + std::to_string(i) +
                    ">(" + arg(1) + "))";
          }
        } else {
          args = "rt::fmt_arg(" + arg(1) + ")";
        }
        return "rt::percent_format(" + arg(0) + ", {" + args + "})";
      }
      if (floats) return float_fn("float_mod");
      if (ints) return int_fn("int_mod");
      break;
    case OpKind::kPow:
      if (floats && op.args[1]->is_constant() &&
          op.args[1]->constant->kind == flow::ConstValue::Kind::kFloat &&
          op.args[1]->constant->float_value == 0.5) {
        return "rt::float_pow_half(" + as_double(0) + ")";
      }
      if (floats) return "rt::float_pow(" + as_double(0) + ", " + as_double(1) + ")";
      if (ints) return int_fn("int_pow");
      break;
    case OpKind::kLshift:
      if (ints) return int_fn("int_lshift");
      break;
    case OpKind::kRshift:
      if (ints) return int_fn("int_rshift");
      break;
    case OpKind::kAnd:
      if (result.kind == TypeKind::kBool) return arg(0) + " & " + arg(1);
      if (ints) return "(" + arg(0) + " & " + arg(1) + ")";
      break;
    case OpKind::kOr:
      if (result.kind == TypeKind::kBool) return arg(0) + " | " + arg(1);
      if (ints) return "(" + arg(0) + " | " + arg(1) + ")";
      break;
    case OpKind::kXor:
      if (result.kind == TypeKind::kBool) return arg(0) + " != " + arg(1);
      if (ints) return "(" + arg(0) + " ^ " + arg(1) + ")";
      break;
    case OpKind::kNeg:
      if (floats) return "-" + arg(0);
      if (ints && cannot_overflow(op)) return "(-" + arg(0) + ")";
      if (ints) return int_function(int_mode, "int_neg") + "(" + arg(0) + site_arg() + ")";
      break;
    case OpKind::kPos:
      return arg(0);
    case OpKind::kInvert:
      return "~" + arg(0);
    case OpKind::kBool:
      if (t(0).kind == TypeKind::kBool) return arg(0);
      if (t(0).kind == TypeKind::kPbc) return t(0).can_be_none ? "(" + arg(0) + " != 0)" : "true";
      return "rt::truthy(" + arg(0) + ")";
    case OpKind::kLt:
    case OpKind::kLe:
    case OpKind::kGt:
    case OpKind::kGe:
    case OpKind::kEq:
    case OpKind::kNe: {
      static const char* kSymbols[] = {"<", "<=", ">", ">=", "==", "!="};
      int index = kind == OpKind::kLt   ? 0
                  : kind == OpKind::kLe ? 1
                  : kind == OpKind::kGt ? 2
                  : kind == OpKind::kGe ? 3
                  : kind == OpKind::kEq ? 4
                                        : 5;
      if (t(0).kind == TypeKind::kNumber || t(1).kind == TypeKind::kNumber) {
        std::string number = number_cpp_type(int_mode);
        std::string a = number + "(" + arg(0) + ")", b = number + "(" + arg(1) + ")";
        if (kind == OpKind::kEq) return "rt::py_eq(" + a + ", " + b + ")";
        if (kind == OpKind::kNe) return "!rt::py_eq(" + a + ", " + b + ")";
        if (kind == OpKind::kLt) return "rt::py_lt(" + a + ", " + b + ")";
        if (kind == OpKind::kGt) return "rt::py_lt(" + b + ", " + a + ")";
        if (kind == OpKind::kLe) return "!rt::py_lt(" + b + ", " + a + ")";
        return "!rt::py_lt(" + a + ", " + b + ")";
      }
      if (t(0).is_numeric() && t(1).is_numeric()) {
        bool mixed = (t(0).kind == TypeKind::kFloat) != (t(1).kind == TypeKind::kFloat);
        if (mixed && !big) return as_double(0) + " " + kSymbols[index] + " " + as_double(1);
        if (!mixed) return arg(0) + " " + kSymbols[index] + " " + arg(1);
      }
      if (t(0).is_numeric() && t(1).is_numeric()) {  // big ints with floats: exact
        std::string a = t(0).kind == TypeKind::kFloat ? arg(0) : "rt::Int(" + arg(0) + ")";
        std::string b = t(1).kind == TypeKind::kFloat ? arg(1) : "rt::Int(" + arg(1) + ")";
        if (kind == OpKind::kEq) return "rt::py_eq(" + a + ", " + b + ")";
        if (kind == OpKind::kNe) return "!rt::py_eq(" + a + ", " + b + ")";
        if (kind == OpKind::kLt) return "rt::py_lt(" + a + ", " + b + ")";
        if (kind == OpKind::kGt) return "rt::py_lt(" + b + ", " + a + ")";
        if (kind == OpKind::kLe)
          return "(rt::py_lt(" + a + ", " + b + ") || rt::py_eq(" + a + ", " + b + "))";
        return "(rt::py_lt(" + b + ", " + a + ") || rt::py_eq(" + a + ", " + b + "))";
        return arg(0) + " " + kSymbols[index] + " " + arg(1);
      }
      if (kind == OpKind::kEq) return "rt::py_eq(" + arg(0) + ", " + arg(1) + ")";
      if (kind == OpKind::kNe) return "!rt::py_eq(" + arg(0) + ", " + arg(1) + ")";
      if (kind == OpKind::kLt) return "rt::py_lt(" + arg(0) + ", " + arg(1) + ")";
      if (kind == OpKind::kGt) return "rt::py_lt(" + arg(1) + ", " + arg(0) + ")";
      if (kind == OpKind::kLe) return "!rt::py_lt(" + arg(1) + ", " + arg(0) + ")";
      return "!rt::py_lt(" + arg(0) + ", " + arg(1) + ")";
    }
    case OpKind::kIs: {
      if (t(1).kind == TypeKind::kNone) {
        if (t(0).kind == TypeKind::kNone) return "true";
        if (t(0).kind == TypeKind::kStr) return arg(0) + ".is_none()";
        if (t(0).kind == TypeKind::kPbc && t(0).can_be_none) return "(" + arg(0) + " == 0)";
        if (t(0).kind == TypeKind::kBoundMethod && !t(0).method_choices.empty())
          return "(" + arg(0) + ".self == nullptr)";  // a MethodChoice without a receiver
        if (t(0).can_be_none) return "(" + arg(0) + " == nullptr)";
        return "false";
      }
      if (t(0).kind == TypeKind::kPbc && t(1).kind == TypeKind::kPbc)
        return entity_number(arg(0), t(0)) + " == " + entity_number(arg(1), t(1));
      if (t(1).constant && t(1).constant->kind == flow::ConstValue::Kind::kBool) {
        return t(1).constant->bool_value ? arg(0) : "!" + arg(0);
      }
      if (t(0).kind == TypeKind::kInstance || t(0).kind == TypeKind::kList ||
          t(0).kind == TypeKind::kDict || t(0).kind == TypeKind::kSet || is_byte_seq(t(0))) {
        return "(static_cast<const void*>(" + arg(0) + ") == static_cast<const void*>(" + arg(1) +
               "))";
      }
      break;
    }
    case OpKind::kContains:
      if (t(0).kind == TypeKind::kStr) return "rt::str_contains(" + arg(0) + ", " + arg(1) + ")";
      if (t(0).kind == TypeKind::kDict) return arg(0) + "->contains(" + arg(1) + ")";
      if (t(0).kind == TypeKind::kRange) return arg(0) + ".contains(" + arg(1) + ")";
      if (t(0).kind == TypeKind::kList && t(1).is_fixed_tuple() &&
          annotator::resolve(t(0).list)->item.type.is_var_tuple()) {  // a tuple in a list of them
        return "rt::contains(" + arg(0) + ", " +
               convert(arg(1), t(1), annotator::resolve(t(0).list)->item.type) + ")";
      }
      return "rt::contains(" + arg(0) + ", " + arg(1) + ")";
    case OpKind::kGetAttr: {
      const std::string& name = op.args[1]->constant->text;
      if (t(0).kind == TypeKind::kInstance) {
        if (const auto* fn = method_entity(t(0).cls, name)) {
          if (fn->method_kind == flow::FunctionEntity::MethodKind::kProperty)
            return special(op, annotator::SpecialCall{0, {}, name});
          if (fn->method_kind == flow::FunctionEntity::MethodKind::kStatic)
            return "((void)" + checked_instance(op, name) + ", rt::None)";  // evaluated, unused
        }
      }
      if (t(0).kind == TypeKind::kClosure) return constant(*result.constant, result);  // __name__
      std::string object = checked_instance(op, name);
      // The receiver; none for a classmethod's class or a ctypes type's method.
      if (result.kind == TypeKind::kBoundMethod && t(0).kind == TypeKind::kPbc)
        return result.cls == nullptr ? "rt::None" : "nullptr";
      if (result.kind == TypeKind::kBoundMethod) return object;
      if (t(0).kind == TypeKind::kInstance && name == "__class__")
        return class_number(object, result);
      if (t(0).kind == TypeKind::kInstance && t(0).cls->is_exception &&
          (name == "__cause__" || name == "__context__"))
        return object + "->" + name.substr(2, name.size() - 4);
      if (t(0).kind == TypeKind::kInstance && t(0).cls->is_exception &&
          name == "__suppress_context__")
        return object + "->suppress_context";
      if (t(0).kind == TypeKind::kInstance)
        return instance_attribute(object, t(0).cls, name, result);
      if (t(0).kind == TypeKind::kRePattern || t(0).kind == TypeKind::kReMatch)
        return object + "->" + name;  // a data attribute: a field of the runtime object
      if (is_numbered_pbc(t(0))) return class_attribute_of_number(arg(0), t(0), name, result);
      if (t(0).kind == TypeKind::kPbc) {
        if (result.constant) return constant(*result.constant, result);
        return CppNames::global(
            static_cast<const flow::ClassEntity*>(t(0).single_pbc())->computed_global(name));
      }
      break;
    }
    case OpKind::kSetAttr: {
      const std::string& name = op.args[1]->constant->text;
      std::string object = checked_instance(op, name);
      if (name == "__cause__") {  // raise ... from cause: the cause replaces the context
        std::string cause = t(2).kind == TypeKind::kNone ? "nullptr" : arg(2);
        return "(" + arg(0) + "->cause = " + cause + ", " + arg(0) + "->suppress_context = true)";
      }
      if (name == "__context__") return "rt::set_context(" + arg(0) + ", " + arg(2) + ")";
      if (t(0).kind == TypeKind::kPbc) {  // a computed class attribute: a module global
        std::string shared =
            static_cast<const flow::ClassEntity*>(t(0).single_pbc())->computed_global(name);
        return CppNames::global(shared) + " = " +
               convert(arg(2), t(2), ctx_.annotator.globals().at(shared).type);
      }
      if (const auto* fn = method_entity(t(0).cls, name); fn && fn->setter) {
        return property_setter(op, fn->setter);
      }
      const annotator::ClassDef* definer = t(0).cls->definer_of(name);
      Type field =
          definer ? const_cast<annotator::ClassDef*>(definer)->own_attribute(name)->type : t(2);
      return object + "->" + CppNames::field(name) + " = " + convert(arg(2), t(2), field);
    }
    case OpKind::kGetItem:
      switch (t(0).kind) {
        case TypeKind::kList:
          return checked_container(op, "is not subscriptable") + "->get(" + index(1) + site_arg() +
                 ")";
        case TypeKind::kDict:
          return checked_container(op, "is not subscriptable") + "->get_item(" + arg(1) +
                 site_arg() + ")";
        case TypeKind::kStr:
          return arg(0) + "[" + index(1) + "]";
        case TypeKind::kBytes:
        case TypeKind::kByteArray:
          return arg(0) + "->get(" + index(1) + ")";
        case TypeKind::kRange:
          return arg(0) + ".get(" + index(1) + site_arg() + ")";
        case TypeKind::kReMatch:
          return checked_container(op, "is not subscriptable") + "->group(" + arg(1) + ")";
        case TypeKind::kTuple:
          if (t(0).variadic) return arg(0) + ".get(" + index(1) + site_arg() + ")";
          if (t(1).constant) {
            int64_t i = t(1).constant->int_value;
            if (i < 0) i += static_cast<int64_t>(t(0).items.size());
            return "std::get<" + std::to_string(i) + ">(" + arg(0) + ")";
          }
          break;
        default:
          break;
      }
      break;
    case OpKind::kSetItem:
      if (t(0).kind == TypeKind::kList) {
        return checked_container(op, "does not support item assignment") + "->set(" + index(1) +
               ", " + convert(arg(2), t(2), annotator::resolve(t(0).list)->item.type) + site_arg() +
               ")";
      }
      if (t(0).kind == TypeKind::kByteArray)
        return arg(0) + "->set(" + arg(1) + ", " + arg(2) + ")";
      if (t(0).kind == TypeKind::kDict) {
        const annotator::DictDef* d = annotator::resolve(t(0).dict);
        return checked_container(op, "does not support item assignment") + "->set_item(" +
               convert(arg(1), t(1), d->key.type) + ", " + convert(arg(2), t(2), d->value.type) +
               ")";
      }
      break;
    case OpKind::kDelItem:
      if (t(0).kind == TypeKind::kList || t(0).kind == TypeKind::kDict)
        return checked_container(op, "does not support item deletion") + "->del_item(" +
               (t(0).kind == TypeKind::kList ? index(1) : arg(1)) + ")";
      if (t(0).kind == TypeKind::kByteArray) return arg(0) + "->del_item(" + index(1) + ")";
      break;
    case OpKind::kGetSlice:
    case OpKind::kSetSlice:
    case OpKind::kDelSlice: {
      std::string slice = this->slice(op);
      if (kind == OpKind::kGetSlice && t(0).kind == TypeKind::kList)
        return arg(0) + "->slice(" + slice + ")";
      if (kind == OpKind::kGetSlice && t(0).is_var_tuple()) return arg(0) + ".slice(" + slice + ")";
      if (kind == OpKind::kGetSlice && t(0).kind == TypeKind::kTuple) {
        auto range = annotator::tuple_slice(arg_types(op));
        std::string items;
        for (int64_t i = range->first; i < range->second; ++i)
          items += (i > range->first ? ", " : "") +
                   ("std::get<" + std::to_string(i) + ">(" + arg(0) + ")");
        return ctx_.type(result, op.range) + "{" + items + "}";
      }
      if (kind == OpKind::kGetSlice && t(0).kind == TypeKind::kStr)
        return "rt::str_slice(" + arg(0) + ", " + slice + ")";
      if (kind == OpKind::kGetSlice && is_byte_seq(t(0)))
        return "rt::bytes_slice(" + arg(0) + ", " + slice + ")";
      if (kind == OpKind::kSetSlice && t(0).kind == TypeKind::kByteArray)
        return arg(0) + "->set_slice(" + slice + ", " + arg(4) + "->view())";
      if (kind == OpKind::kDelSlice && t(0).kind == TypeKind::kByteArray)
        return arg(0) + "->del_slice(" + slice + ")";
      if (kind == OpKind::kSetSlice && t(0).kind == TypeKind::kList) {
        std::string items = arg(4);
        if (annotator::resolve(t(4).list)->item.type.is_impossible()) {  // `[]`: never holds items
          std::string list = ctx_.type(t(0), op.range);
          items = "((void)" + items + ", " + list.substr(0, list.size() - 1) + "::make(0))";
        }
        return arg(0) + "->set_slice(" + slice + ", " + items + ")";
      }
      if (kind == OpKind::kDelSlice && t(0).kind == TypeKind::kList)
        return arg(0) + "->del_slice(" + slice + ")";
      break;
    }
    case OpKind::kNewList: {
      std::string item = ctx_.type(annotator::resolve(result.list)->item.type, op.range);
      std::string items;
      for (size_t i = 0; i < op.args.size(); ++i) {
        items +=
            (i ? ", " : "") + convert(arg(i), t(i), annotator::resolve(result.list)->item.type);
      }
      if (op.args.empty()) return "rt::List<" + item + ">::make(0)";
      return "rt::List<" + item + ">::of({" + items + "})";
    }
    case OpKind::kNewSet:
    case OpKind::kNewSetFolded: {
      const Type& item = annotator::resolve(result.set)->item.type;
      std::string type = "rt::Set<" + ctx_.type(item, op.range) + ">";
      if (op.args.empty()) return type + "::make()";
      std::string items;
      for (size_t i = 0; i < op.args.size(); ++i)
        items += (i ? ", " : "") + convert(arg(i), t(i), item);
      bool folded = op.kind == OpKind::kNewSetFolded;
      return type + (folded ? "::of_constants({" : "::of({") + items + "})";
    }
    case OpKind::kNewTuple: {
      std::string items;
      for (size_t i = 0; i < op.args.size(); ++i) items += (i ? ", " : "") + arg(i);
      return ctx_.type(result, op.range) + "{" + items + "}";
    }
    case OpKind::kNewDict: {
      std::string type = ctx_.type(result, op.range);
      std::string base = type.substr(0, type.size() - 1);  // without the '*'
      if (op.args.empty()) return base + "::make()";
      const annotator::DictDef* d = annotator::resolve(result.dict);
      line(CppNames::variable(op.result) + " = " + base + "::make();");
      for (size_t i = 0; i + 1 < op.args.size(); i += 2) {
        line(CppNames::variable(op.result) + "->set_item(" + convert(arg(i), t(i), d->key.type) +
             ", " + convert(arg(i + 1), t(i + 1), d->value.type) + ");");
      }
      return CppNames::variable(op.result);
    }
    case OpKind::kIter:
      if (t(0).is_fixed_tuple())
        return "rt::tuple_iter<" + ctx_.type(result.items[0], op.range) + ">(" + arg(0) + ")";
      return "rt::py_iter(" + arg(0) + ")";
    case OpKind::kFormat: {
      std::string v = arg(0);
      const flow::ConstValue& conversion = *op.args[1]->constant;
      if (conversion.kind == flow::ConstValue::Kind::kStr) {
        v = (conversion.text == "r" || conversion.text == "a" ? "rt::repr(" : "rt::str(") + v + ")";
        if (conversion.text == "a") v = "rt::ascii_escape(" + v + ")";
      }
      return "rt::format(" + v + ", " + arg(2) + ")";
    }
    case OpKind::kBuildStr: {
      std::string pieces;
      for (size_t i = 0; i < op.args.size(); ++i) pieces += (i ? ", " : "") + arg(i);
      return "rt::concat(" + pieces + ")";
    }
    case OpKind::kCheckLength:
    case OpKind::kCheckLengthAtLeast:
      if (t(0).is_fixed_tuple()) return "";
      if (t(0).kind == TypeKind::kList || t(0).kind == TypeKind::kStr || t(0).is_var_tuple())
        return std::string(op.kind == OpKind::kCheckLength ? "rt::check_unpack("
                                                           : "rt::check_unpack_at_least(") +
               "rt::len(" + arg(0) + "), " + arg(1) + ")";
      break;
    case OpKind::kIsInstance: {
      if (result.constant && result.constant->kind == flow::ConstValue::Kind::kBool)
        return result.constant->bool_value ? "true" : "false";  // decided by the types
      if (t(0).kind != TypeKind::kInstance) break;
      const flow::ConstValue& classes = *op.args[1]->constant;
      std::vector<const flow::Entity*> entities;
      if (classes.kind == flow::ConstValue::Kind::kTuple) {
        for (const auto& c : classes.items) entities.push_back(c.entity);
      } else {
        entities.push_back(classes.entity);
      }
      std::string test;
      for (const flow::Entity* e : entities) {
        test +=
            (test.empty() ? "" : " || ") + ctx_.instance_test(arg(0), ctx_.annotator.classdef(e));
      }
      return "(" + test + ")";
    }
    case OpKind::kType:
      return "";
    case OpKind::kSameAs:
      return arg(0);
    case OpKind::kGeneratorReturn: {  // the sub-generator's frame kept its return value
      const Type& it = t(0);
      if (it.iter != annotator::IterKind::kGenerator || !has_runtime_value(result))
        return "rt::None";
      return convert(arg(0) + ".frame->krait_return", it.generator->return_type, result);
    }
    case OpKind::kNewCell:
      return "rt::gc_new<std::remove_pointer_t<" + ctx_.type(result, op.range) + ">>()";
    case OpKind::kGetCell:
      return arg(0) + "->value";
    case OpKind::kSetCell:
      return arg(0) + "->value = " + convert(arg(1), t(1), t(0).cell->value.type);
    case OpKind::kMakeClosure: {
      if (result.kind != TypeKind::kClosure) return "rt::None";  // a plain function
      std::string cells;
      for (size_t i = 1; i < op.args.size(); ++i) cells += (i > 1 ? ", " : "") + arg(i);
      return ctx_.type(result, op.range) + "{" + cells + "}";
    }
    case OpKind::kLoadGlobal:
      return CppNames::global(op.args[0]->constant->text);
    case OpKind::kStoreGlobal: {
      const std::string& name = op.args[0]->constant->text;
      return CppNames::global(name) + " = " +
             convert(arg(1), t(1), ctx_.annotator.globals().at(name).type);
    }
    case OpKind::kSimpleCall:
    case OpKind::kCallArgs:
      return call(op);
    case OpKind::kImportModule: {  // the body runs once: a circular import sees it running
      auto callee = spec_.callees.find(&op);
      if (callee == spec_.callees.end() || callee->second.size() != 1) break;
      const annotator::Specialization* body = *callee->second.begin();
      std::string flag = CppNames::imported_flag(ctx_.names.function(body));
      return "(" + flag + " ? rt::None : (" + flag + " = true, (void)" + ctx_.names.function(body) +
             "(), rt::None))";
    }
    default:
      break;
  }
  unsupported(op, std::string("the operation '") + std::string(flow::op_name(op.kind)) + "' on " +
                      (op.args.empty() ? std::string("no arguments") : annotator::describe(t(0))) +
                      " is");
  return "";
}

std::string FunctionEmitter::instance_attribute(const std::string& object,
                                                const annotator::ClassDef* cls,
                                                const std::string& name, const Type& result) {
  std::string field = object + "->" + CppNames::field(name);
  if (ctx_.annotator.instance_assigned(name)) return field;
  // A class attribute no instance assigns is read from the class of the
  // object (subclasses first), so a rebinding through the class is seen.
  auto shared_of = [&](const annotator::ClassDef* c) -> std::string {
    if (c->entity->kind != flow::EntityKind::kClass) return "";
    return static_cast<const flow::ClassEntity*>(c->entity)->computed_global(name);
  };
  auto read = [&](const std::string& shared) {
    return shared.empty() ? field
                          : convert(CppNames::global(shared),
                                    ctx_.annotator.globals().at(shared).type, result);
  };
  std::string out = read(shared_of(cls));
  std::vector<const annotator::ClassDef*> subclasses;  // pre-order: bases before subclasses
  std::vector<const annotator::ClassDef*> pending(cls->subclasses.rbegin(), cls->subclasses.rend());
  while (!pending.empty()) {
    const annotator::ClassDef* c = pending.back();
    pending.pop_back();
    subclasses.push_back(c);
    pending.insert(pending.end(), c->subclasses.rbegin(), c->subclasses.rend());
  }
  for (const annotator::ClassDef* c : subclasses) {  // deeper ones test last, so wrap first
    std::string shared = shared_of(c);
    if (shared.empty() || shared == shared_of(c->base)) continue;
    out = "(" + ctx_.instance_test(object, c) + " ? " + read(shared) + " : " + out + ")";
  }
  // (The object is still evaluated: the variable is then used, as in Python.)
  if (out.find(object) == std::string::npos) out = "((void)" + object + ", " + out + ")";
  return out;
}

// Suspends the generator: the resume point is a label after the return,
// which next() jumps to on the following call (G_f::next's switch).
void FunctionEmitter::yield(const flow::Operation& op) {
  int point = static_cast<int>(++resume_points_);
  const flow::Value* item = op.args[0];
  line("krait_resume = " + std::to_string(point) + ";");
  line("krait_out = " + convert(value(item), type_of(item), spec_.yielded.type) + ";");
  line("rt::g_depth = krait_depth - 1;");
  line("return true;");
  body_ << "krait_resume_" << point << ":;\n";
  last_site_ = -1;  // the frame slot is cleared on resuming
}

}  // namespace krait::backend
