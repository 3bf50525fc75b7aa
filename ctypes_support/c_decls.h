// The declarations of a C header as plain C++ values: the model the C header
// reader (header_reader.h) produces and everything downstream (the
// annotator's ctypes checks, `krait bindgen`) consumes.
//
// Contract: this header includes nothing from Clang, so any stage may use the
// model without Clang's compile cost. A CHeader holds the declarations of the
// translation unit "#include HEADER" in declaration order, from every file
// the header includes (each with its location; `in_main_file` says whether it
// was declared by the named header itself). Names are unique per kind: a
// function declared twice (glibc does) appears once, as first declared.
// Types are values (no pointers into the model); a struct or union is
// referred to by its record name and found with CHeader::find_record. Sizes
// and offsets are what Clang's layout gives for x86-64 Linux; locations are
// 1-based lines and 1-based byte columns, as Clang and GCC print them.
// Anonymous records get a synthetic name (see CRecord::anonymous).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace krait::ctypes_support {

struct CLocation {
  std::string file;  // as Clang names it (the path it opened)
  int line = 0;      // 1-based; 0 when unknown (built-in or command line)
  int column = 0;    // 1-based byte column
  bool operator==(const CLocation&) const = default;
};

enum class CTypeKind {
  kVoid,
  kBool,      // _Bool
  kInt,       // char, short, int, long, long long, __int128, with signedness
  kFloat,     // float, double, long double
  kPointer,   // inner[0]: the pointee
  kArray,     // inner[0]: the element; array_length (-1: incomplete, `int a[]`)
  kRecord,    // struct or union: record_name, is_union
  kFunction,  // inner[0]: result, inner[1...]: parameters; variadic
  kEnum,      // record_name: the enum's name; inner[0]: its integer type
  kOther,     // what ctypes has no type for: vectors, _Complex, _Atomic ...
};

const char* kind_name(CTypeKind kind);
std::optional<CTypeKind> kind_from_name(const std::string& name);

struct CType {
  CTypeKind kind = CTypeKind::kVoid;
  std::string spelling;       // as written: "const uLongf *", "unsigned long"
  std::string canonical;      // with every typedef resolved: "const unsigned long *"
  std::string typedef_name;   // set when the type is spelled through a typedef: "size_t"
  bool is_const = false;      // the type itself is const-qualified (not its pointee)
  int bits = 0;               // size in bits (0 for void, functions, incomplete types)
  bool is_signed = false;     // kInt, kEnum
  bool is_char = false;       // kInt: plain `char` (not signed/unsigned char)
  std::string builtin;        // kVoid/kBool/kInt/kFloat: canonical name, "unsigned long"
  std::string record_name;    // kRecord, kEnum
  bool is_union = false;      // kRecord
  int64_t array_length = -1;  // kArray
  bool variadic = false;      // kFunction
  std::vector<CType> inner;   // see CTypeKind

  const CType& pointee() const { return inner.at(0); }  // kPointer
  const CType& element() const { return inner.at(0); }  // kArray
  const CType& result() const { return inner.at(0); }   // kFunction
  const CType& integer() const { return inner.at(0); }  // kEnum
  // kFunction: the parameter types.
  std::vector<CType> params() const;
  bool is_function_pointer() const {
    return kind == CTypeKind::kPointer && pointee().kind == CTypeKind::kFunction;
  }
  bool operator==(const CType&) const = default;
};

struct CParam {
  std::string name;  // empty when the prototype gives none
  CType type;        // as adjusted by C: arrays and functions decay to pointers
  bool operator==(const CParam&) const = default;
};

struct CFunction {
  std::string name;
  CType result;
  std::vector<CParam> params;
  bool variadic = false;
  bool has_prototype = true;  // false for K&R `int f();`
  bool is_inline = false;     // static or inline: no symbol in the library
  CLocation location;
  std::string declaration;  // "double cos(double __x)"
  bool in_main_file = false;
  bool operator==(const CFunction&) const = default;
};

struct CField {
  std::string name;  // empty for an anonymous struct/union member
  CType type;
  int64_t offset_bits = 0;
  std::optional<int> bit_width;  // set for bit-fields
  CLocation location;
  bool operator==(const CField&) const = default;
};

struct CRecord {
  std::string name;  // the tag; for an untagged record see `anonymous`
  bool is_union = false;
  // Untagged: named after the typedef that names it (`typedef struct {...} T`),
  // else "<enclosing record>_<field>" or "<enclosing record>_anon<N>" for a
  // nested one (N counts the untagged members), else "anon_<line>".
  bool anonymous = false;
  bool complete = false;  // false for an opaque `struct S;` (no size, no fields)
  int64_t size = 0;       // bytes
  int64_t align = 0;      // bytes
  int pack = 0;           // __attribute__((packed)): 1; #pragma pack(N): N; else 0
  std::vector<CField> fields;
  CLocation location;
  std::string declaration;  // "struct point { int x; int y; }"
  bool in_main_file = false;
  const CField* find_field(const std::string& field_name) const;
  bool operator==(const CRecord&) const = default;
};

struct CTypedef {
  std::string name;
  CType type;  // the aliased type as written (its own typedef_name when it names another)
  CLocation location;
  bool in_main_file = false;
  bool operator==(const CTypedef&) const = default;
};

struct CEnumConstant {
  std::string name;
  int64_t value = 0;
  bool operator==(const CEnumConstant&) const = default;
};

struct CEnum {
  std::string name;  // tag, typedef name, or "anon_<line>"
  bool anonymous = false;
  CType integer;  // the underlying integer type
  std::vector<CEnumConstant> constants;
  CLocation location;
  bool in_main_file = false;
  bool operator==(const CEnum&) const = default;
};

// An object-like #define whose replacement is an integer constant expression
// (literals, other such macros and enum constants, + - * / % << >> & | ^ ~ !
// and comparisons) or a string literal (adjacent ones concatenated).
struct CMacro {
  enum class Kind { kInteger, kString };
  std::string name;
  Kind kind = Kind::kInteger;
  int64_t int_value = 0;  // kInteger: the value, read as uint64_t when is_unsigned
  bool is_unsigned = false;
  std::string string_value;  // kString: the bytes, escapes decoded, without the NUL
  std::string replacement;   // the tokens as written: "(1 << 4)"
  CLocation location;
  bool in_main_file = false;
  bool operator==(const CMacro&) const = default;
};

// A file the header's translation unit read, for cache validation.
struct CDependency {
  std::string path;
  std::string hash;  // content_hash() of the file's bytes
  bool operator==(const CDependency&) const = default;
};

struct CHeader {
  std::string header;              // the path given to the reader
  std::vector<std::string> flags;  // extra compiler flags (-I, -D)
  std::vector<CFunction> functions;
  std::vector<CRecord> records;
  std::vector<CTypedef> typedefs;
  std::vector<CEnum> enums;
  std::vector<CMacro> macros;
  std::vector<CDependency> dependencies;  // every file read, the header first

  // Lookup by name; nullptr when absent.
  const CFunction* find_function(const std::string& name) const;
  // By tag, or by a typedef name naming a struct/union (`z_stream`).
  const CRecord* find_record(const std::string& name) const;
  const CTypedef* find_typedef(const std::string& name) const;
  const CEnum* find_enum(const std::string& name) const;
  const CMacro* find_macro(const std::string& name) const;
  // An enum constant by name with the enum declaring it; nullopt when absent.
  std::optional<int64_t> find_enum_constant(const std::string& name) const;
  // The record a type names, through typedefs (nullptr when not a record).
  const CRecord* record_of(const CType& type) const;

  bool operator==(const CHeader&) const = default;
};

// A hex digest of `bytes` (two 64-bit FNV-1a variants); stable across runs
// and machines, used for cache keys and dependency checks.
std::string content_hash(const std::string& bytes);

}  // namespace krait::ctypes_support
