// Default str()/repr() of instances, as CPython prints them.
#include "runtime/object.h"

#include <cstdio>

#include "runtime/str.h"

namespace krait::rt {

Str Object::py_repr() {
  char buf[256];
  std::snprintf(buf, sizeof buf, "<__main__.%s object at %p>", type_name(),
                static_cast<void*>(this));
  return Str(buf);
}

Str Object::py_str() {
  return py_repr();
}

}  // namespace krait::rt
