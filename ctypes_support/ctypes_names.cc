#include "ctypes_support/ctypes_names.h"

#include <map>

namespace krait::ctypes_support {

std::optional<std::string> ctypes_name_of_typedef(const std::string& typedef_name) {
  static const std::map<std::string, std::string> kNames = {
      {"size_t", "c_size_t"},   {"ssize_t", "c_ssize_t"}, {"int8_t", "c_int8"},
      {"int16_t", "c_int16"},   {"int32_t", "c_int32"},   {"int64_t", "c_int64"},
      {"uint8_t", "c_uint8"},   {"uint16_t", "c_uint16"}, {"uint32_t", "c_uint32"},
      {"uint64_t", "c_uint64"}, {"wchar_t", "c_wchar"},
  };
  auto it = kNames.find(typedef_name);
  if (it == kNames.end()) return std::nullopt;
  return it->second;
}

std::optional<std::string> ctypes_name_of_builtin(const std::string& builtin) {
  static const std::map<std::string, std::string> kNames = {
      {"_Bool", "c_bool"},
      {"bool", "c_bool"},
      {"char", "c_char"},
      {"signed char", "c_byte"},
      {"unsigned char", "c_ubyte"},
      {"short", "c_short"},
      {"unsigned short", "c_ushort"},
      {"int", "c_int"},
      {"unsigned int", "c_uint"},
      {"long", "c_long"},
      {"unsigned long", "c_ulong"},
      {"long long", "c_longlong"},
      {"unsigned long long", "c_ulonglong"},
      {"float", "c_float"},
      {"double", "c_double"},
      {"long double", "c_longdouble"},
  };
  auto it = kNames.find(builtin);
  if (it == kNames.end()) return std::nullopt;
  return it->second;
}

std::optional<std::string> simple_ctypes_name(const CType& type) {
  if (!type.typedef_name.empty()) {
    if (auto name = ctypes_name_of_typedef(type.typedef_name)) return name;
  }
  switch (type.kind) {
    case CTypeKind::kBool:
    case CTypeKind::kInt:
    case CTypeKind::kFloat:
      return ctypes_name_of_builtin(type.builtin);
    case CTypeKind::kEnum:
      return simple_ctypes_name(type.integer());
    case CTypeKind::kPointer: {
      const CType& pointee = type.pointee();
      if (pointee.kind == CTypeKind::kVoid) return "c_void_p";
      if (pointee.typedef_name == "wchar_t") return "c_wchar_p";
      if (pointee.kind == CTypeKind::kInt && pointee.is_char) return "c_char_p";
      return std::nullopt;
    }
    default:
      return std::nullopt;
  }
}

}  // namespace krait::ctypes_support
