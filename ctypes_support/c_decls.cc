#include "ctypes_support/c_decls.h"

#include <algorithm>
#include <cstdio>

namespace krait::ctypes_support {
namespace {

constexpr struct {
  CTypeKind kind;
  const char* name;
} kKindNames[] = {
    {CTypeKind::kVoid, "void"},       {CTypeKind::kBool, "bool"},
    {CTypeKind::kInt, "int"},         {CTypeKind::kFloat, "float"},
    {CTypeKind::kPointer, "pointer"}, {CTypeKind::kArray, "array"},
    {CTypeKind::kRecord, "record"},   {CTypeKind::kFunction, "function"},
    {CTypeKind::kEnum, "enum"},       {CTypeKind::kOther, "other"},
};

template <typename T>
const T* find_named(const std::vector<T>& items, const std::string& name) {
  auto it = std::find_if(items.begin(), items.end(), [&](const T& t) { return t.name == name; });
  return it == items.end() ? nullptr : &*it;
}

uint64_t fnv1a(const std::string& bytes, uint64_t basis) {
  uint64_t hash = basis;
  for (unsigned char c : bytes) {
    hash ^= c;
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

}  // namespace

const char* kind_name(CTypeKind kind) {
  for (const auto& entry : kKindNames) {
    if (entry.kind == kind) return entry.name;
  }
  return "void";
}

std::optional<CTypeKind> kind_from_name(const std::string& name) {
  for (const auto& entry : kKindNames) {
    if (name == entry.name) return entry.kind;
  }
  return std::nullopt;
}

std::vector<CType> CType::params() const {
  if (kind != CTypeKind::kFunction || inner.empty()) return {};
  return std::vector<CType>(inner.begin() + 1, inner.end());
}

const CField* CRecord::find_field(const std::string& field_name) const {
  return find_named(fields, field_name);
}

const CFunction* CHeader::find_function(const std::string& name) const {
  return find_named(functions, name);
}

const CRecord* CHeader::find_record(const std::string& name) const {
  if (const CRecord* record = find_named(records, name)) return record;
  if (const CTypedef* alias = find_typedef(name)) return record_of(alias->type);
  return nullptr;
}

const CTypedef* CHeader::find_typedef(const std::string& name) const {
  return find_named(typedefs, name);
}

const CEnum* CHeader::find_enum(const std::string& name) const {
  return find_named(enums, name);
}

const CMacro* CHeader::find_macro(const std::string& name) const {
  return find_named(macros, name);
}

std::optional<int64_t> CHeader::find_enum_constant(const std::string& name) const {
  for (const CEnum& e : enums) {
    if (const CEnumConstant* constant = find_named(e.constants, name)) return constant->value;
  }
  return std::nullopt;
}

const CRecord* CHeader::record_of(const CType& type) const {
  // The type's own fields already have every typedef resolved.
  if (type.kind != CTypeKind::kRecord) return nullptr;
  return find_named(records, type.record_name);
}

std::string content_hash(const std::string& bytes) {
  char text[40];
  std::snprintf(text, sizeof text, "%016llx%016llx",
                static_cast<unsigned long long>(fnv1a(bytes, 0xcbf29ce484222325ULL)),
                static_cast<unsigned long long>(fnv1a(bytes, 0x84222325cbf29ce4ULL) ^
                                                (bytes.size() * 0x9e3779b97f4a7c15ULL)));
  return text;
}

}  // namespace krait::ctypes_support
