#include "runtime/ctypes.h"

#include <string>

#include "runtime/main.h"
#include "runtime/print.h"

namespace krait::rt {

int c_errno = 0;

char c_char_of(Bytes* b) {
  if (b == nullptr || b->len != 1)
    raise_type_error("one character bytes, bytearray or integer expected");
  return b->data[0];
}

void set_char_array_field(CArray<char> a, Bytes* value) {
  if (value->len > a.len)
    raise_value_error(Str("bytes too long (" + std::to_string(value->len) + ", maximum length " +
                          std::to_string(a.len) + ")"));
  std::memcpy(a.data, value->data, static_cast<size_t>(value->len));
  if (value->len < a.len) a.data[value->len] = '\0';
}

wchar_t c_wchar_of(Str s) {
  if (s.is_none() || s.len() != 1) raise_type_error("one character unicode string expected");
  return static_cast<wchar_t>(s.codepoint_at(0));
}

wchar_t* c_wchars(Str s) {
  if (s.is_none()) return nullptr;
  auto* out = static_cast<wchar_t*>(gc_alloc_atomic(sizeof(wchar_t) * (s.len() + 1)));
  int64_t i = 0;
  const char* p = s.data();
  const char* end = p + s.nbytes();
  while (p < end) out[i++] = static_cast<wchar_t>(utf8_decode(p));
  out[i] = L'\0';
  return out;
}

Str str_from_wchars(const wchar_t* p) {
  if (p == nullptr) return Str::none();
  StrBuilder out;
  for (; *p != L'\0'; ++p) out.append_codepoint(static_cast<uint32_t>(*p));
  return out.finish();
}

void* c_copy_from_buffer(std::string_view source, int64_t offset, size_t size) {
  if (offset < 0) raise_value_error("offset cannot be negative");
  int64_t needed = offset + static_cast<int64_t>(size);
  if (static_cast<int64_t>(source.size()) < needed)
    raise_value_error(Str("Buffer size too small (" + std::to_string(source.size()) +
                          " instead of at least " + std::to_string(needed) + " bytes)"));
  void* p = gc_alloc(size > 0 ? size : 1);
  std::memcpy(p, source.data() + offset, size);
  return p;
}

int64_t c_array_length(int64_t n) {
  if (n < 0) raise_value_error(Str("Array length must be >= 0, not " + std::to_string(n)));
  return n;
}

void set_char_array_value(CArray<char> a, Bytes* value) {
  if (value->len > a.len) raise_value_error("byte string too long");
  std::memcpy(a.data, value->data, static_cast<size_t>(value->len));
  if (value->len < a.len) a.data[value->len] = '\0';
}

CArray<char> create_string_buffer(Bytes* init) {
  return create_string_buffer(init, init->len + 1);
}

CArray<char> create_string_buffer(Bytes* init, int64_t size) {
  if (init->len > size) raise_value_error("byte string too long");
  CArray<char> a = CArray<char>::make(size);
  std::memcpy(a.data, init->data, static_cast<size_t>(init->len));
  return a;
}

CArray<char> create_string_buffer(int64_t size) {
  return CArray<char>::make(size);
}

Bytes* string_at(const void* address, int64_t size) {
  const char* p = static_cast<const char*>(address);
  if (size < 0) return Bytes::of(p);
  return Bytes::of(std::string_view(p, static_cast<size_t>(size)));
}

void report_callback_exception(const char* function, BaseException* e) {
  detail::g_in_flight = nullptr;
  flush_stdout();
  std::string text = "Exception ignored on calling ctypes callback function: <function ";
  text += function;
  text += ">\n";
  write_stream(Stream::kStderr, text);
  write_stream(Stream::kStderr, uncaught_report(e).view());
}

}  // namespace krait::rt
