#include "ctypes_support/c_entities.h"

namespace krait::ctypes {

std::vector<std::string> CLibrary::link_flags() const {
  if (!find_library_name.empty()) return {"-l" + find_library_name};
  if (soname.empty()) return {};  // CDLL(None): the C library itself
  if (soname.find('/') != std::string::npos) return {soname};
  return {"-l:" + soname};
}

namespace {

template <class T>
const T* as(const flow::Entity* entity, CEntity::Sub sub) {
  if (entity == nullptr || entity->kind != flow::EntityKind::kCtypes) return nullptr;
  const auto* c = static_cast<const CEntity*>(entity);
  return c->sub == sub ? static_cast<const T*>(c) : nullptr;
}

// Joins a type name and a declarator: "int" "x" -> "int x", "char *" "x" -> "char *x".
std::string join(const std::string& type, const std::string& declarator) {
  if (declarator.empty() || type.back() == '*') return type + declarator;
  return type + " " + declarator;
}

}  // namespace

const CType* as_ctype(const flow::Entity* e) {
  return as<CType>(e, CEntity::Sub::kType);
}
const CLibrary* as_library(const flow::Entity* e) {
  return as<CLibrary>(e, CEntity::Sub::kLibrary);
}
const CFunction* as_cfunction(const flow::Entity* e) {
  return as<CFunction>(e, CEntity::Sub::kFunction);
}
const CCallback* as_callback(const flow::Entity* e) {
  return as<CCallback>(e, CEntity::Sub::kCallback);
}

std::string c_declaration(const CType& type, const std::string& declarator) {
  switch (type.kind) {
    case CKind::kSimple:
    case CKind::kStruct:
    case CKind::kUnion:
      return join(type.c_name, declarator);
    case CKind::kPointer:
      return c_declaration(*type.target, "*" + declarator);
    case CKind::kArray: {
      // A pointer declarator binds looser than [], so `(*p)[4]`.
      std::string inner =
          !declarator.empty() && declarator[0] == '*' ? "(" + declarator + ")" : declarator;
      return c_declaration(*type.target, inner + "[" + std::to_string(type.length) + "]");
    }
    case CKind::kFunctionPointer: {
      std::string params;
      for (const CType* arg : type.argtypes)
        params += (params.empty() ? "" : ", ") + c_declaration(*arg, "");
      if (params.empty()) params = "void";
      std::string inner = "(*" + declarator + ")(" + params + ")";
      return type.restype ? c_declaration(*type.restype, inner) : "void " + inner;
    }
  }
  return declarator;
}

const std::vector<SimpleTypeInfo>& simple_types() {
  static const std::vector<SimpleTypeInfo> kTypes = {
      {"c_bool", "bool", SimpleKind::kBool, 1},
      {"c_char", "char", SimpleKind::kChar, 1},
      {"c_byte", "signed char", SimpleKind::kSigned, 1},
      {"c_ubyte", "unsigned char", SimpleKind::kUnsigned, 1},
      {"c_short", "short", SimpleKind::kSigned, 2},
      {"c_ushort", "unsigned short", SimpleKind::kUnsigned, 2},
      {"c_int", "int", SimpleKind::kSigned, 4},
      {"c_uint", "unsigned int", SimpleKind::kUnsigned, 4},
      {"c_long", "long", SimpleKind::kSigned, 8},
      {"c_ulong", "unsigned long", SimpleKind::kUnsigned, 8},
      {"c_float", "float", SimpleKind::kFloat, 4},
      {"c_double", "double", SimpleKind::kFloat, 8},
      {"c_longdouble", "long double", SimpleKind::kFloat, 16},
      {"c_char_p", "char *", SimpleKind::kCharP, 8},
      {"c_void_p", "void *", SimpleKind::kVoidP, 8},
      {"c_wchar", "wchar_t", SimpleKind::kWChar, 4},
      {"c_wchar_p", "wchar_t *", SimpleKind::kWCharP, 8},
  };
  return kTypes;
}

const std::vector<std::pair<const char*, const char*>>& simple_type_aliases() {
  static const std::vector<std::pair<const char*, const char*>> kAliases = {
      {"c_int8", "c_byte"},       {"c_uint8", "c_ubyte"},  {"c_int16", "c_short"},
      {"c_uint16", "c_ushort"},   {"c_int32", "c_int"},    {"c_uint32", "c_uint"},
      {"c_int64", "c_long"},      {"c_uint64", "c_ulong"}, {"c_longlong", "c_long"},
      {"c_ulonglong", "c_ulong"}, {"c_ssize_t", "c_long"}, {"c_size_t", "c_ulong"},
  };
  return kAliases;
}

std::vector<const CField*> CType::field_path(const std::string& name) const {
  for (const CField& f : fields)
    if (f.name == name) return {&f};
  for (const std::string& member : anonymous) {
    for (const CField& f : fields) {
      if (f.name != member || !f.type->is_record()) continue;
      std::vector<const CField*> rest = f.type->field_path(name);
      if (rest.empty()) continue;
      rest.insert(rest.begin(), &f);
      return rest;
    }
  }
  return {};
}

}  // namespace krait::ctypes
