// Typing rules of ctypes: calls of C functions, ctypes objects (boxes of
// simple types, arrays, Structures, pointers), their attributes and items,
// and the functions of the ctypes module.
#include "annotator/rules_ctypes.h"

#include "annotator/builtin_args.h"
#include "annotator/ctypes_conversions.h"
#include "translator/flowgraph/ctypes_module.h"

namespace krait::annotator {
namespace {

using ctypes::CKind;
using ctypes::CType;
using ctypes::SimpleKind;

Type T(TypeKind kind) {
  return Type::of(kind);
}

std::string ordinal_argument(size_t i) {
  return "argument " + std::to_string(i + 1);
}

// CPython's ctypes.ArgumentError text for an argument it cannot convert.
Type argument_error(OpContext& ctx, size_t i, const Type& value, const std::string& expected) {
  return op_error(
      ctx, "ctypes.ArgumentError: " + ordinal_argument(i) + ": TypeError: " +
               (expected.empty()
                    ? "Don't know how to convert parameter " + std::to_string(i + 1) + " (" +
                          describe(value) + ")"
                    : "wrong type: " + describe(value) + " where " + expected + " is expected"));
}

// Checks that `value` converts to `type`, as an argument, field or item.
bool converts(OpContext& ctx, const Type& value, const CType& type, const std::string& what) {
  if (to_c(value, type)) return true;
  op_error(ctx,
           what + ": " + describe(value) + " cannot be converted to ctypes " + type.python_name());
  return false;
}

// A callback passed to C: its Python function is called with the Python
// values of the prototype's arguments, and must return what converts to
// its result type.
bool annotate_callback(OpContext& ctx, const ctypes::CCallback& cb) {
  std::vector<Type> args;
  for (const CType* arg : cb.prototype->argtypes) {
    Type t = python_type(*arg);
    if (t.is_impossible()) {
      op_error(ctx,
               "a callback taking ctypes " + arg->python_name() + " is not supported by Krait yet");
      return false;
    }
    args.push_back(t);
  }
  Type result = ctx.annotator.call_function(cb.function, args, ctx.op);
  if (result.is_impossible()) return !ctx.annotator.failed();  // not known yet
  if (cb.prototype->restype == nullptr ? result.kind == TypeKind::kNone
                                       : to_c(result, *cb.prototype->restype).has_value())
    return true;
  op_error(ctx, "callback " + cb.function->qualname + " returns " + describe(result) +
                    ", which does not convert to the prototype's result " +
                    (cb.prototype->restype ? "ctypes " + cb.prototype->restype->python_name()
                                           : std::string("None")));
  return false;
}

Type call_c_function(OpContext& ctx, const CallSite& site, const ctypes::CFunction& fn) {
  if (!site.keywords.empty())
    return op_error(ctx, "C function " + fn.symbol + "() takes no keyword arguments");
  size_t fixed = fn.argtypes ? fn.argtypes->size() : 0;
  if (site.positional.size() < fixed) {
    return op_error(ctx, "TypeError: this function takes at least " + std::to_string(fixed) +
                             " argument" + (fixed == 1 ? "" : "s") + " (" +
                             std::to_string(site.positional.size()) + " given)");
  }
  for (size_t i = 0; i < site.positional.size(); ++i) {
    Type value = site.type_of(ctx, site.positional[i]);
    if (i < fixed) {
      const CType& expected = *(*fn.argtypes)[i];
      std::optional<ToC> how = to_c(value, expected);
      if (!how) return argument_error(ctx, i, value, expected.python_name());
      if (*how == ToC::kCallback &&
          !annotate_callback(ctx, *ctypes::as_callback(*value.pbcs.begin())))
        return Type::impossible();
    } else if (!default_to_c(value)) {
      return argument_error(ctx, i, value, "");
    }
  }
  Type result = fn.restype == nullptr ? Type::none() : python_type(*fn.restype);
  if (result.is_impossible())
    return op_error(ctx, "C function " + fn.symbol + " returns ctypes " +
                             fn.restype->python_name() + ", which Krait cannot return yet");
  if (fn.errcheck == nullptr) return result;
  // errcheck(result, func, arguments): what it returns is the call's value.
  std::vector<Type> args;
  for (const CallArg& arg : site.positional) args.push_back(site.type_of(ctx, arg));
  return ctx.annotator.call_function(
      fn.errcheck, {result, Type::pbc_of(&fn), Type::tuple_of(std::move(args))}, ctx.op);
}

// A ctypes object whose address a function takes (byref, pointer, addressof).
bool is_object(const Type& t) {
  return t.kind == TypeKind::kCData && !t.c_value && !t.c_ref && !t.can_be_none;
}

// c_int(5), (c_int * 3)(1, 2, 3), Point(1, y=2), POINTER(c_int)(x).
Type construct(OpContext& ctx, const CallSite& site, const CType& type) {
  std::vector<Type> pos;
  for (const CallArg& arg : site.positional) pos.push_back(site.type_of(ctx, arg));
  const std::string& name = type.python_name();
  switch (type.kind) {
    case CKind::kSimple:
      if (!site.keywords.empty() || pos.size() > 1)
        return op_error(ctx, name + "() takes at most 1 argument");
      if (pos.size() == 1 && !converts(ctx, pos[0], type, name + "()")) return Type::impossible();
      break;
    case CKind::kArray: {  // length -1 or a *list: the count is checked at run time
      if (!site.keywords.empty()) return op_error(ctx, name + "() takes no keyword arguments");
      if (type.length >= 0 && static_cast<int64_t>(pos.size()) > type.length)
        return op_error(ctx, "IndexError: invalid index");  // CPython's message
      for (size_t i = 0; i < pos.size(); ++i) {
        bool starred = site.positional[i].tuple_item == kStarredList;
        const Type& item = starred ? resolve(pos[i].list)->item.type : pos[i];
        if (starred && item.is_impossible()) continue;  // an empty list
        if (!converts(ctx, item, *type.target, name + "() item")) return Type::impossible();
      }
      break;
    }
    case CKind::kStruct:
    case CKind::kUnion: {
      if (pos.size() > type.fields.size()) return op_error(ctx, "TypeError: too many initializers");
      for (size_t i = 0; i < pos.size(); ++i) {
        if (!converts(ctx, pos[i], *type.fields[i].type, "field '" + type.fields[i].name + "'"))
          return Type::impossible();
      }
      for (const auto& [key, arg] : site.keywords) {
        std::vector<const ctypes::CField*> path = type.field_path(key);
        const ctypes::CField* field = path.empty() ? nullptr : path.back();
        if (field == nullptr)
          return op_error(ctx,
                          "AttributeError: '" + name + "' object has no attribute '" + key + "'");
        if (!converts(ctx, site.type_of(ctx, arg), *field->type, "field '" + key + "'"))
          return Type::impossible();
      }
      break;
    }
    case CKind::kPointer:
      if (!site.keywords.empty() || pos.size() > 1)
        return op_error(ctx, name + "() takes at most 1 argument");
      if (pos.size() == 1 && !(is_object(pos[0]) && pos[0].ctype == type.target))
        return op_error(ctx, "TypeError: expected " + type.target->python_name() + " instead of " +
                                 describe(pos[0]));
      break;
    case CKind::kFunctionPointer:
      if (pos.empty() && site.keywords.empty()) break;  // a NULL function pointer
      return op_error(ctx,
                      "a ctypes callback is made at module level, bound once to a name "
                      "(cmp = CMPFUNC(py_cmp))");
  }
  return Type::cdata_of(&type);
}

// The length of a ctypes array type made at run time: known constants
// give c_char_Array_<n>, as in CPython.
const CType* char_array(OpContext& ctx, int64_t length) {
  return flow::c_array_type(ctx.annotator.program(),
                            flow::ctypes_simple_type(ctx.annotator.program(), "c_char"), length);
}

Type create_string_buffer(Args& a) {
  if (!a.expect(1, 2)) return Type::impossible();
  const Type& init = a.pos[0];
  std::optional<int64_t> size;
  if (a.pos.size() == 2) {
    if (!is_plain_int(a.pos[1])) return a.fail("the size must be an int");
    if (a.pos[1].constant) size = a.pos[1].constant->int_value;
  }
  if (init.kind == TypeKind::kBytes && !init.can_be_none) {
    if (!size && a.pos.size() == 1 && init.constant)
      size = static_cast<int64_t>(init.constant->text.size()) + 1;
  } else if (is_plain_int(init)) {
    if (a.pos.size() == 2) return a.fail("TypeError: bytes expected as the initializer");
    if (init.constant) size = init.constant->int_value;
  } else {
    return a.fail("TypeError: " + describe(init));
  }
  return Type::cdata_of(char_array(a.ctx, size.value_or(-1)));
}

// The ctypes type of a type operand (sizeof(c_int), cast(p, POINTER(T))).
const CType* type_operand(const Type& t) {
  const flow::Entity* e = t.single_pbc();
  return e != nullptr ? ctypes::as_ctype(e) : nullptr;
}

// `T * n`: an array type, known at translation time when n is a constant.
Type array_type(OpContext& ctx, const CType& item, const Type& length) {
  flow::Program& program = ctx.annotator.program();
  if (!length.constant) return Type::c_array_type_of(flow::c_array_type(program, &item, -1));
  int64_t n = length.constant->int_value;
  if (n < 0)
    return op_error(ctx, "ValueError: Array length must be >= 0, not " + std::to_string(n));
  return Type::pbc_of(flow::c_array_type(program, &item, n));
}

// The type a class method is called on: a ctypes type, or an array type
// made at run time.
const CType* receiver_type(const Type& receiver) {
  return receiver.kind == TypeKind::kCArrayType ? receiver.ctype : type_operand(receiver);
}

}  // namespace

bool is_plain_int(const Type& t) {
  return (t.kind == TypeKind::kInt || t.kind == TypeKind::kBool) && !t.can_be_none;
}

Type call_ctypes_entity(OpContext& ctx, const CallSite& site, const flow::Entity* entity) {
  if (const ctypes::CFunction* fn = ctypes::as_cfunction(entity))
    return call_c_function(ctx, site, *fn);
  if (const CType* type = ctypes::as_ctype(entity)) return construct(ctx, site, *type);
  if (ctypes::as_callback(entity))
    return op_error(ctx,
                    "calling a ctypes callback from Python is not supported by Krait; call "
                    "the Python function");
  return op_error(ctx, "'" + entity->qualname + "' (a ctypes library) is not callable");
}

Type ctypes_builtin(Args& a) {
  const std::string n = a.name.substr(a.name.rfind('.') + 1);
  if (n == "byref" || n == "pointer") {
    if (!a.expect(1, 1)) return Type::impossible();
    if (!is_object(a.pos[0]))
      return a.fail("TypeError: byref() argument must be a ctypes instance, not " +
                    describe(a.pos[0]));
    Type p = Type::cdata_of(flow::c_pointer_type(a.ctx.annotator.program(), a.pos[0].ctype));
    p.c_ref = n == "byref";  // pointer(x) makes a POINTER object
    return p;
  }
  if (n == "POINTER") {  // a type known at translation time, wherever it is made
    if (!a.expect(1, 1)) return Type::impossible();
    const CType* target = type_operand(a.pos[0]);
    if (target == nullptr) return a.fail("TypeError: must be a ctypes type");
    return Type::pbc_of(flow::c_pointer_type(a.ctx.annotator.program(), target));
  }
  if (n == "sizeof" || n == "alignment") {
    if (!a.expect(1, 1)) return Type::impossible();
    if (!type_operand(a.pos[0]) && a.pos[0].kind != TypeKind::kCData &&
        a.pos[0].kind != TypeKind::kCArrayType)
      return a.fail("TypeError: this type has no size");
    return T(TypeKind::kInt);
  }
  if (n == "addressof") {
    if (!a.expect(1, 1)) return Type::impossible();
    if (!is_object(a.pos[0])) return a.fail("TypeError: invalid type");
    return T(TypeKind::kInt);
  }
  if (n == "cast") {
    if (!a.expect(2, 2)) return Type::impossible();
    const CType* target = type_operand(a.pos[1]);
    bool pointer_type = target != nullptr &&
                        (target->kind == CKind::kPointer || target->is_simple(SimpleKind::kCharP) ||
                         target->is_simple(SimpleKind::kVoidP));
    if (!pointer_type)
      return a.fail("the target type must be a pointer type (POINTER(T), c_char_p, c_void_p)");
    const Type& from = a.pos[0];
    // (An address or a POINTER object that may be None: None casts to NULL.)
    bool ok = from.kind == TypeKind::kNone || is_plain_int(from) ||
              (from.kind == TypeKind::kCData &&
               (from.c_value || from.ctype->kind == CKind::kPointer ||
                (from.ctype->kind == CKind::kArray && !from.can_be_none)));
    if (!ok) return a.fail("ArgumentError: wrong type: " + describe(from));
    if (target->is_simple(SimpleKind::kVoidP)) return python_type(*target);  // the address
    return Type::cdata_of(target);
  }
  if (n == "string_at") {
    if (!a.expect(1, 2)) return Type::impossible();
    if (!to_c(a.pos[0], *flow::ctypes_simple_type(a.ctx.annotator.program(), "c_void_p")))
      return a.fail("ArgumentError: wrong type: " + describe(a.pos[0]));
    if (a.pos.size() == 2 && !is_plain_int(a.pos[1])) return a.fail("the size must be an int");
    return T(TypeKind::kBytes);
  }
  if (n == "memmove" || n == "memset") {
    if (!a.expect(3, 3)) return Type::impossible();
    const CType* void_p = flow::ctypes_simple_type(a.ctx.annotator.program(), "c_void_p");
    if (!to_c(a.pos[0], *void_p)) return a.fail("ArgumentError: argument 1: wrong type");
    if (n == "memmove" ? !to_c(a.pos[1], *void_p) : !is_plain_int(a.pos[1]))
      return a.fail("ArgumentError: argument 2: wrong type");
    if (!is_plain_int(a.pos[2])) return a.fail("ArgumentError: argument 3: wrong type");
    Type address = Type::cdata_of(void_p);  // CPython returns dst's address
    address.c_value = true;
    address.can_be_none = true;
    return address;
  }
  if (n == "create_string_buffer") return create_string_buffer(a);
  if (n == "get_errno") {
    if (!a.expect(0, 0)) return Type::impossible();
    return T(TypeKind::kInt);
  }
  if (n == "set_errno") {
    if (!a.expect(1, 1)) return Type::impossible();
    if (!is_plain_int(a.pos[0])) return a.fail("an int is required");
    return T(TypeKind::kInt);
  }
  return a.fail(
      "Krait carries out ctypes declarations (CDLL, POINTER, CFUNCTYPE, find_library, "
      "Structure) only at module level, bound once to a name");
}

Type call_c_array_type(OpContext& ctx, const CallSite& site, const Type& callee) {
  return construct(ctx, site, *callee.ctype);
}

bool is_ctypes_class_method(const std::string& name) {
  return name == "from_buffer_copy";
}

Type ctypes_class_method(Args& a, const Type& receiver) {
  const CType& type = *receiver_type(receiver);
  if (!a.expect(1, 2)) return Type::impossible();
  const Type& source = a.pos[0];
  if ((source.kind != TypeKind::kBytes && source.kind != TypeKind::kByteArray) ||
      source.can_be_none)
    return a.fail("TypeError: a bytes-like object is required, not " + describe(source));
  if (a.pos.size() == 2 && !is_plain_int(a.pos[1])) return a.fail("the offset must be an int");
  bool pointer_like = type.kind == CKind::kPointer || type.kind == CKind::kFunctionPointer ||
                      type.is_simple(SimpleKind::kCharP) || type.is_simple(SimpleKind::kVoidP);
  if (pointer_like)
    return a.fail("making ctypes " + type.python_name() +
                  " from the bytes of a buffer is not supported by Krait (a pointer from bytes)");
  return Type::cdata_of(&type);
}

std::optional<Type> ctypes_operation(OpContext& ctx) {
  if (ctx.op.kind == flow::OpKind::kMul && ctx.args.size() == 2) {  // T * n
    if (ctx.args[0].kind == TypeKind::kCArrayType)
      return op_error(ctx, "an array of arrays whose length is known only at run time (" +
                               describe(ctx.args[0]) + " * n) is not supported by Krait");
    const CType* item = type_operand(ctx.args[0]);
    if (item != nullptr && item->kind != CKind::kFunctionPointer && is_plain_int(ctx.args[1]))
      return array_type(ctx, *item, ctx.args[1]);
  }
  if (ctx.args.empty() || ctx.args[0].kind != TypeKind::kCData) return std::nullopt;
  const Type& obj = ctx.args[0];
  if (obj.can_be_none && ctx.op.kind != flow::OpKind::kBool && ctx.op.kind != flow::OpKind::kIs)
    return op_error(ctx, "a ctypes object that may be None (" + describe(obj) + ") is used here");
  const CType& type = *obj.ctype;
  if (obj.c_ref && ctx.op.kind != flow::OpKind::kBool && ctx.op.kind != flow::OpKind::kIs)
    return op_error(ctx,
                    "what byref() returns can only be passed to a C function (use "
                    "pointer(x) for a POINTER object)");
  switch (ctx.op.kind) {
    case flow::OpKind::kGetAttr:
    case flow::OpKind::kSetAttr: {
      const flow::ConstValue& attr = *ctx.op.args[1]->constant;
      bool store = ctx.op.kind == flow::OpKind::kSetAttr;
      std::optional<Type> result = cdata_attribute(type, attr.text, obj.c_value);
      if (!result) {
        return op_error(ctx, "AttributeError: '" + type.python_name() +
                                 "' object has no attribute '" + attr.text + "'");
      }
      if (!store) return *result;
      if (type.kind == CKind::kArray && attr.text == "value") {  // a char array's value
        if (ctx.args[2].kind != TypeKind::kBytes || ctx.args[2].can_be_none)
          return op_error(ctx, "TypeError: bytes expected instead of " + describe(ctx.args[2]));
        return Type::none();
      }
      const CType* target = cdata_attribute_type(type, attr.text);
      if (type.kind == CKind::kPointer) {  // p.contents = x: p now points to x
        const Type& value = ctx.args[2];
        if (value.kind != TypeKind::kCData || value.ctype != target || !is_object(value))
          return op_error(ctx, "TypeError: expected " + target->python_name() + " instead of " +
                                   describe(value));
        return Type::none();
      }
      if (target != nullptr && target->kind == CKind::kArray &&
          target->target->is_simple(SimpleKind::kChar) && type.is_record()) {  // a char array field
        if (ctx.args[2].kind != TypeKind::kBytes || ctx.args[2].can_be_none)
          return op_error(ctx, "TypeError: bytes expected instead of " + describe(ctx.args[2]));
        return Type::none();
      }
      if (target == nullptr || target->kind == CKind::kArray || attr.text == "raw")
        return op_error(ctx, "assigning '" + attr.text + "' of ctypes " + type.python_name() +
                                 " is not supported by Krait");
      if (!converts(ctx, ctx.args[2], *target, "'" + attr.text + "'")) return Type::impossible();
      return Type::none();
    }
    case flow::OpKind::kGetItem:
    case flow::OpKind::kSetItem: {
      if (obj.c_value || (type.kind != CKind::kArray && type.kind != CKind::kPointer))
        return op_error(ctx, "TypeError: '" + type.python_name() + "' object is not subscriptable");
      if (!is_plain_int(ctx.args[1]))
        return op_error(ctx, "TypeError: indices must be integers, not " + describe(ctx.args[1]));
      const CType& item = *type.target;
      if (ctx.op.kind == flow::OpKind::kSetItem) {
        if (item.is_record() || item.kind == CKind::kArray)
          return op_error(ctx, "assigning a Structure or array item is not supported by Krait");
        if (!converts(ctx, ctx.args[2], item, "item")) return Type::impossible();
        return Type::none();
      }
      Type r = item.is_simple(SimpleKind::kChar) ? T(TypeKind::kBytes) : python_type(item);
      if (r.is_impossible())
        return op_error(
            ctx, "reading an item of ctypes " + type.python_name() + " is not supported by Krait");
      return r;
    }
    case flow::OpKind::kGetSlice: {  // a list of the items (bytes of a char array)
      if (obj.c_value || type.kind != CKind::kArray)
        return op_error(ctx, "slicing ctypes " + type.python_name() +
                                 " is not supported by Krait (arrays only)");
      for (size_t i = 1; i < 4; ++i) {
        if (ctx.args[i].kind != TypeKind::kNone && !is_plain_int(ctx.args[i]))
          return op_error(ctx, "TypeError: slice indices must be integers or None");
      }
      if (type.target->is_simple(SimpleKind::kChar)) return T(TypeKind::kBytes);
      Type item = python_type(*type.target);
      if (item.is_impossible())
        return op_error(ctx, "slicing ctypes " + type.python_name() + " is not supported by Krait");
      return Type::list_of(ctx.annotator.new_list(item, ctx.annotator.origin_at(ctx.op, "sliced")));
    }
    case flow::OpKind::kBool:
      return T(TypeKind::kBool);
    case flow::OpKind::kIs:
    case flow::OpKind::kIter:
      return std::nullopt;
    default:
      return op_error(
          ctx, "this operation on ctypes " + type.python_name() + " is not supported by Krait");
  }
}

const CType* cdata_attribute_type(const CType& type, const std::string& name) {
  if (type.kind == CKind::kSimple && name == "value") return &type;
  if (type.is_record()) {
    std::vector<const ctypes::CField*> path = type.field_path(name);
    if (!path.empty()) return path.back()->type;
  }
  if (type.kind == CKind::kPointer && name == "contents") return type.target;
  if (type.kind == CKind::kArray && type.target->is_simple(SimpleKind::kChar) &&
      (name == "value" || name == "raw"))
    return &type;
  return nullptr;
}

std::optional<Type> cdata_attribute(const CType& type, const std::string& name, bool c_value) {
  if (c_value) return std::nullopt;
  const CType* target = cdata_attribute_type(type, name);
  if (target == nullptr) return std::nullopt;
  if (type.kind == CKind::kPointer) return Type::cdata_of(target);    // contents
  if (type.kind == CKind::kArray) return Type::of(TypeKind::kBytes);  // value, raw
  Type t = target->is_simple(SimpleKind::kChar) ? Type::of(TypeKind::kBytes) : python_type(*target);
  if (t.is_impossible()) return std::nullopt;
  return t;
}

}  // namespace krait::annotator
