// ctypes declarations as translation-time entities.
//
// Contract. A program's ctypes declarations are made at module level and
// are known before it runs, so Krait treats them as prebuilt constants
// (flow::EntityKind::kCtypes), made by the module scanner
// (translator/flowgraph/ctypes_declarations.h) and owned by the Program:
//   CType      a ctypes type: a simple type (c_int, c_double, c_char_p ...),
//              POINTER(T), T * n, a Structure or Union subclass with its
//              _fields_, or a CFUNCTYPE(restype, *argtypes) prototype
//   CLibrary   a loaded library (ctypes.CDLL(...)): what the program links
//   CFunction  a function of a library with its argtypes/restype/errcheck
//   CCallback  a CFUNCTYPE prototype applied to a module-level function: a
//              C function pointer that calls the Python function
// Sizes and alignments are those of x86-64 Linux (LP64), where ctypes
// makes c_longlong, c_int64, c_ssize_t the same type as c_long (and the
// unsigned ones c_ulong): the aliases denote one entity.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "translator/diagnostics/source_file.h"
#include "translator/flowgraph/entity.h"

namespace krait::flow {
struct FunctionEntity;
}

namespace krait::ctypes {

struct CEntity : flow::Entity {
  enum class Sub { kType, kLibrary, kFunction, kCallback };
  Sub sub;
  SourceRange declared;  // where the program made it (empty for ctypes' own types)

  CEntity(Sub sub, std::string qualname)
      : flow::Entity(flow::EntityKind::kCtypes, std::move(qualname)), sub(sub) {}
};

// What a simple type's values are in Python.
enum class SimpleKind {
  kBool,      // c_bool: bool
  kChar,      // c_char: bytes of length 1
  kSigned,    // c_byte ... c_long: int
  kUnsigned,  // c_ubyte ... c_ulong: int
  kFloat,     // c_float, c_double, c_longdouble: float
  kCharP,     // c_char_p: bytes or None
  kVoidP,     // c_void_p: int or None
  kWChar,     // c_wchar: str of length 1 (wchar_t, UTF-32 on Linux)
  kWCharP,    // c_wchar_p: str or None
};

enum class CKind { kSimple, kPointer, kArray, kStruct, kUnion, kFunctionPointer };

struct CType;

struct CField {
  std::string name;
  const CType* type = nullptr;
  int bits = 0;  // a bit field's width, 0 otherwise
  SourceRange declared;
};

struct CType : CEntity {
  CKind kind;
  // kSimple: what its values are. c_name: a simple type's C spelling
  // ("unsigned long"); a record's C++ tag ("kc_Point").
  SimpleKind simple = SimpleKind::kSigned;
  std::string c_name;
  int64_t size = 0;
  int64_t align = 1;
  // kPointer: the pointed-to type; kArray: the item type.
  const CType* target = nullptr;
  int64_t length = 0;  // kArray
  // kStruct, kUnion: the fields (set by _fields_, possibly after the class
  // statement) and _pack_ (0 when not given).
  std::vector<CField> fields;
  bool fields_set = false;
  int64_t pack = 0;
  // _anonymous_: fields (of record types) whose own fields are reached as
  // if they were this record's (`v.f` for `v._anon1.f`).
  std::vector<std::string> anonymous;
  // kFunctionPointer: the prototype; restype null means None (void).
  const CType* restype = nullptr;
  std::vector<const CType*> argtypes;

  CType(CKind kind, std::string qualname) : CEntity(Sub::kType, std::move(qualname)), kind(kind) {}

  bool is_simple(SimpleKind k) const { return kind == CKind::kSimple && simple == k; }
  bool is_integer() const {
    return kind == CKind::kSimple &&
           (simple == SimpleKind::kSigned || simple == SimpleKind::kUnsigned ||
            simple == SimpleKind::kBool);
  }
  bool is_record() const { return kind == CKind::kStruct || kind == CKind::kUnion; }
  // The fields from this record to its field `name`, through _anonymous_
  // members where it is theirs (empty when there is no such field).
  std::vector<const CField*> field_path(const std::string& name) const;
  // The ctypes name CPython prints ("c_int", "LP_c_int", "c_double_Array_3", "Point").
  const std::string& python_name() const { return python_name_; }
  void set_python_name(std::string name) { python_name_ = std::move(name); }

 private:
  std::string python_name_;
};

struct CLibrary : CEntity {
  // The name given to CDLL ("libm.so.6", "./libx.so"), or the name given to
  // ctypes.util.find_library ("m"); both empty for CDLL(None), the C
  // library the program is linked with anyway.
  std::string soname;
  std::string find_library_name;
  bool use_errno = false;

  explicit CLibrary(std::string qualname) : CEntity(Sub::kLibrary, std::move(qualname)) {}
  // The linker arguments that make its symbols available ("-lm", "-l:libm.so.6").
  std::vector<std::string> link_flags() const;
};

struct CFunction : CEntity {
  const CLibrary* library;
  std::string symbol;
  // argtypes, when the program set them; without them each call converts
  // its arguments as ctypes does (int -> c_int, bytes -> char *, None -> NULL).
  std::optional<std::vector<const CType*>> argtypes;
  SourceRange argtypes_at;                  // the list
  std::vector<SourceRange> argtype_ranges;  // each of its items
  // restype: c_int unless set; null after `restype = None`.
  const CType* restype = nullptr;
  SourceRange restype_at;
  const flow::FunctionEntity* errcheck = nullptr;

  CFunction(const CLibrary* library, std::string symbol, const CType* default_restype)
      : CEntity(Sub::kFunction, library->qualname + "." + symbol),
        library(library),
        symbol(std::move(symbol)),
        restype(default_restype) {}
};

struct CCallback : CEntity {
  const CType* prototype;
  const flow::FunctionEntity* function;

  CCallback(std::string qualname, const CType* prototype, const flow::FunctionEntity* function)
      : CEntity(Sub::kCallback, std::move(qualname)), prototype(prototype), function(function) {}
};

// The entity as a ctypes entity of the given kind, or null.
const CType* as_ctype(const flow::Entity* entity);
const CLibrary* as_library(const flow::Entity* entity);
const CFunction* as_cfunction(const flow::Entity* entity);
const CCallback* as_callback(const flow::Entity* entity);

// A C declaration of `declarator` with this type, as the generated C++
// spells it: "int x", "double *p", "int a[4]", "int (*f)(int *, int *)";
// an empty declarator gives the type alone ("double *").
std::string c_declaration(const CType& type, const std::string& declarator);

// The simple types of ctypes, as Program makes the ctypes module of them.
struct SimpleTypeInfo {
  const char* name;    // "c_int"
  const char* c_name;  // "int"
  SimpleKind kind;
  int size;
};
const std::vector<SimpleTypeInfo>& simple_types();
// ctypes' other names for them on x86-64 Linux: {"c_int32", "c_int"} ...
const std::vector<std::pair<const char*, const char*>>& simple_type_aliases();

}  // namespace krait::ctypes
