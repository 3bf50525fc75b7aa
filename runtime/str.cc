// Core str operations: construction, indexing, slicing, concatenation.
#include "runtime/str.h"

#include "runtime/exceptions.h"

namespace krait::rt {

namespace {

StrObj* alloc_str(int64_t nbytes) {
  auto* o = static_cast<StrObj*>(gc_alloc_atomic(sizeof(StrObj) + nbytes + 1));
  o->nbytes = nbytes;
  o->hash = -1;
  o->data[nbytes] = '\0';
  return o;
}

Str make_str(const char* p, int64_t nbytes, int64_t ncp) {
  StrObj* o = alloc_str(nbytes);
  std::memcpy(o->data, p, nbytes);
  o->ncp = ncp;
  return Str::from_obj(o);
}

// Interned one-character ASCII strings; a global, so the collector scans it.
Str g_ascii[128];

}  // namespace

int64_t utf8_count(const char* p, int64_t n) {
  int64_t count = 0;
  for (int64_t i = 0; i < n; ++i) count += (static_cast<unsigned char>(p[i]) & 0xC0) != 0x80;
  return count;
}

Str::Str(std::string_view utf8) {
  auto n = static_cast<int64_t>(utf8.size());
  *this = make_str(utf8.data(), n, utf8_count(utf8.data(), n));
}

Str Str::from_codepoint(uint32_t cp) {
  if (cp < 128) {
    Str& s = g_ascii[cp];
    if (s.is_none()) {
      char c = static_cast<char>(cp);
      s = make_str(&c, 1, 1);
    }
    return s;
  }
  char buf[4];
  return make_str(buf, utf8_encode(cp, buf), 1);
}

int64_t Str::byte_offset(int64_t cp_index) const {
  if (is_ascii()) return cp_index;
  const char* p = data();
  for (int64_t i = 0; i < cp_index; ++i) p += utf8_seq_len(static_cast<unsigned char>(*p));
  return p - data();
}

uint32_t Str::codepoint_at(int64_t i) const {
  if (is_ascii()) return static_cast<unsigned char>(data()[i]);
  const char* p = data() + byte_offset(i);
  return utf8_decode(p);
}

Str Str::operator[](int64_t i) const {
  int64_t n = len();
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise_index_error("string index out of range");
  return from_codepoint(codepoint_at(i));
}

Str operator+(Str a, Str b) {
  if (a.nbytes() == 0) return b;
  if (b.nbytes() == 0) return a;
  StrObj* o = alloc_str(a.nbytes() + b.nbytes());
  std::memcpy(o->data, a.data(), a.nbytes());
  std::memcpy(o->data + a.nbytes(), b.data(), b.nbytes());
  o->ncp = a.len() + b.len();
  return Str::from_obj(o);
}

Str str_repeat(Str s, int64_t n) {
  if (n <= 0 || s.nbytes() == 0) return Str("");
  if (n == 1) return s;
  int64_t total;
  if (__builtin_mul_overflow(s.nbytes(), n, &total)) raise_memory_error();
  StrObj* o = alloc_str(total);
  for (int64_t i = 0; i < n; ++i) std::memcpy(o->data + i * s.nbytes(), s.data(), s.nbytes());
  o->ncp = s.len() * n;
  return Str::from_obj(o);
}

Str str_slice(Str s, const Slice& sl) {
  int64_t start, stop;
  int64_t count = sl.adjust(s.len(), &start, &stop);
  if (count == 0) return Str("");
  if (sl.step == 1) {
    if (count == s.len()) return s;
    int64_t b0 = s.byte_offset(start);
    int64_t b1 = s.byte_offset(stop);
    return make_str(s.data() + b0, b1 - b0, count);
  }
  StrBuilder b(count);
  if (s.is_ascii()) {
    for (int64_t i = 0, j = start; i < count; ++i, j += sl.step) b.push(s.data()[j]);
  } else {
    for (int64_t i = 0, j = start; i < count; ++i, j += sl.step) {
      b.append_codepoint(s.codepoint_at(j));
    }
  }
  return b.finish();
}

bool str_contains(Str haystack, Str needle) {
  return haystack.view().find(needle.view()) != std::string_view::npos;
}

StrBuilder::StrBuilder(int64_t reserve) : cap_(reserve + 1) {
  obj_ = static_cast<StrObj*>(gc_alloc_atomic(sizeof(StrObj) + cap_));
}

void StrBuilder::grow(int64_t need) {
  int64_t cap = cap_ * 2 > need ? cap_ * 2 : need;
  if (obj_ == nullptr) {
    obj_ = static_cast<StrObj*>(gc_alloc_atomic(sizeof(StrObj) + cap));
  } else {
    void* p = GC_REALLOC(obj_, sizeof(StrObj) + cap);
    if (p == nullptr) raise_memory_error();
    obj_ = static_cast<StrObj*>(p);
  }
  cap_ = cap;
}

Str StrBuilder::finish() {
  if (obj_ == nullptr) grow(1);
  StrObj* o = obj_;
  o->nbytes = len_;
  o->ncp = utf8_count(o->data, len_);
  o->hash = -1;
  o->data[len_] = '\0';
  obj_ = nullptr;
  cap_ = 0;
  len_ = 0;
  return Str::from_obj(o);
}

}  // namespace krait::rt

namespace krait::rt {

bool utf8_valid(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const unsigned char* end = p + bytes.size();
  while (p < end) {
    unsigned char c = *p;
    int n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || end - p < n) return false;
    uint32_t cp = n == 1 ? c : c & (0x7F >> n);
    for (int i = 1; i < n; ++i) {
      if ((p[i] & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (p[i] & 0x3F);
    }
    static constexpr uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    p += n;
  }
  return true;
}

}  // namespace krait::rt
