// str() and repr() of every value, as CPython prints them.
//
// The primitives are `repr_to(out, x)` and `str_to(out, x)`, which append to a
// StrBuilder; `repr(x)` and `str(x)` wrap them. This header defines them for
// int (int64_t), float (double), bool, str (Str, None when null), None
// (`rt::None`) and instances (`Object*` and derived, via the virtual
// py_repr/py_str; null prints None). list.h, tuple.h and dict.h add their
// container overloads, found by argument-dependent lookup, so a container of
// containers prints recursively with items in repr form. Generated classes
// customise printing by overriding Object::py_repr / py_str.
#pragma once

#include <cstdint>

#include "runtime/float_format.h"
#include "runtime/object.h"
#include "runtime/str.h"
#include "runtime/str_repr.h"

namespace krait::rt {

struct NoneType {};
inline constexpr NoneType None{};

void int_to_str(StrBuilder& out, int64_t v);

inline void repr_to(StrBuilder& out, int64_t v) {
  int_to_str(out, v);
}
inline void repr_to(StrBuilder& out, int v) {
  int_to_str(out, v);
}
inline void repr_to(StrBuilder& out, double v) {
  float_repr_to(out, v);
}
inline void repr_to(StrBuilder& out, bool v) {
  out.append(v ? "True" : "False");
}
inline void repr_to(StrBuilder& out, NoneType) {
  out.append("None");
}
inline void repr_to(StrBuilder& out, Str s) {
  if (s.is_none()) {
    out.append("None");
  } else {
    str_repr_to(out, s);
  }
}
inline void repr_to(StrBuilder& out, Object* o) {
  out.append(o ? o->py_repr() : Str("None"));
}
// A C address (a ctypes c_void_p value): an int, None when NULL.
inline void repr_to(StrBuilder& out, void* p) {
  if (p == nullptr) {
    out.append("None");
  } else {
    int_to_str(out, static_cast<int64_t>(reinterpret_cast<intptr_t>(p)));
  }
}

inline void str_to(StrBuilder& out, int64_t v) {
  int_to_str(out, v);
}
inline void str_to(StrBuilder& out, int v) {
  int_to_str(out, v);
}
inline void str_to(StrBuilder& out, double v) {
  float_repr_to(out, v);
}
inline void str_to(StrBuilder& out, bool v) {
  repr_to(out, v);
}
inline void str_to(StrBuilder& out, NoneType) {
  out.append("None");
}
inline void str_to(StrBuilder& out, Str s) {
  out.append(s.is_none() ? Str("None") : s);
}
inline void str_to(StrBuilder& out, const char* s) {
  out.append(s);
}
inline void str_to(StrBuilder& out, Object* o) {
  out.append(o ? o->py_str() : Str("None"));
}
inline void str_to(StrBuilder& out, void* p) {
  repr_to(out, p);
}

template <class T>
Str repr(const T& v) {
  StrBuilder out;
  repr_to(out, v);
  return out.finish();
}

template <class T>
Str str(const T& v) {
  StrBuilder out;
  str_to(out, v);
  return out.finish();
}
inline Str str(Str s) {
  return s.is_none() ? Str("None") : s;
}

// Concatenates the str() of every argument: the lowering of an f-string
// whose pieces are already formatted (`concat(Str("x = "), format(x, spec))`).
template <class... Ts>
Str concat(const Ts&... pieces) {
  StrBuilder out;
  (str_to(out, pieces), ...);
  return out.finish();
}

}  // namespace krait::rt
