// The common base of every class instance: exceptions and generated classes.
//
// Instances are GC-allocated (`gc_new<T>(...)`) and handled by pointer; null is
// None. The virtual methods give the hooks that `str()`, `repr()` and the
// uncaught-exception report need: `type_name()` is the Python class name
// (generated classes override it), `py_repr()` defaults to CPython's
// `<__main__.Name object at 0x...>` and `py_str()` defaults to `py_repr()`;
// generated classes with `__repr__`/`__str__` override them. Equality, hashing
// and ordering of plain instances are by identity, as in CPython.
#pragma once

namespace krait::rt {

class Str;

struct Object {
  virtual ~Object() = default;
  virtual const char* type_name() const { return "object"; }
  virtual Str py_repr();
  virtual Str py_str();
};

}  // namespace krait::rt
