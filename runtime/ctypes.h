// What translated ctypes code uses: C objects in the collected heap and the
// conversions between C values and Python values.
//
// Contract. A ctypes object is its C storage: a simple type's instance
// (c_int(5)) is a T* to one T, a Structure a pointer to its C struct, an
// array a CArray (its items and their number), a POINTER(T) value the T*
// itself. Storage is allocated zeroed, as ctypes does, and scanned by the
// collector (a c_char_p box or a struct may point to collected bytes).
// Ints are converted to C integers by truncation, as ctypes does; C
// integers that do not fit an int raise OverflowError.
#pragma once

#include <cerrno>
#include <cstdint>
#include <cstring>

#include "runtime/bytes.h"
#include "runtime/exceptions.h"
#include "runtime/gc.h"
#include "runtime/slice.h"

namespace krait::rt {

// The address a POINTER object holds, when it is not NULL (CPython raises
// ValueError where C would crash).
template <class T>
T* c_non_null(T* p) {
  if (p == nullptr) raise_value_error("NULL pointer access");
  return p;
}

// Zeroed storage for one C object of type T, initialised from `value`.
template <class T>
T* c_box() {
  auto* p = static_cast<T*>(gc_alloc(sizeof(T)));
  std::memset(static_cast<void*>(p), 0, sizeof(T));
  return p;
}
template <class T>
T* c_box(const T& value) {
  T* p = c_box<T>();
  std::memcpy(static_cast<void*>(p), static_cast<const void*>(&value), sizeof(T));
  return p;
}

// A ctypes array: `len` items at `data` (its own storage, a field of a
// struct, or a string buffer).
// T.from_buffer_copy(source, offset): `size` bytes of source from offset,
// in new zeroed storage (ValueError when source is too short, as CPython).
void* c_copy_from_buffer(std::string_view source, int64_t offset, size_t size);

// The length of `T * n` made at run time (ValueError when negative).
int64_t c_array_length(int64_t n);

template <class T>
struct CArray {
  T* data = nullptr;
  int64_t len = 0;

  static CArray make(int64_t n) {
    if (n < 0) raise_value_error("Array length must be >= 0, not negative");
    CArray a{static_cast<T*>(gc_alloc(sizeof(T) * static_cast<size_t>(n > 0 ? n : 1))), n};
    std::memset(static_cast<void*>(a.data), 0, sizeof(T) * static_cast<size_t>(n));
    return a;
  }
  static CArray from_buffer_copy(int64_t n, std::string_view source, int64_t offset) {
    if (n < 0) raise_value_error("Array length must be >= 0, not negative");
    return CArray{static_cast<T*>(c_copy_from_buffer(source, offset, sizeof(T) * n)), n};
  }
  T& at(int64_t i) const {
    if (i < 0) i += len;
    if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(len)) raise_index_error("invalid index");
    return data[i];
  }
};

template <class T>
int64_t len(const CArray<T>& a) {
  return a.len;
}

// a[start:stop:step] of a ctypes array: a new list (of pointer type P) of
// each item as Python sees it (`convert`).
template <class P, class T, class F>
P c_array_slice(const CArray<T>& a, const Slice& s, F convert) {
  int64_t start, stop;
  int64_t n = s.adjust(a.len, &start, &stop);
  P out = std::remove_pointer_t<P>::make(0);
  for (int64_t k = 0, i = start; k < n; ++k, i += s.step) out->append(convert(a.data[i]));
  return out;
}
// The same of a c_char array: bytes.
inline Bytes* c_char_array_slice(const CArray<char>& a, const Slice& s) {
  return make_bytes<Bytes>(bytes_slice_view(std::string_view(a.data, a.len), s));
}

// A value stored into a bit field, which keeps its low bits as ctypes
// does: a call, so that GCC does not warn that a constant changes value.
template <class T>
T truncated_to_bit_field(T v) {
  return v;
}

// A C integer as a Python int (a 64-bit int here).
template <class T>
int64_t int_from_c(T v) {
  if constexpr (std::is_unsigned_v<T> && sizeof(T) == 8) {
    if (v > static_cast<T>(INT64_MAX))
      raise_overflow_error("C integer too large for Krait's 64-bit int");
  }
  return static_cast<int64_t>(v);
}

// bytes -> char * (the bytes object's own NUL-terminated storage; NULL for None).
inline char* c_chars(Bytes* b) {
  return b == nullptr ? nullptr : b->data;
}
// A C string as bytes (None for NULL).
inline Bytes* bytes_from_c(const char* s) {
  return s == nullptr ? nullptr : Bytes::of(s);
}
// A c_char as bytes of length 1, and back.
inline Bytes* bytes_of_char(char c) {
  return Bytes::of(std::string_view(&c, 1));
}
char c_char_of(Bytes* b);

// A char array's .value (up to its first NUL) and .raw (all of it).
inline Bytes* char_array_value(CArray<char> a) {
  return Bytes::of(std::string_view(a.data, strnlen(a.data, static_cast<size_t>(a.len))));
}
inline Bytes* char_array_raw(CArray<char> a) {
  return Bytes::of(std::string_view(a.data, static_cast<size_t>(a.len)));
}
// Assigning a char array's .value: the bytes and a NUL if there is room.
void set_char_array_value(CArray<char> a, Bytes* value);
// A char array field: the bytes and a NUL if there is room (ValueError
// when longer than the field, with CPython's message).
void set_char_array_field(CArray<char> a, Bytes* value);

// c_wchar: a str of one character as a wchar_t (TypeError otherwise, as
// CPython), and back.
wchar_t c_wchar_of(Str s);
inline Str str_of_wchar(wchar_t c) {
  return Str::from_codepoint(static_cast<uint32_t>(c));
}
// c_wchar_p: a str as a NUL-terminated wchar_t string in new storage (NULL
// for None), and a C one as a str (None for NULL).
wchar_t* c_wchars(Str s);
Str str_from_wchars(const wchar_t* p);

// A C item as its Python value, as ctypes reads array items: numbers as
// int, float or bool, c_char as bytes, c_char_p as bytes or None, c_void_p
// as the address, a Structure, an array or a pointer as the ctypes object
// (its storage: a POINTER object is the address of the item holding it).
template <class T>
auto c_to_py(T& item) {
  if constexpr (std::is_same_v<T, bool>) {
    return item;
  } else if constexpr (std::is_same_v<T, char>) {
    return bytes_of_char(item);
  } else if constexpr (std::is_same_v<T, wchar_t>) {
    return str_of_wchar(item);
  } else if constexpr (std::is_same_v<T, wchar_t*>) {
    return str_from_wchars(item);
  } else if constexpr (std::is_integral_v<T>) {
    return int_from_c(item);
  } else if constexpr (std::is_floating_point_v<T>) {
    return static_cast<double>(item);
  } else if constexpr (std::is_same_v<T, char*>) {
    return bytes_from_c(item);
  } else if constexpr (std::is_same_v<T, void*>) {
    return item;
  } else if constexpr (std::is_same_v<std::remove_extent_t<T>, char>) {
    return char_array_value(CArray<char>{item, static_cast<int64_t>(std::extent_v<T>)});
  } else if constexpr (std::is_array_v<T>) {
    return CArray<std::remove_extent_t<T>>{item, static_cast<int64_t>(std::extent_v<T>)};
  } else {
    return &item;
  }
}

// for x in array: its items as Python values.
template <class T>
struct CArrayIter {
  using Item = decltype(c_to_py(std::declval<T&>()));
  CArray<T> array;
  int64_t i = 0;
  bool next(Item& out) {
    if (i >= array.len) return false;
    out = c_to_py(array.data[i++]);
    return true;
  }
};
template <class T>
CArrayIter<T> py_iter(const CArray<T>& array) {
  return {array};
}

// create_string_buffer(init), (init, size), (size).
CArray<char> create_string_buffer(Bytes* init);
CArray<char> create_string_buffer(Bytes* init, int64_t size);
CArray<char> create_string_buffer(int64_t size);

// string_at(address[, size]): the bytes at a C address (up to a NUL without size).
Bytes* string_at(const void* address, int64_t size = -1);

// ctypes' private copy of errno for libraries loaded with use_errno=True:
// swapped with errno around each call of their functions.
extern int c_errno;
template <class F>
auto call_with_errno(F call) {
  errno = c_errno;
  if constexpr (std::is_void_v<decltype(call())>) {
    call();
    c_errno = errno;
  } else {
    auto result = call();
    c_errno = errno;
    return result;
  }
}
inline int64_t set_c_errno(int64_t value) {
  int64_t old = c_errno;
  c_errno = static_cast<int>(value);
  return old;
}

// A Python exception raised in a ctypes callback: CPython prints it and the
// callback returns 0 to C.
void report_callback_exception(const char* function, BaseException* e);

}  // namespace krait::rt
