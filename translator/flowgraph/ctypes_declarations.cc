#include "translator/flowgraph/ctypes_declarations.h"

#include <algorithm>

#include "ctypes_support/c_entities.h"
#include "translator/flowgraph/ctypes_module.h"

namespace krait::flow {
namespace {

namespace ast = syntax::ast;

std::string to_string(ast::Identifier id) {
  return std::string(id.data(), id.size());
}

const ast::Call* as_call(const ast::Expr* e) {
  return e->kind == ast::NodeKind::kCall ? static_cast<const ast::Call*>(e) : nullptr;
}

// The items of a list or tuple display, or null.
const syntax::Span<ast::Expr*>* display_items(const ast::Expr* e) {
  if (e->kind != ast::NodeKind::kList && e->kind != ast::NodeKind::kTuple) return nullptr;
  return &static_cast<const ast::List*>(e)->elts;
}

}  // namespace

SourceRange CtypesDeclarations::range_of(const ast::Node& n) const {
  return {
      module_.source, {n.loc.lineno, n.loc.col_offset}, {n.loc.end_lineno, n.loc.end_col_offset}};
}

void CtypesDeclarations::error(const ast::Node& at, const std::string& message) {
  ok_ = false;
  sink_.error(range_of(at), message);
}

std::optional<ConstValue> CtypesDeclarations::entity_value(const ast::Expr* e) {
  std::optional<ConstValue> v = evaluate_(e);
  if (v && v->is_entity()) return v;
  // `lib.name`: a function of a library.
  if (e->kind == ast::NodeKind::kAttribute) {
    const auto* a = static_cast<const ast::Attribute*>(e);
    std::optional<ConstValue> base = evaluate_(a->value);
    if (const ctypes::CLibrary* lib = base ? ctypes::as_library(base->entity) : nullptr)
      return ConstValue::of_entity(c_function(program_, lib, to_string(a->attr)));
  }
  return std::nullopt;
}

const Entity* CtypesDeclarations::ctypes_builtin(const ast::Expr* e, const char* name) {
  std::optional<ConstValue> v = evaluate_(e);
  const Entity* wanted = program_.builtin(std::string("ctypes.") + name);
  return v && v->is_entity() && v->entity == wanted ? wanted : nullptr;
}

bool CtypesDeclarations::statement(const ast::Stmt* s, std::optional<ConstValue>& bound) {
  bound.reset();
  if (s->kind == ast::NodeKind::kClassDef)
    return record_class(static_cast<const ast::ClassDef&>(*s), bound);
  if (s->kind != ast::NodeKind::kAssign) return false;
  const auto* a = static_cast<const ast::Assign*>(s);
  if (a->targets.size != 1) return false;
  const ast::Expr* target = a->targets[0];
  if (target->kind == ast::NodeKind::kAttribute) {
    if (!attribute_store(static_cast<const ast::Attribute&>(*target), a->value)) return false;
    program_.note_c_declaration(s);
    return true;
  }
  if (target->kind != ast::NodeKind::kName) return false;
  std::string name = to_string(static_cast<const ast::Name*>(target)->id);
  bound = declaration_value(a->value, name);
  if (!bound) return false;
  program_.note_c_declaration(s);
  return true;
}

std::optional<ConstValue> CtypesDeclarations::declaration_value(const ast::Expr* e,
                                                                const std::string& name) {
  if (e->kind == ast::NodeKind::kBinOp) {  // T * n: an array type
    const auto* b = static_cast<const ast::BinOp*>(e);
    std::optional<ConstValue> item = entity_value(b->left);
    const ctypes::CType* type = item ? ctypes::as_ctype(item->entity) : nullptr;
    if (b->op != ast::Operator::Mult || type == nullptr) return std::nullopt;
    std::optional<ConstValue> length = evaluate_(b->right);
    if (!length || length->kind != ConstValue::Kind::kInt || length->int_value < 0) {
      error(*b->right, "the length of a ctypes array type must be a non-negative int constant");
      return ConstValue::none();
    }
    return ConstValue::of_entity(c_array_type(program_, type, length->int_value));
  }
  if (const ast::Call* call = as_call(e)) {
    if (ctypes_builtin(call->func, "CDLL")) return library(*call, name);
    if (call->func->kind == ast::NodeKind::kAttribute &&
        to_string(static_cast<const ast::Attribute*>(call->func)->attr) == "LoadLibrary" &&
        ctypes_builtin(static_cast<const ast::Attribute*>(call->func)->value, "cdll"))
      return library(*call, name);
    if (ctypes_builtin(call->func, "POINTER")) {
      if (call->args.size != 1 || call->keywords.size != 0) {
        error(*call, "POINTER() takes exactly one argument");
        return ConstValue::none();
      }
      const ctypes::CType* target = type_operand(call->args[0]);
      if (target == nullptr) return ConstValue::none();
      return ConstValue::of_entity(c_pointer_type(program_, target));
    }
    if (ctypes_builtin(call->func, "CFUNCTYPE")) return prototype(*call);
    std::optional<ConstValue> callee = entity_value(call->func);
    if (const ast::Call* inner = as_call(call->func);  // CFUNCTYPE(...)(f)
        inner != nullptr && ctypes_builtin(inner->func, "CFUNCTYPE"))
      callee = prototype(*inner);
    const ctypes::CType* type = callee ? ctypes::as_ctype(callee->entity) : nullptr;
    // (PROTO() without a function is a NULL function pointer: a value.)
    if (type != nullptr && type->kind == ctypes::CKind::kFunctionPointer &&
        (call->args.size != 0 || call->keywords.size != 0))
      return callback(*type, *call, name);
    return std::nullopt;
  }
  // An alias of a ctypes entity (`Bytef = ctypes.c_ubyte`, `cos = libm.cos`).
  std::optional<ConstValue> v = entity_value(e);
  if (v && v->entity->kind == EntityKind::kCtypes) return v;
  return std::nullopt;
}

std::optional<ConstValue> CtypesDeclarations::library(const ast::Call& call,
                                                      const std::string& name) {
  auto lib = std::make_unique<ctypes::CLibrary>(module_.qualify(name));
  lib->declared = range_of(call);
  if (call.args.size != 1) {
    error(call,
          "a ctypes library is loaded with one argument: its file name, None or "
          "ctypes.util.find_library(NAME)");
    return ConstValue::none();
  }
  const ast::Expr* arg = call.args[0];
  std::optional<ConstValue> v = evaluate_(arg);
  const ast::Call* find = as_call(arg);
  if (v && v->kind == ConstValue::Kind::kStr) {
    lib->soname = v->text;
  } else if (v && v->is_none()) {
    // CDLL(None): the program itself, which is linked with the C library.
  } else if (find != nullptr && find->args.size == 1 &&
             evaluate_(find->func).value_or(ConstValue::none()).entity ==
                 program_.builtin("ctypes.util.find_library") &&
             evaluate_(find->args[0]).value_or(ConstValue::none()).kind == ConstValue::Kind::kStr) {
    lib->find_library_name = evaluate_(find->args[0])->text;
  } else {
    error(*arg,
          "Krait needs the library's name when it translates the program: a string "
          "constant, None or ctypes.util.find_library(\"NAME\")");
    return ConstValue::none();
  }
  for (const ast::keyword* k : call.keywords) {
    std::string key = k->arg_name.data() ? to_string(k->arg_name) : "**";
    std::optional<ConstValue> value = evaluate_(k->value);
    if (key == "use_errno" && value && value->kind == ConstValue::Kind::kBool) {
      lib->use_errno = value->bool_value;
    } else {
      error(*k, "a ctypes library takes only use_errno=True or False here, not '" + key + "'");
    }
  }
  const ctypes::CLibrary* made = program_.adopt(std::move(lib));
  program_.c_libraries.push_back(made);
  return ConstValue::of_entity(made);
}

std::optional<ConstValue> CtypesDeclarations::prototype(const ast::Call& call) {
  if (call.args.size < 1 || call.keywords.size != 0) {
    error(call, "CFUNCTYPE() takes the result type, then the argument types");
    return ConstValue::none();
  }
  bool is_none = false;
  const ctypes::CType* restype = type_operand(call.args[0], true, &is_none);
  if (restype == nullptr && !is_none) return ConstValue::none();
  std::vector<const ctypes::CType*> argtypes;
  for (size_t i = 1; i < call.args.size; ++i) {
    const ctypes::CType* arg = type_operand(call.args[i]);
    if (arg == nullptr) return ConstValue::none();
    argtypes.push_back(arg);
  }
  return ConstValue::of_entity(c_function_type(program_, restype, argtypes, range_of(call)));
}

std::optional<ConstValue> CtypesDeclarations::callback(const ctypes::CType& prototype,
                                                       const ast::Call& call,
                                                       const std::string& name) {
  std::optional<ConstValue> fn = call.args.size == 1 ? evaluate_(call.args[0]) : std::nullopt;
  if (!fn || !fn->is_entity() || fn->entity->kind != EntityKind::kFunction ||
      call.keywords.size != 0) {
    error(call, "a ctypes callback is made from one function defined at module level");
    return ConstValue::none();
  }
  const auto* function = static_cast<const FunctionEntity*>(fn->entity);
  auto made = std::make_unique<ctypes::CCallback>(module_.qualify(name), &prototype, function);
  made->declared = range_of(call);
  const ctypes::CCallback* callback = program_.adopt(std::move(made));
  program_.c_callbacks.push_back(callback);
  return ConstValue::of_entity(callback);
}

const ctypes::CType* CtypesDeclarations::type_operand(const ast::Expr* e, bool none_ok,
                                                      bool* is_none) {
  std::optional<ConstValue> v = evaluate_(e);
  if (none_ok && v && v->is_none()) {
    *is_none = true;
    return nullptr;
  }
  if (const ast::Call* call = as_call(e);
      call && (ctypes_builtin(call->func, "POINTER") || ctypes_builtin(call->func, "CFUNCTYPE"))) {
    std::optional<ConstValue> type = declaration_value(e, "");
    return type ? ctypes::as_ctype(type->entity) : nullptr;
  }
  if (e->kind == ast::NodeKind::kBinOp) {
    std::optional<ConstValue> array = declaration_value(e, "");
    if (const ctypes::CType* t = array ? ctypes::as_ctype(array->entity) : nullptr) return t;
  }
  if (const ctypes::CType* t = v ? ctypes::as_ctype(v->entity) : nullptr) return t;
  error(*e, std::string("a ctypes type was expected here (c_int, POINTER(T), T * n, a "
                        "Structure, a CFUNCTYPE prototype") +
                (none_ok ? " or None)" : ")"));
  return nullptr;
}

bool CtypesDeclarations::attribute_store(const ast::Attribute& target, const ast::Expr* value) {
  std::string attr = to_string(target.attr);
  std::optional<ConstValue> owner = entity_value(target.value);
  if (!owner || owner->entity->kind != EntityKind::kCtypes) return false;
  if (auto* record = const_cast<ctypes::CType*>(ctypes::as_ctype(owner->entity));
      record != nullptr && record->is_record() && attr == "_fields_") {
    set_fields(*record, value);
    return true;
  }
  auto* fn = const_cast<ctypes::CFunction*>(ctypes::as_cfunction(owner->entity));
  if (fn == nullptr) {
    error(target,
          "Krait can set only argtypes, restype and errcheck of a C function and "
          "_fields_ of a Structure or Union declared without them");
    return true;
  }
  if (attr == "argtypes") {
    const syntax::Span<ast::Expr*>* items = display_items(value);
    if (items == nullptr) {
      error(*value, "argtypes must be a list or tuple of ctypes types");
      return true;
    }
    std::vector<const ctypes::CType*> types;
    fn->argtype_ranges.clear();
    for (const ast::Expr* item : *items) {
      const ctypes::CType* t = type_operand(item);
      if (t == nullptr) return true;
      types.push_back(t);
      fn->argtype_ranges.push_back(range_of(*item));
    }
    fn->argtypes = std::move(types);
    fn->argtypes_at = range_of(*value);
  } else if (attr == "restype") {
    bool is_none = false;
    const ctypes::CType* t = type_operand(value, true, &is_none);
    if (t == nullptr && !is_none) return true;
    fn->restype = t;
    fn->restype_at = range_of(*value);
  } else if (attr == "errcheck") {
    std::optional<ConstValue> check = evaluate_(value);
    if (!check || !check->is_entity() || check->entity->kind != EntityKind::kFunction) {
      error(*value, "errcheck must be a function defined at module level");
      return true;
    }
    fn->errcheck = static_cast<const FunctionEntity*>(check->entity);
  } else {
    error(target, "a C function's '" + attr +
                      "' cannot be set: Krait knows argtypes, restype and errcheck");
  }
  return true;
}

bool CtypesDeclarations::record_class(const ast::ClassDef& n, std::optional<ConstValue>& bound) {
  if (n.bases.size != 1) return false;
  bool is_struct = ctypes_builtin(n.bases[0], "Structure") != nullptr;
  if (!is_struct && ctypes_builtin(n.bases[0], "Union") == nullptr) return false;
  std::string name = to_string(n.name);
  auto record = std::make_unique<ctypes::CType>(
      is_struct ? ctypes::CKind::kStruct : ctypes::CKind::kUnion, module_.qualify(name));
  record->set_python_name(name);
  std::string tag = "kc_" + record->qualname;
  for (char& c : tag) c = c == '.' ? '_' : c;
  record->c_name = tag;
  record->declared = range_of(n);
  ctypes::CType* made = program_.adopt(std::move(record));
  program_.c_records.push_back(made);
  // Bound before the body: `_fields_` may name the class itself through POINTER.
  module_.constants[name] = ConstValue::of_entity(made);
  const ast::Expr* fields = nullptr;
  for (const ast::Stmt* s : n.body) {
    if (s->kind == ast::NodeKind::kPass) continue;
    if (s->kind == ast::NodeKind::kExprStmt &&
        static_cast<const ast::ExprStmt*>(s)->value->kind == ast::NodeKind::kConstant)
      continue;  // a docstring
    const auto* a =
        s->kind == ast::NodeKind::kAssign ? static_cast<const ast::Assign*>(s) : nullptr;
    std::string attr = a && a->targets.size == 1 && a->targets[0]->kind == ast::NodeKind::kName
                           ? to_string(static_cast<const ast::Name*>(a->targets[0])->id)
                           : "";
    if (attr == "_fields_") {
      fields = a->value;
    } else if (attr == "_anonymous_") {
      const syntax::Span<ast::Expr*>* names = display_items(a->value);
      for (size_t i = 0; names != nullptr && i < names->size; ++i) {
        std::optional<ConstValue> member = evaluate_((*names)[i]);
        if (!member || member->kind != ConstValue::Kind::kStr) {
          names = nullptr;
          break;
        }
        made->anonymous.push_back(member->text);
      }
      if (names == nullptr) error(*a->value, "_anonymous_ must be a tuple or list of field names");
    } else if (attr == "_pack_") {
      std::optional<ConstValue> pack = evaluate_(a->value);
      if (!pack || pack->kind != ConstValue::Kind::kInt || pack->int_value <= 0)
        error(*a->value, "_pack_ must be a positive int constant");
      else
        made->pack = pack->int_value;
    } else {
      error(*s, std::string("a ctypes ") + (is_struct ? "Structure" : "Union") +
                    " may contain only _fields_, _pack_, _anonymous_ and a docstring in Krait");
    }
  }
  if (fields != nullptr) set_fields(*made, fields);
  bound = ConstValue::of_entity(made);
  program_.note_c_declaration(&n);
  return true;
}

void CtypesDeclarations::set_fields(ctypes::CType& record, const ast::Expr* fields) {
  const syntax::Span<ast::Expr*>* items = display_items(fields);
  if (items == nullptr) {
    error(*fields, "_fields_ must be a list of (name, type) or (name, type, bits) tuples");
    return;
  }
  if (record.fields_set) {
    error(*fields, "_fields_ is final");  // CPython's AttributeError
    return;
  }
  for (const ast::Expr* item : *items) {
    const syntax::Span<ast::Expr*>* parts = display_items(item);
    std::optional<ConstValue> name =
        parts && (parts->size == 2 || parts->size == 3) ? evaluate_((*parts)[0]) : std::nullopt;
    if (!name || name->kind != ConstValue::Kind::kStr) {
      error(*item, "each item of _fields_ must be (name, type) or (name, type, bits)");
      return;
    }
    ctypes::CField field;
    field.name = name->text;
    field.declared = range_of(*item);
    field.type = type_operand((*parts)[1]);
    if (field.type == nullptr) return;
    if (parts->size == 3) {
      std::optional<ConstValue> bits = evaluate_((*parts)[2]);
      if (!field.type->is_integer() || !bits || bits->kind != ConstValue::Kind::kInt ||
          bits->int_value <= 0 || bits->int_value > field.type->size * 8) {
        error(*(*parts)[2],
              "bit fields need an integer type and a width from 1 to its size in "
              "bits");
        return;
      }
      field.bits = static_cast<int>(bits->int_value);
    }
    if (field.type->is_record() && !field.type->fields_set) {
      error(*(*parts)[1], "field '" + field.name + "' has incomplete type '" +
                              field.type->python_name() + "'");  // CPython's TypeError
      return;
    }
    record.fields.push_back(field);
  }
  record.fields_set = true;
  for (const std::string& member : record.anonymous) {
    auto it = std::find_if(record.fields.begin(), record.fields.end(),
                           [&](const ctypes::CField& f) { return f.name == member; });
    if (it == record.fields.end())
      error(*fields, "'" + member + "' is specified in _anonymous_ but not in _fields_");
    else if (!it->type->is_record())
      error(*fields, "_anonymous_ field '" + member + "' must be a Structure or Union");
  }
}

}  // namespace krait::flow
