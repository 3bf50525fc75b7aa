// The common base of every class instance: exceptions and generated classes.
//
// Instances are GC-allocated (`gc_new<T>(...)`) and handled by pointer; null is
// None. The virtual methods give the hooks that `str()`, `repr()` and the
// uncaught-exception report need: `type_name()` is the Python class name
// (generated classes override it, and `module_name()` outside __main__),
// `py_repr()` defaults to CPython's `<module.Name object at 0x...>` and `py_str()` defaults to
// `py_repr()`; generated classes with `__repr__`/`__str__` override them. Equality, hashing and
// ordering of plain instances are by identity, as in CPython (classes with __eq__ / __lt__ /
// __hash__ override `eq_hook` / `lt_hook` / `hash_hook`). `class_in` is the instance test of
// generated code.
#pragma once

#include <cstdint>

namespace krait::rt {

class Str;
struct CopyMemo;  // copy_module.h

struct Object {
  // Generated classes number themselves so that an instance test is a range
  // check (see backend/class_ids.h); 0 for every other object.
  int32_t class_id = 0;

  virtual ~Object() = default;
  virtual const char* type_name() const { return "object"; }
  // The module defining the class (CPython's __module__).
  virtual const char* module_name() const { return "__main__"; }
  virtual Str py_repr();
  virtual Str py_str();
  // `self < other` and `self == other` where the runtime compares instances
  // (sorting, min/max, list membership): the class's __lt__ / __eq__ when
  // it has one (generated overrides); else TypeError, and identity.
  virtual bool lt_hook(Object* other);
  virtual bool eq_hook(Object* other) { return this == other; }
  // hash(self) where the runtime hashes instances (dict keys, set items):
  // the class's __hash__ when it has one (generated override), else by
  // identity as CPython's object.__hash__.
  virtual int64_t hash_hook();
  // The truth of self where the runtime tests instances (any(), all()):
  // the class's __bool__, or __len__() != 0, when it has one (generated
  // override); else true.
  virtual bool bool_hook() { return true; }
  // copy.copy and copy.deepcopy of an instance (copy_module.h): generated
  // classes override them in programs that import copy; other objects
  // (files, compiled patterns) are their own copies.
  virtual Object* shallow_copy() { return this; }
  virtual Object* deep_copy(CopyMemo&) { return this; }
};

// CPython's TypeError for `a < b` on instances without __lt__ (or None).
[[noreturn]] void raise_unorderable(const Object* a, const Object* b);

// True when `o` is an instance of the generated class numbered `first` or of
// one of its subclasses (numbered up to `last`).
inline bool class_in(const Object* o, int32_t first, int32_t last) {
  return o != nullptr &&
         static_cast<uint32_t>(o->class_id - first) <= static_cast<uint32_t>(last - first);
}

}  // namespace krait::rt
