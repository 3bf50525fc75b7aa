#include "translator/flowgraph/ctypes_module.h"

#include "ctypes_support/c_entities.h"

namespace krait::flow {
namespace {

// Functions and classes of ctypes that calls and declarations use.
constexpr const char* kCtypesBuiltins[] = {
    "CDLL",      "cdll",      "byref",     "pointer",   "POINTER", "sizeof",
    "addressof", "cast",      "string_at", "memmove",   "memset",  "create_string_buffer",
    "CFUNCTYPE", "get_errno", "set_errno", "Structure", "Union",   "alignment"};

}  // namespace

void add_ctypes_modules(Program& program) {
  ModuleEntity* module = program.add_provided_module("ctypes");
  for (const ctypes::SimpleTypeInfo& info : ctypes::simple_types()) {
    auto type = std::make_unique<ctypes::CType>(ctypes::CKind::kSimple, info.name);
    type->simple = info.kind;
    type->c_name = info.c_name;
    type->size = type->align = info.size;
    type->set_python_name(info.name);
    module->constants[info.name] = ConstValue::of_entity(program.adopt(std::move(type)));
  }
  for (const auto& [alias, name] : ctypes::simple_type_aliases())
    module->constants[alias] = module->constants[name];
  for (const char* name : kCtypesBuiltins) {
    std::string qualname = std::string("ctypes.") + name;
    program.add_builtin(qualname);
    module->constants[name] = ConstValue::of_entity(program.builtin(qualname));
  }
  ModuleEntity* util = program.add_provided_module("ctypes.util");
  program.add_builtin("ctypes.util.find_library");
  util->constants["find_library"] =
      ConstValue::of_entity(program.builtin("ctypes.util.find_library"));
  module->constants["util"] = ConstValue::of_entity(util);
}

const ctypes::CType* ctypes_simple_type(const Program& program, const std::string& name) {
  const ModuleEntity* module = program.provided_module("ctypes");
  auto it = module->constants.find(name);
  return it == module->constants.end() ? nullptr : ctypes::as_ctype(it->second.entity);
}

ctypes::CFunction* c_function(Program& program, const ctypes::CLibrary* library,
                              const std::string& name) {
  ctypes::CFunction*& fn = program.c_functions[{library, name}];
  if (fn == nullptr) {
    fn = program.adopt(
        std::make_unique<ctypes::CFunction>(library, name, ctypes_simple_type(program, "c_int")));
  }
  return fn;
}

const ctypes::CType* c_pointer_type(Program& program, const ctypes::CType* target) {
  const ctypes::CType*& pointer = program.c_pointer_types[target];
  if (pointer == nullptr) {
    auto type = std::make_unique<ctypes::CType>(ctypes::CKind::kPointer, "LP_" + target->qualname);
    type->target = target;
    type->size = type->align = 8;
    type->set_python_name("LP_" + target->python_name());
    pointer = program.adopt(std::move(type));
  }
  return pointer;
}

const ctypes::CType* c_array_type(Program& program, const ctypes::CType* item, int64_t length) {
  const ctypes::CType*& array = program.c_array_types[{item, length}];
  if (array == nullptr) {
    std::string name =
        item->python_name() + "_Array_" + (length < 0 ? std::string("n") : std::to_string(length));
    auto type = std::make_unique<ctypes::CType>(ctypes::CKind::kArray, name);
    type->target = item;
    type->length = length;
    type->size = length < 0 ? 0 : item->size * length;
    type->align = item->align;
    type->set_python_name(name);
    array = program.adopt(std::move(type));
  }
  return array;
}

const ctypes::CType* c_function_type(Program& program, const ctypes::CType* restype,
                                     const std::vector<const ctypes::CType*>& argtypes,
                                     const SourceRange& declared) {
  std::vector<const Entity*> signature = {restype};
  signature.insert(signature.end(), argtypes.begin(), argtypes.end());
  const ctypes::CType*& prototype = program.c_function_types[signature];
  if (prototype == nullptr) {
    auto type = std::make_unique<ctypes::CType>(ctypes::CKind::kFunctionPointer, "CFunctionType");
    type->set_python_name("CFunctionType");
    type->size = type->align = 8;
    type->declared = declared;
    type->restype = restype;
    type->argtypes = argtypes;
    prototype = program.adopt(std::move(type));
  }
  return prototype;
}

}  // namespace krait::flow
