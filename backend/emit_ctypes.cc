// ctypes as C++: the C structs of Structures and Unions, an extern
// declaration per C function (bound to its symbol with an asm label, so no
// C header's own declaration of the name can conflict), direct calls with
// the conversions ctypes makes (annotator/ctypes_conversions.h), callbacks
// as C functions that call the Python function, and ctypes objects (boxes,
// arrays, structs, pointers) as their C storage (runtime/ctypes.h).
#include <algorithm>

#include "annotator/ctypes_conversions.h"
#include "annotator/rules_ctypes.h"
#include "backend/emitter.h"
#include "translator/flowgraph/ctypes_module.h"

namespace krait::backend {

using annotator::ToC;
using annotator::Type;
using annotator::TypeKind;
using ctypes::CKind;
using ctypes::CType;
using ctypes::SimpleKind;

namespace {

std::string identifier(const std::string& dotted) {
  std::string out;
  for (char c : dotted) out += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return out;
}

std::string c_type(const CType& t) {
  return ctypes::c_declaration(t, "");
}

std::string extern_name(const ctypes::CFunction& fn) {
  return "kc_fn_" + identifier(fn.qualname);
}
std::string callback_name(const ctypes::CCallback& cb) {
  return "kc_cb_" + identifier(cb.qualname);
}

// C functions and callbacks in a deterministic order (by name).
template <class T>
std::vector<const T*> sorted_by_name(std::vector<const T*> items) {
  std::sort(items.begin(), items.end(),
            [](const T* a, const T* b) { return a->qualname < b->qualname; });
  return items;
}

std::vector<const ctypes::CFunction*> c_functions(const flow::Program& program) {
  std::vector<const ctypes::CFunction*> out;
  for (const auto& [key, fn] : program.c_functions) out.push_back(fn);
  return sorted_by_name(out);
}

std::string record_definition(const CType& record) {
  std::string out;
  if (record.pack > 0) out += "#pragma pack(push, " + std::to_string(record.pack) + ")\n";
  out += std::string(record.kind == CKind::kStruct ? "struct " : "union ") + record.c_name + " {\n";
  for (const ctypes::CField& f : record.fields) {
    out += "  " + ctypes::c_declaration(*f.type, f.name);
    if (f.bits > 0) out += " : " + std::to_string(f.bits);
    out += ";\n";
  }
  out += "};\n";
  if (record.pack > 0) out += "#pragma pack(pop)\n";
  return out;
}

// The specialization a callback runs: its function, called with the
// Python types of the prototype's arguments.
const annotator::Specialization* callback_spec(const annotator::Annotator& annotator,
                                               const ctypes::CCallback& cb) {
  std::vector<Type> args;
  for (const CType* a : cb.prototype->argtypes) args.push_back(annotator::python_type(*a));
  for (const auto& spec : annotator.specializations()) {
    if (spec->function != cb.function || spec->arg_types.size() != args.size()) continue;
    bool same = true;
    for (size_t i = 0; i < args.size(); ++i)
      same = same && annotator::same_type(spec->arg_types[i], args[i]);
    if (same) return spec.get();
  }
  return nullptr;
}

// `record->a.name`: the field, through _anonymous_ members where it is theirs.
std::string field_lvalue(const std::string& record, const CType& type, const std::string& name) {
  std::string out = record;
  const char* sep = "->";
  for (const ctypes::CField* f : type.field_path(name)) {
    out += sep + f->name;
    sep = ".";
  }
  return out;
}

// `record->name = c;`: a bit field keeps the low bits, as ctypes does.
std::string field_store(const std::string& record, const CType& type, const std::string& name,
                        std::string c) {
  if (type.field_path(name).back()->bits > 0) c = "rt::truncated_to_bit_field(" + c + ")";
  return field_lvalue(record, type, name) + " = " + c;
}

}  // namespace

std::string to_c_expr(FunctionEmitter& fe, const flow::Operation& op, ToC how, const std::string& v,
                      const Type& t, const CType* target) {
  std::string type = target ? c_type(*target) : "";
  switch (how) {
    case ToC::kNumber: {
      if (fe.ctx_.options.int_mode == IntMode::kBig && t.kind != TypeKind::kFloat) {
        fe.unsupported(op, "passing ints to C with --int=big is");
        return "";
      }
      std::string number =
          t.kind == TypeKind::kNumber ? fe.convert(v, t, Type::of(TypeKind::kFloat)) : v;
      if (target == nullptr) return "static_cast<int>(" + number + ")";  // no argtypes: c_int
      if (target->is_simple(SimpleKind::kBool)) return "(" + number + " != 0)";
      return "static_cast<" + type + ">(" + number + ")";
    }
    case ToC::kBoxedValue:
      return "(*" + v + ")";
    case ToC::kBytesPointer:
      return "rt::c_chars(" + v + ")";
    case ToC::kNull:
      return target ? "static_cast<" + type + ">(nullptr)" : "static_cast<void*>(nullptr)";
    case ToC::kBufferPointer:
      return target ? "reinterpret_cast<" + type + ">(" + v + ".data)" : v + ".data";
    case ToC::kPointerValue: {  // the address the box holds (NULL for None)
      std::string address = t.can_be_none ? "(" + v + " ? *" + v + " : nullptr)" : "(*" + v + ")";
      return target ? "reinterpret_cast<" + type + ">(" + address + ")" : address;
    }
    case ToC::kReference:
      return target ? "reinterpret_cast<" + type + ">(" + v + ")" : v;
    case ToC::kAddress:
      if (t.kind == TypeKind::kCData) return v;
      return "reinterpret_cast<void*>(static_cast<intptr_t>(" + v + "))";
    case ToC::kRecordPointer:
    case ToC::kAnyPointer:
      return target ? "reinterpret_cast<" + type + ">(" + v + ")" : v;
    case ToC::kRecordValue:
      return "(*" + v + ")";
    case ToC::kBytesChar:
      return "rt::c_char_of(" + v + ")";
    case ToC::kStrChar:
      return "rt::c_wchar_of(" + v + ")";
    case ToC::kStrPointer:
      return "rt::c_wchars(" + v + ")";
    case ToC::kCallback:
      return "&" + callback_name(*ctypes::as_callback(*t.pbcs.begin()));
  }
  return "";
}

// A C value (`c`, an lvalue when `lvalue`) as a Python value.
std::string from_c_expr(const std::string& c, const CType& type, bool lvalue) {
  switch (type.kind) {
    case CKind::kSimple:
      switch (type.simple) {
        case SimpleKind::kBool:
          return "static_cast<bool>(" + c + ")";
        case SimpleKind::kChar:
          return "rt::bytes_of_char(" + c + ")";
        case SimpleKind::kSigned:
        case SimpleKind::kUnsigned:
          return "rt::int_from_c(" + c + ")";
        case SimpleKind::kFloat:
          return "static_cast<double>(" + c + ")";
        case SimpleKind::kCharP:
          return "rt::bytes_from_c(" + c + ")";
        case SimpleKind::kWChar:
          return "rt::str_of_wchar(" + c + ")";
        case SimpleKind::kWCharP:
          return "rt::str_from_wchars(" + c + ")";
        case SimpleKind::kVoidP:
          return "static_cast<void*>(" + c + ")";
      }
      return c;
    case CKind::kPointer:  // a box; a field or item: its own storage
    case CKind::kFunctionPointer:
      return lvalue ? "(&" + c + ")" : "rt::c_box<" + c_type(type) + ">(" + c + ")";
    case CKind::kArray: {
      std::string array = "rt::CArray<" + c_type(*type.target) + ">{" + c + ", " +
                          std::to_string(type.length) + "}";
      return type.target->is_simple(SimpleKind::kChar) ? "rt::char_array_value(" + array + ")"
                                                       : array;
    }
    case CKind::kStruct:
    case CKind::kUnion:
      return lvalue ? "(&" + c + ")" : "rt::c_box<" + type.c_name + ">(" + c + ")";
  }
  return c;
}

// errcheck(result, func, arguments) on a call's result: its specialization
// among the call's callees; func is the C function (no run-time value).
std::string errcheck_call(FunctionEmitter& fe, const flow::Operation& op,
                          const ctypes::CFunction& fn, const std::string& result,
                          const CArgs& args) {
  const annotator::Specialization* check = nullptr;
  auto callees = fe.spec().callees.find(&op);
  if (callees != fe.spec().callees.end()) {
    for (const annotator::Specialization* s : callees->second)
      check = s->function == fn.errcheck ? s : check;
  }
  if (check == nullptr) {
    fe.unsupported(op, "this errcheck call is");
    return "";
  }
  std::string items;
  for (size_t i = 0; i < args.size(); ++i)
    items +=
        (i ? ", " : "") + fe.convert(args[i].first, args[i].second, check->arg_types[2].items[i]);
  Type result_type = fn.restype ? annotator::python_type(*fn.restype) : Type::none();
  return fe.ctx_.names.function(check) + "(" +
         fe.convert(result, result_type, check->arg_types[0]) + ", rt::None, " +
         fe.ctx_.type(check->arg_types[2], op.range) + "{" + items + "})";
}

std::string emit_c_call(FunctionEmitter& fe, const flow::Operation& op, const ctypes::CFunction& fn,
                        const CArgs& args) {
  std::string call = extern_name(fn) + "(";
  for (size_t i = 0; i < args.size(); ++i) {
    const auto& [v, t] = args[i];
    const CType* expected = fn.argtypes && i < fn.argtypes->size() ? (*fn.argtypes)[i] : nullptr;
    std::optional<ToC> how = expected ? annotator::to_c(t, *expected) : annotator::default_to_c(t);
    if (!how) {
      fe.unsupported(op, "this ctypes argument is");
      return "";
    }
    if (!expected && *how == ToC::kNumber && t.kind == TypeKind::kBool) {
      call += (i ? ", " : "") + std::string("static_cast<int>(") + v + ")";
      continue;
    }
    call += (i ? ", " : "") + to_c_expr(fe, op, *how, v, t, expected);
  }
  call += ")";
  if (fn.library->use_errno) call = "rt::call_with_errno([&] { return " + call + "; })";
  std::string result =
      fn.restype == nullptr ? "(" + call + ", rt::None)" : from_c_expr(call, *fn.restype, false);
  return fn.errcheck ? errcheck_call(fe, op, fn, result, args) : result;
}

std::string emit_c_construct(FunctionEmitter& fe, const flow::Operation& op, const CType& type,
                             const CArgs& pos, const CKwArgs& kw, const std::string& length) {
  auto value = [&](const std::pair<std::string, Type>& arg, const CType& target) {
    return to_c_expr(fe, op, *annotator::to_c(arg.second, target), arg.first, arg.second, &target);
  };
  switch (type.kind) {
    case CKind::kSimple:
      if (pos.empty()) return "rt::c_box<" + c_type(type) + ">()";
      return "rt::c_box<" + c_type(type) + ">(" + value(pos[0], type) + ")";
    case CKind::kArray: {
      std::string item = c_type(*type.target);
      // Items beyond a length known only at run time: IndexError, as CPython.
      // A list argument is a *list: its items, from the next index on.
      std::string out = "([&] { auto a = rt::CArray<" + item + ">::make(" +
                        (length.empty() ? std::to_string(type.length) : length) +
                        "); int64_t i = 0; ";
      for (const auto& arg : pos) {
        if (arg.second.kind != TypeKind::kList) {
          std::string at = length.empty() ? "a.data[i++]" : "a.at(i++)";
          out += at + " = " + value(arg, *type.target) + "; ";
          continue;
        }
        Type list_item = annotator::resolve(arg.second.list)->item.type;
        if (list_item.is_impossible()) continue;  // an empty list
        out += "for (auto x : *" + arg.first +
               ") a.at(i++) = " + value({"x", list_item}, *type.target) + "; ";
      }
      out += "(void)i; ";
      return out + "return a; }())";
    }
    case CKind::kStruct:
    case CKind::kUnion: {
      std::string out = "([&] { auto* s = rt::c_box<" + type.c_name + ">(); ";
      for (size_t i = 0; i < pos.size(); ++i) {
        const ctypes::CField& f = type.fields[i];
        out += field_store("s", type, f.name, value(pos[i], *f.type)) + "; ";
      }
      for (const auto& [name, arg] : kw)
        out += field_store("s", type, name, value(arg, *type.field_path(name).back()->type)) + "; ";
      return out + "return s; }())";
    }
    case CKind::kPointer:  // a POINTER object: a box holding NULL or the object's address
      if (pos.empty()) return "rt::c_box<" + c_type(type) + ">()";
      return "rt::c_box<" + c_type(type) + ">(" + pos[0].first + ")";
    case CKind::kFunctionPointer:  // NULL (the annotator allows no other)
      return "rt::c_box<" + c_type(type) + ">()";
  }
  fe.unsupported(op, "making this ctypes object is");
  return "";
}

std::string emit_from_buffer_copy(const Type& receiver, const std::string& self,
                                  const CArgs& args) {
  const CType& type = receiver.kind == TypeKind::kCArrayType
                          ? *receiver.ctype
                          : *ctypes::as_ctype(receiver.single_pbc());
  std::string source = args[0].first + "->view()";
  std::string offset = args.size() == 2 ? args[1].first : "0";
  if (type.kind == CKind::kArray) {
    std::string length =
        receiver.kind == TypeKind::kCArrayType ? self : std::to_string(type.length);
    return "rt::CArray<" + c_type(*type.target) + ">::from_buffer_copy(" + length + ", " + source +
           ", " + offset + ")";
  }
  std::string c = type.is_record() ? type.c_name : c_type(type);
  return "static_cast<" + c + "*>(rt::c_copy_from_buffer(" + source + ", " + offset + ", sizeof(" +
         c + ")))";
}

std::string emit_ctypes_builtin(FunctionEmitter& fe, const flow::Operation& op,
                                const std::string& name, const CArgs& args) {
  const flow::Program& program = fe.ctx_.annotator.program();
  const CType* void_p = flow::ctypes_simple_type(program, "c_void_p");
  auto address = [&](size_t i) {
    return to_c_expr(fe, op, *annotator::to_c(args[i].second, *void_p), args[i].first,
                     args[i].second, void_p);
  };
  // The C type a type operand or an object names (sizeof, alignment).
  auto named_type = [&](const Type& t) -> const CType* {
    if (t.kind == TypeKind::kCData || t.kind == TypeKind::kCArrayType) return t.ctype;
    return ctypes::as_ctype(t.single_pbc());
  };
  std::string n = name.substr(name.rfind('.') + 1);
  if (n == "byref" || n == "pointer") {  // the address; pointer(x): in a POINTER object
    const Type& obj = args[0].second;
    std::string pointer = c_type(*fe.type_of(op.result).ctype);
    std::string address = obj.ctype->kind == CKind::kArray
                              ? "reinterpret_cast<" + pointer + ">(" + args[0].first + ".data)"
                              : args[0].first;
    return n == "byref" ? address : "rt::c_box<" + pointer + ">(" + address + ")";
  }
  if (n == "POINTER") return "rt::None";  // a type: known at translation time
  if (n == "sizeof" || n == "alignment") {
    const CType* t = named_type(args[0].second);
    if (t->kind == CKind::kArray && t->length < 0) {  // the length is known at run time
      const Type& operand = args[0].second;
      std::string length =
          operand.kind == TypeKind::kCArrayType ? args[0].first : args[0].first + ".len";
      return n == "sizeof"
                 ? "static_cast<int64_t>(" + length + " * sizeof(" + c_type(*t->target) + "))"
                 : "static_cast<int64_t>(alignof(" + c_type(*t->target) + "))";
    }
    std::string c = c_type(*t);
    return std::string("static_cast<int64_t>(") + (n == "sizeof" ? "sizeof(" : "alignof(") + c +
           "))";
  }
  if (n == "addressof") {
    const Type& obj = args[0].second;
    std::string p = obj.ctype->kind == CKind::kArray ? args[0].first + ".data" : args[0].first;
    return "static_cast<int64_t>(reinterpret_cast<intptr_t>(" + p + "))";
  }
  if (n == "cast") {
    const CType& target = *ctypes::as_ctype(args[1].second.single_pbc());
    const Type& from = args[0].second;
    std::string p;
    if (from.kind == TypeKind::kNone) {
      p = "nullptr";
    } else if (from.kind != TypeKind::kCData) {
      p = "reinterpret_cast<void*>(static_cast<intptr_t>(" + args[0].first + "))";
    } else {
      ToC how = from.c_value ? ToC::kAddress : *annotator::to_c(from, *void_p);
      p = to_c_expr(fe, op, how, args[0].first, from, nullptr);
    }
    std::string address = "reinterpret_cast<" + c_type(target) + ">(" + p + ")";
    if (target.is_simple(SimpleKind::kVoidP)) return address;  // c_void_p: the address itself
    return "rt::c_box<" + c_type(target) + ">(" + address + ")";
  }
  if (n == "string_at") {
    return "rt::string_at(" + address(0) + (args.size() == 2 ? ", " + args[1].first : "") + ")";
  }
  if (n == "memmove")
    return "std::memmove(" + address(0) + ", " + address(1) + ", static_cast<size_t>(" +
           args[2].first + "))";
  if (n == "memset")
    return "std::memset(" + address(0) + ", static_cast<int>(" + args[1].first +
           "), static_cast<size_t>(" + args[2].first + "))";
  if (n == "create_string_buffer") {
    std::string call = "rt::create_string_buffer(";
    for (size_t i = 0; i < args.size(); ++i) call += (i ? ", " : "") + args[i].first;
    return call + ")";
  }
  if (n == "get_errno") return "static_cast<int64_t>(rt::c_errno)";
  if (n == "set_errno") return "rt::set_c_errno(" + args[0].first + ")";
  fe.unsupported(op, "ctypes." + n + "() is");
  return "";
}

std::string cdata_truth(const std::string& v, const Type& t) {
  if (t.c_ref) return "true";
  if (t.c_value) return "(" + v + " != nullptr)";
  if (t.ctype->kind == CKind::kPointer || t.ctype->kind == CKind::kFunctionPointer)
    return t.can_be_none ? "(" + v + " != nullptr && *" + v + " != nullptr)"
                         : "(*" + v + " != nullptr)";
  if (t.can_be_none) return "(" + v + " != nullptr)";
  if (t.ctype->kind == CKind::kSimple) return "static_cast<bool>(*" + v + ")";
  return "true";
}

std::optional<std::string> emit_ctypes_op(FunctionEmitter& fe, const flow::Operation& op) {
  if (op.args.empty()) return std::nullopt;
  Type obj = fe.type_of(op.args[0]);
  if (op.kind == flow::OpKind::kMul) {  // T * n
    Type result = fe.type_of(op.result);
    if (result.kind == TypeKind::kCArrayType)
      return "rt::c_array_length(" + fe.value(op.args[1]) + ")";
    if (result.kind == TypeKind::kPbc && ctypes::as_ctype(result.single_pbc()) != nullptr)
      return "rt::None";  // a type known at translation time
  }
  if (obj.kind != TypeKind::kCData) return std::nullopt;
  std::string v = fe.value(op.args[0]);
  switch (op.kind) {
    case flow::OpKind::kBool:
      return cdata_truth(v, obj);
    case flow::OpKind::kGetAttr:
    case flow::OpKind::kSetAttr: {
      const CType& type = *obj.ctype;
      const std::string& name = op.args[1]->constant->text;
      const CType& target = *annotator::cdata_attribute_type(type, name);
      bool store = op.kind == flow::OpKind::kSetAttr;
      std::string lvalue;
      if (type.kind == CKind::kArray) {  // a char array's value / raw
        if (store)
          return "(rt::set_char_array_value(" + v + ", " + fe.value(op.args[2]) + "), rt::None)";
        return "rt::char_array_" + name + "(" + v + ")";
      }
      if (type.kind == CKind::kPointer) {  // contents: the object at the address
        if (!store) return "rt::c_non_null(*" + v + ")";
        Type value = fe.type_of(op.args[2]);
        std::string address = fe.value(op.args[2]);
        if (value.ctype->kind == CKind::kArray)
          address = "reinterpret_cast<" + c_type(type) + ">(" + address + ".data)";
        return "(*" + v + " = " + address + ", rt::None)";
      }
      lvalue = type.kind == CKind::kSimple ? "(*" + v + ")" : field_lvalue(v, type, name);
      if (store && target.kind == CKind::kArray)  // bytes into a char array field
        return "(rt::set_char_array_field(rt::CArray<char>{" + lvalue + ", " +
               std::to_string(target.length) + "}, " + fe.value(op.args[2]) + "), rt::None)";
      if (store) {
        Type value = fe.type_of(op.args[2]);
        std::string c = to_c_expr(fe, op, *annotator::to_c(value, target), fe.value(op.args[2]),
                                  value, &target);
        if (type.kind == CKind::kSimple) return "(" + lvalue + " = " + c + ", rt::None)";
        return "(" + field_store(v, type, name, c) + ", rt::None)";
      }
      return from_c_expr(lvalue, target, true);
    }
    case flow::OpKind::kGetItem:
    case flow::OpKind::kSetItem: {
      const CType& item = *obj.ctype->target;
      std::string lvalue = obj.ctype->kind == CKind::kArray
                               ? v + ".at(" + fe.value(op.args[1]) + ")"
                               : "rt::c_non_null(*" + v + ")[" + fe.value(op.args[1]) + "]";
      if (op.kind == flow::OpKind::kSetItem) {
        Type value = fe.type_of(op.args[2]);
        std::string c =
            to_c_expr(fe, op, *annotator::to_c(value, item), fe.value(op.args[2]), value, &item);
        return "(" + lvalue + " = " + c + ", rt::None)";
      }
      return from_c_expr(lvalue, item, true);
    }
    case flow::OpKind::kGetSlice: {
      const CType& item = *obj.ctype->target;
      if (item.is_simple(SimpleKind::kChar))
        return "rt::c_char_array_slice(" + v + ", " + fe.slice(op) + ")";
      return "rt::c_array_slice<" + fe.ctx_.type(fe.type_of(op.result), op.range) + ">(" + v +
             ", " + fe.slice(op) + ", [](" + c_type(item) + "& x) { return " +
             from_c_expr("x", item, true) + "; })";
    }
    default:
      return std::nullopt;
  }
}

std::string ctypes_declarations(ProgramContext& ctx) {
  const flow::Program& program = ctx.annotator.program();
  std::string out;
  for (const CType* r : program.c_records)
    out += std::string(r->kind == CKind::kStruct ? "struct " : "union ") + r->c_name + ";\n";
  for (const CType* r : program.c_records) out += record_definition(*r);
  for (const ctypes::CFunction* fn : c_functions(program)) {
    std::string params;
    if (fn->argtypes) {
      for (const CType* a : *fn->argtypes) params += c_type(*a) + ", ";
    }
    params += "...";
    std::string declarator = extern_name(*fn) + "(" + params + ")";
    out += "extern \"C\" " +
           (fn->restype ? ctypes::c_declaration(*fn->restype, declarator) : "void " + declarator) +
           " __asm__(\"" + fn->symbol + "\");\n";
  }
  return out;
}

std::string ctypes_callbacks(ProgramContext& ctx) {
  const flow::Program& program = ctx.annotator.program();
  std::string out;
  for (const ctypes::CCallback* cb : sorted_by_name(program.c_callbacks)) {
    const annotator::Specialization* spec = callback_spec(ctx.annotator, *cb);
    if (spec == nullptr) continue;  // never passed to C
    const CType& proto = *cb->prototype;
    std::string params, args;
    for (size_t i = 0; i < proto.argtypes.size(); ++i) {
      std::string name = "a" + std::to_string(i);
      params += (i ? ", " : "") + ctypes::c_declaration(*proto.argtypes[i], name);
      args += (i ? ", " : "") + from_c_expr(name, *proto.argtypes[i], false);
    }
    std::string declarator = callback_name(*cb) + "(" + params + ")";
    std::string call = ctx.names.function(spec) + "(" + args + ")";
    std::string result = proto.restype ? c_type(*proto.restype) : "void";
    out +=
        "static " +
        (proto.restype ? ctypes::c_declaration(*proto.restype, declarator) : "void " + declarator) +
        " {\n  try {\n";
    if (proto.restype) {
      Type r = spec->result_type();
      ToC how = *annotator::to_c(r, *proto.restype);
      std::string converted;
      switch (how) {  // the same conversions as arguments, on the Python result
        case ToC::kNumber:
          converted = proto.restype->is_simple(SimpleKind::kBool)
                          ? "(" + call + " != 0)"
                          : "static_cast<" + result + ">(" + call + ")";
          break;
        default:
          converted = "static_cast<" + result + ">(0)";
          ctx.unsupported(cb->declared,
                          "a callback returning ctypes " + proto.restype->python_name() + " is");
      }
      out += "    return " + converted + ";\n";
    } else {
      out += "    " + call + ";\n";
    }
    out += "  } catch (rt::BaseException* e) {\n    rt::report_callback_exception(\"" +
           cb->function->name + "\", e);\n";
    out += proto.restype ? "    return " + result + "{};\n" : "";
    out += "  }\n}\n";
  }
  return out;
}

std::string ctypes_link_flags(const flow::Program& program,
                              const std::vector<std::string>& linked_libraries) {
  std::string out;
  for (const ctypes::CLibrary* lib : program.c_libraries) {
    // (find_library("m") names the file libm.so.)
    std::string file =
        lib->find_library_name.empty() ? lib->soname : "lib" + lib->find_library_name + ".so";
    if (std::count(linked_libraries.begin(), linked_libraries.end(), file)) continue;
    for (const std::string& flag : lib->link_flags()) out += " " + flag;
  }
  return out.empty() ? "" : "// krait-link:" + out + "\n";
}

}  // namespace krait::backend
