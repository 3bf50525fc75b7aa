// bytes and bytearray: allocation, bytearray mutation, slicing, repetition
// and repr (bytes.h).
#include "runtime/bytes.h"

#include <algorithm>
#include <cstring>
#include <string>

namespace krait::rt {

void raise_byte_range() {
  raise_value_error("byte must be in range(0, 256)");
}

Bytes* Bytes::make(int64_t n) {
  auto* b = static_cast<Bytes*>(gc_alloc_atomic(sizeof(Bytes) + static_cast<size_t>(n) + 1));
  b->len = n;
  b->hash = -1;
  std::memset(b->data, 0, static_cast<size_t>(n) + 1);
  return b;
}

Bytes* Bytes::of(std::string_view bytes) {
  Bytes* b = make(static_cast<int64_t>(bytes.size()));
  if (!bytes.empty()) std::memcpy(b->data, bytes.data(), bytes.size());
  return b;
}

ByteArray* ByteArray::make(int64_t n) {
  auto* b = gc_new<ByteArray>();
  b->reserve(n);
  if (n > 0) std::memset(b->data, 0, static_cast<size_t>(n));
  b->len = n > 0 ? n : 0;
  return b;
}

ByteArray* ByteArray::of(std::string_view bytes) {
  auto* b = gc_new<ByteArray>();
  b->extend(bytes);
  return b;
}

void ByteArray::reserve(int64_t n) {
  if (n <= cap) return;
  int64_t c = std::max(n, cap + (cap >> 1) + 8);
  auto* fresh = static_cast<char*>(gc_alloc_atomic(static_cast<size_t>(c)));
  if (len) std::memcpy(fresh, data, static_cast<size_t>(len));
  data = fresh;
  cap = c;
}

void ByteArray::extend(std::string_view bytes) {
  auto n = static_cast<int64_t>(bytes.size());
  if (n == 0) return;
  if (bytes.data() >= data && bytes.data() < data + len) {  // ba += ba
    replace(len, 0, std::string_view(Bytes::of(bytes)->view()));
    return;
  }
  reserve(len + n);
  std::memcpy(data + len, bytes.data(), bytes.size());
  len += n;
}

int64_t ByteArray::pop() {
  if (len == 0) raise_index_error("pop from empty bytearray");
  return static_cast<uint8_t>(data[--len]);
}

int64_t ByteArray::pop(int64_t i) {
  if (len == 0) raise_index_error("pop from empty bytearray");
  if (i < 0) i += len;
  if (i < 0 || i >= len) raise_index_error("pop index out of range");
  int64_t v = static_cast<uint8_t>(data[i]);
  replace(i, 1, {});
  return v;
}

void ByteArray::insert(int64_t i, int64_t v) {
  char b = static_cast<char>(checked_byte(v));
  if (i < 0) i = std::max<int64_t>(i + len, 0);
  if (i > len) i = len;
  replace(i, 0, std::string_view(&b, 1));
}

void ByteArray::reverse() {
  std::reverse(data, data + len);
}

void ByteArray::replace(int64_t at, int64_t n, std::string_view with) {
  auto m = static_cast<int64_t>(with.size());
  reserve(len - n + m);
  std::memmove(data + at + m, data + at + n, static_cast<size_t>(len - at - n));
  if (m) std::memcpy(data + at, with.data(), with.size());
  len += m - n;
}

void ByteArray::set_slice(const Slice& sl, std::string_view value) {
  if (value.data() >= data && value.data() < data + cap) value = Bytes::of(value)->view();
  int64_t start, stop;
  int64_t n = sl.adjust(len, &start, &stop);
  if (sl.step == 1) {
    replace(start, std::max<int64_t>(stop - start, 0), value);
    return;
  }
  if (static_cast<int64_t>(value.size()) != n) {
    std::string m = "attempt to assign bytes of size " + std::to_string(value.size()) +
                    " to extended slice of size " + std::to_string(n);
    raise_value_error(Str(m));
  }
  for (int64_t i = 0, j = start; i < n; ++i, j += sl.step) data[j] = value[i];
}

void ByteArray::del_slice(const Slice& sl) {
  int64_t start, stop;
  int64_t n = sl.adjust(len, &start, &stop);
  if (sl.step == 1) {
    replace(start, n, {});
    return;
  }
  int64_t lo = sl.step > 0 ? start : start + (n - 1) * sl.step;
  int64_t step = sl.step > 0 ? sl.step : -sl.step;
  int64_t out = 0;
  for (int64_t i = 0; i < len; ++i) {
    bool selected = n > 0 && i >= lo && (i - lo) % step == 0 && (i - lo) / step < n;
    if (!selected) data[out++] = data[i];
  }
  len = out;
}

std::string_view bytes_repeat_view(std::string_view s, int64_t n) {
  if (n <= 0 || s.empty()) return {};
  auto* out = ByteArray::make(0);
  out->reserve(static_cast<int64_t>(s.size()) * n);
  for (int64_t i = 0; i < n; ++i) out->extend(s);
  return out->view();
}

std::string_view bytes_slice_view(std::string_view s, const Slice& sl) {
  int64_t start, stop;
  int64_t n = sl.adjust(static_cast<int64_t>(s.size()), &start, &stop);
  if (sl.step == 1) return s.substr(static_cast<size_t>(start), static_cast<size_t>(n));
  auto* out = ByteArray::make(n);
  for (int64_t i = 0, j = start; i < n; ++i, j += sl.step) out->data[i] = s[j];
  return out->view();
}

void bytes_repr_to(StrBuilder& out, std::string_view bytes) {
  bool single = bytes.find('\'') == std::string_view::npos;
  bool dbl = bytes.find('"') == std::string_view::npos;
  char quote = !single && dbl ? '"' : '\'';
  out.push('b');
  out.push(quote);
  static const char kHex[] = "0123456789abcdef";
  for (char ch : bytes) {
    auto c = static_cast<unsigned char>(ch);
    if (c == static_cast<unsigned char>(quote) || c == '\\') {
      out.push('\\');
      out.push(static_cast<char>(c));
    } else if (c == '\t') {
      out.append("\\t");
    } else if (c == '\n') {
      out.append("\\n");
    } else if (c == '\r') {
      out.append("\\r");
    } else if (c < 0x20 || c >= 0x7f) {
      out.append("\\x");
      out.push(kHex[c >> 4]);
      out.push(kHex[c & 15]);
    } else {
      out.push(static_cast<char>(c));
    }
  }
  out.push(quote);
}

}  // namespace krait::rt
