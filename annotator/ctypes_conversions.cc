#include "annotator/ctypes_conversions.h"

namespace krait::annotator {
namespace {

using ctypes::CKind;
using ctypes::SimpleKind;

bool is_plain(const Type& v, TypeKind kind) {
  return v.kind == kind && !v.can_be_none;
}

bool is_number(const Type& v) {
  return v.is_numeric() && v.kind != TypeKind::kFloat && v.kind != TypeKind::kNumber;
}

// A value that holds a C object of type `type` (not None).
bool is_cdata_of(const Type& v, const ctypes::CType* type) {
  return v.kind == TypeKind::kCData && !v.c_value && v.ctype == type;
}

std::optional<ToC> to_simple(const Type& v, const ctypes::CType& type) {
  if (is_cdata_of(v, &type)) return ToC::kBoxedValue;
  switch (type.simple) {
    case SimpleKind::kBool:
    case SimpleKind::kSigned:
    case SimpleKind::kUnsigned:
      if (is_number(v) && !v.can_be_none) return ToC::kNumber;
      return std::nullopt;
    case SimpleKind::kFloat:
      if (v.is_numeric() && !v.can_be_none) return ToC::kNumber;
      return std::nullopt;
    case SimpleKind::kChar:
      if (is_plain(v, TypeKind::kBytes)) return ToC::kBytesChar;
      if (is_number(v) && !v.can_be_none) return ToC::kNumber;
      return std::nullopt;
    case SimpleKind::kCharP:
      if (v.kind == TypeKind::kNone) return ToC::kNull;
      if (v.kind == TypeKind::kBytes) return ToC::kBytesPointer;  // None: NULL
      if (v.kind == TypeKind::kCData && !v.c_value && v.ctype->kind == CKind::kArray &&
          v.ctype->target->is_simple(SimpleKind::kChar))
        return ToC::kBufferPointer;
      return std::nullopt;
    case SimpleKind::kWChar:
      if (is_plain(v, TypeKind::kStr)) return ToC::kStrChar;
      return std::nullopt;
    case SimpleKind::kWCharP:
      if (v.kind == TypeKind::kNone) return ToC::kNull;
      if (v.kind == TypeKind::kStr) return ToC::kStrPointer;  // None: NULL
      return std::nullopt;
    case SimpleKind::kVoidP:
      if (v.kind == TypeKind::kNone) return ToC::kNull;
      if (is_plain(v, TypeKind::kInt)) return ToC::kAddress;
      if (v.kind == TypeKind::kCData && v.c_value) return ToC::kAddress;
      if (v.kind == TypeKind::kBytes) return ToC::kBytesPointer;
      if (v.kind == TypeKind::kCData) {
        if (v.ctype->kind == CKind::kPointer) return v.c_ref ? ToC::kReference : ToC::kPointerValue;
        // A c_char_p or c_void_p object: the address it holds, as CPython.
        if (v.ctype->is_simple(SimpleKind::kCharP) || v.ctype->is_simple(SimpleKind::kWCharP) ||
            v.ctype->is_simple(SimpleKind::kVoidP))
          return ToC::kBoxedValue;
        if (v.ctype->kind == CKind::kArray) return ToC::kBufferPointer;
        return ToC::kAnyPointer;
      }
      return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

std::optional<ToC> to_c(const Type& v, const ctypes::CType& type) {
  switch (type.kind) {
    case CKind::kSimple:
      return to_simple(v, type);
    case CKind::kPointer:
      if (v.kind == TypeKind::kNone) return ToC::kNull;
      if (v.kind != TypeKind::kCData || v.c_value) return std::nullopt;
      if (v.ctype == &type) return v.c_ref ? ToC::kReference : ToC::kPointerValue;
      if (v.ctype->kind == CKind::kArray && v.ctype->target == type.target)
        return ToC::kBufferPointer;
      if (v.ctype == type.target && !v.can_be_none) return ToC::kRecordPointer;
      return std::nullopt;
    case CKind::kArray:
      return std::nullopt;  // arrays are passed as pointers (argtypes say POINTER(T))
    case CKind::kStruct:
    case CKind::kUnion:
      if (is_cdata_of(v, &type) && !v.can_be_none) return ToC::kRecordValue;
      return std::nullopt;
    case CKind::kFunctionPointer:
      if (v.kind == TypeKind::kNone) return ToC::kNull;
      if (is_cdata_of(v, &type) && !v.can_be_none) return ToC::kPointerValue;  // NULL or C's
      if (v.kind == TypeKind::kPbc && v.pbcs.size() == 1) {
        const ctypes::CCallback* cb = ctypes::as_callback(*v.pbcs.begin());
        if (cb != nullptr && cb->prototype == &type) return ToC::kCallback;
      }
      return std::nullopt;
  }
  return std::nullopt;
}

std::optional<ToC> default_to_c(const Type& v) {
  if (is_number(v) && !v.can_be_none) return ToC::kNumber;
  if (v.kind == TypeKind::kNone) return ToC::kNull;
  if (v.kind == TypeKind::kBytes) return ToC::kBytesPointer;
  if (v.kind == TypeKind::kStr) return ToC::kStrPointer;
  if (v.kind != TypeKind::kCData || v.can_be_none) return std::nullopt;
  if (v.c_value) return ToC::kAddress;
  switch (v.ctype->kind) {
    case CKind::kSimple:
      return ToC::kBoxedValue;
    case CKind::kPointer:
      return v.c_ref ? ToC::kReference : ToC::kPointerValue;
    case CKind::kArray:
      return ToC::kBufferPointer;
    case CKind::kStruct:
    case CKind::kUnion:
      return ToC::kRecordValue;
    case CKind::kFunctionPointer:
      return ToC::kPointerValue;
  }
  return std::nullopt;
}

// `t`, or None (a NULL char or wchar_t pointer).
static Type or_none(Type t) {
  t.can_be_none = true;
  return t;
}

Type python_type(const ctypes::CType& type) {
  switch (type.kind) {
    case CKind::kSimple:
      switch (type.simple) {
        case SimpleKind::kBool:
          return Type::of(TypeKind::kBool);
        case SimpleKind::kChar:
          return Type::of(TypeKind::kBytes);
        case SimpleKind::kSigned:
        case SimpleKind::kUnsigned:
          return Type::of(TypeKind::kInt);
        case SimpleKind::kFloat:
          return Type::of(TypeKind::kFloat);
        case SimpleKind::kCharP:
          return or_none(Type::of(TypeKind::kBytes));
        case SimpleKind::kWChar:
          return Type::of(TypeKind::kStr);
        case SimpleKind::kWCharP:
          return or_none(Type::of(TypeKind::kStr));
        case SimpleKind::kVoidP: {
          Type t = Type::cdata_of(&type);
          t.c_value = true;
          t.can_be_none = true;
          return t;
        }
      }
      return Type::impossible();
    case CKind::kArray:  // a c_char array read from a field or item: its value, as bytes
      if (type.target->is_simple(SimpleKind::kChar)) return Type::of(TypeKind::kBytes);
      return Type::cdata_of(&type);
    case CKind::kPointer:
    case CKind::kStruct:
    case CKind::kUnion:
    case CKind::kFunctionPointer:  // a function pointer C gave (not callable from Python)
      return Type::cdata_of(&type);
  }
  return Type::impossible();
}

}  // namespace krait::annotator
