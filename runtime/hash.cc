// SipHash-1-3 (CPython's Python/pyhash.c, zero key) and float hashing.
#include "runtime/hash.h"

#include <cmath>
#include <cstring>
#include <vector>

namespace krait::rt {

namespace {

constexpr int kHashBits = 61;

uint64_t rotl(uint64_t x, int b) {
  return (x << b) | (x >> (64 - b));
}

void half_round(uint64_t& a, uint64_t& b, uint64_t& c, uint64_t& d, int s, int t) {
  a += b;
  c += d;
  b = rotl(b, s) ^ a;
  d = rotl(d, t) ^ c;
  a = rotl(a, 32);
}

void single_round(uint64_t& v0, uint64_t& v1, uint64_t& v2, uint64_t& v3) {
  half_round(v0, v1, v2, v3, 13, 16);
  half_round(v2, v1, v0, v3, 17, 21);
}

uint64_t siphash13(uint64_t k0, uint64_t k1, const uint8_t* in, int64_t n) {
  uint64_t b = static_cast<uint64_t>(n) << 56;
  uint64_t v0 = k0 ^ 0x736f6d6570736575ULL;
  uint64_t v1 = k1 ^ 0x646f72616e646f6dULL;
  uint64_t v2 = k0 ^ 0x6c7967656e657261ULL;
  uint64_t v3 = k1 ^ 0x7465646279746573ULL;
  for (; n >= 8; n -= 8, in += 8) {
    uint64_t mi;
    std::memcpy(&mi, in, 8);  // little-endian host
    v3 ^= mi;
    single_round(v0, v1, v2, v3);
    v0 ^= mi;
  }
  uint64_t t = 0;
  std::memcpy(&t, in, static_cast<size_t>(n));
  b |= t;
  v3 ^= b;
  single_round(v0, v1, v2, v3);
  v0 ^= b;
  v2 ^= 0xff;
  single_round(v0, v1, v2, v3);
  single_round(v0, v1, v2, v3);
  single_round(v0, v1, v2, v3);
  return (v0 ^ v1) ^ (v2 ^ v3);
}

}  // namespace

int64_t hash_bytes(const void* data, int64_t n) {
  if (n == 0) return 0;
  auto h = static_cast<int64_t>(siphash13(0, 0, static_cast<const uint8_t*>(data), n));
  return h == -1 ? -2 : h;
}

int64_t hash_str_uncached(Str s) {
  if (s.is_ascii()) return hash_bytes(s.data(), s.nbytes());
  // CPython hashes its internal form: code points as 1, 2 or 4 bytes each.
  uint32_t max_cp = 0;
  std::vector<uint32_t> cps;
  cps.reserve(static_cast<size_t>(s.len()));
  for (const char* p = s.data(); p < s.data() + s.nbytes();) {
    cps.push_back(utf8_decode(p));
    if (cps.back() > max_cp) max_cp = cps.back();
  }
  int width = max_cp < 0x100 ? 1 : max_cp < 0x10000 ? 2 : 4;
  std::vector<uint8_t> bytes(cps.size() * width);
  for (size_t i = 0; i < cps.size(); ++i) {
    for (int k = 0; k < width; ++k) bytes[i * width + k] = (cps[i] >> (8 * k)) & 0xFF;
  }
  return hash_bytes(bytes.data(), static_cast<int64_t>(bytes.size()));
}

int64_t hash_float(double v) {
  if (!std::isfinite(v)) return std::isinf(v) ? (v > 0 ? 314159 : -314159) : 0;
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m != 0.0) {
    x = ((x << 28) & kHashModulus) | x >> (kHashBits - 28);
    m *= 268435456.0;
    e -= 28;
    auto y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= kHashModulus) x -= kHashModulus;
  }
  e = e >= 0 ? e % kHashBits : kHashBits - 1 - ((-1 - e) % kHashBits);
  x = ((x << e) & kHashModulus) | x >> (kHashBits - e);
  x = x * static_cast<uint64_t>(static_cast<int64_t>(sign));
  if (x == UINT64_MAX) x = UINT64_MAX - 1;
  return static_cast<int64_t>(x);
}

int64_t hash_pointer(const void* p) {
  auto y = reinterpret_cast<uintptr_t>(p);
  y = (y >> 4) | (y << 60);
  auto h = static_cast<int64_t>(y);
  return h == -1 ? -2 : h;
}

}  // namespace krait::rt
