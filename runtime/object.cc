// Default str()/repr() of instances, as CPython prints them.
#include "runtime/object.h"

#include <cstdio>

#include "runtime/exceptions.h"
#include "runtime/hash.h"
#include "runtime/str.h"

namespace krait::rt {

Str Object::py_repr() {
  char buf[256];
  std::snprintf(buf, sizeof buf, "<%s.%s object at %p>", module_name(), type_name(),
                static_cast<void*>(this));
  return Str(buf);
}

Str Object::py_str() {
  return py_repr();
}

void raise_unorderable(const Object* a, const Object* b) {
  auto name = [](const Object* o) { return Str(o == nullptr ? "NoneType" : o->type_name()); };
  raise_type_error(Str("'<' not supported between instances of '") + name(a) + Str("' and '") +
                   name(b) + Str("'"));
}

int64_t Object::hash_hook() {
  return hash_pointer(this);
}

bool Object::lt_hook(Object* other) {
  raise_unorderable(this, other);
}

}  // namespace krait::rt
