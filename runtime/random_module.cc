// The generator behind `random` (see random_module.h): MT19937 as
// Modules/_randommodule.c writes it, seeding included, and the methods of
// Lib/random.py that draw from it.
#include "runtime/random_module.h"

#include <gmp.h>
#include <nettle/sha2.h>
#include <sys/random.h>

#include <cstring>
#include <string>
#include <vector>

#include "runtime/big_int_gmp.h"
#include "runtime/exceptions.h"
#include "runtime/hash.h"
#include "runtime/int_ops.h"

namespace krait::rt::random {
namespace {

constexpr int kN = 624;
constexpr int kM = 397;

struct State {
  uint32_t mt[kN];
  int index = kN + 1;
  bool has_gauss_next = false;
  double gauss_next = 0.0;
};
State state;

void init_genrand(uint32_t s) {
  state.mt[0] = s;
  for (int i = 1; i < kN; ++i) {
    uint32_t prev = state.mt[i - 1];
    state.mt[i] = 1812433253U * (prev ^ (prev >> 30)) + static_cast<uint32_t>(i);
  }
  state.index = kN;
}

void init_by_array(const std::vector<uint32_t>& key) {
  init_genrand(19650218U);
  uint32_t* mt = state.mt;
  size_t i = 1, j = 0;
  for (size_t k = std::max<size_t>(kN, key.size()); k > 0; --k) {
    mt[i] =
        (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + static_cast<uint32_t>(j);
    ++i;
    ++j;
    if (i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
    if (j >= key.size()) j = 0;
  }
  for (size_t k = kN - 1; k > 0; --k) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - static_cast<uint32_t>(i);
    ++i;
    if (i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000U;
  state.has_gauss_next = false;
}

// The key of an unsigned value given as 32-bit words, least significant
// first: its words up to the highest non-zero one (one word for zero).
void seed_words(std::vector<uint32_t> words) {
  while (words.size() > 1 && words.back() == 0) words.pop_back();
  if (words.empty()) words.push_back(0);
  init_by_array(words);
}

void seed_unsigned(uint64_t n) {
  seed_words({static_cast<uint32_t>(n), static_cast<uint32_t>(n >> 32)});
}

// Seed version 2 of str and bytes: int.from_bytes(data + sha512(data)).
void seed_bytes(std::string_view data) {
  std::string all(data);
  uint8_t digest[SHA512_DIGEST_SIZE];
  sha512_ctx ctx;
  sha512_init(&ctx);
  sha512_update(&ctx, data.size(), reinterpret_cast<const uint8_t*>(data.data()));
  sha512_digest(&ctx, SHA512_DIGEST_SIZE, digest);
  all.append(reinterpret_cast<const char*>(digest), SHA512_DIGEST_SIZE);
  std::vector<uint32_t> words((all.size() + 3) / 4, 0);
  for (size_t b = 0; b < all.size(); ++b) {  // big-endian bytes, from the last
    size_t from_end = all.size() - 1 - b;
    words[from_end / 4] |= static_cast<uint32_t>(static_cast<unsigned char>(all[b]))
                           << (8 * (from_end % 4));
  }
  seed_words(std::move(words));
}

// Seeds from the operating system, as CPython does at import and for seed().
struct SeedAtStart {
  SeedAtStart() { seed(); }
} seed_at_start;

}  // namespace

void seed() {
  std::vector<uint32_t> key(kN);
  size_t want = key.size() * sizeof(uint32_t), got = 0;
  auto* bytes = reinterpret_cast<char*>(key.data());
  while (got < want) {
    ssize_t n = getrandom(bytes + got, want - got, 0);
    if (n <= 0) break;
    got += static_cast<size_t>(n);
  }
  init_by_array(key);
}

void seed(int64_t a) {
  seed_unsigned(a < 0 ? 0 - static_cast<uint64_t>(a) : static_cast<uint64_t>(a));
}

void seed(const Int& a) {
  if (a.is_small()) return seed(a.small());
  Mpz magnitude;
  mpz_abs(magnitude, MpzView(a));
  std::vector<uint32_t> words((mpz_sizeinbase(magnitude, 2) + 31) / 32);
  size_t count = 0;
  mpz_export(words.data(), &count, -1, sizeof(uint32_t), 0, 0, magnitude);
  words.resize(count);
  seed_words(std::move(words));
}

void seed(double a) {
  seed_unsigned(static_cast<uint64_t>(hash_of(a)));
}

void seed(Str a) {
  seed_bytes(a.view());
}

void seed(const Bytes* a) {
  seed_bytes(std::string_view(a->data, static_cast<size_t>(a->len)));
}

uint32_t next_word() {
  static constexpr uint32_t kMag01[2] = {0x0U, 0x9908b0dfU};
  constexpr uint32_t kUpper = 0x80000000U, kLower = 0x7fffffffU;
  uint32_t* mt = state.mt;
  if (state.index >= kN) {
    int kk = 0;
    for (; kk < kN - kM; ++kk) {
      uint32_t y = (mt[kk] & kUpper) | (mt[kk + 1] & kLower);
      mt[kk] = mt[kk + kM] ^ (y >> 1) ^ kMag01[y & 0x1U];
    }
    for (; kk < kN - 1; ++kk) {
      uint32_t y = (mt[kk] & kUpper) | (mt[kk + 1] & kLower);
      mt[kk] = mt[kk + (kM - kN)] ^ (y >> 1) ^ kMag01[y & 0x1U];
    }
    uint32_t y = (mt[kN - 1] & kUpper) | (mt[0] & kLower);
    mt[kN - 1] = mt[kM - 1] ^ (y >> 1) ^ kMag01[y & 0x1U];
    state.index = 0;
  }
  uint32_t y = mt[state.index++];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= (y >> 18);
  return y;
}

double random() {
  uint32_t a = next_word() >> 5, b = next_word() >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

// The words of getrandbits(k), least significant first.
static std::vector<uint32_t> random_words(int64_t k) {
  if (k < 0) raise_value_error("number of bits must be non-negative");
  std::vector<uint32_t> words(static_cast<size_t>((k + 31) / 32));
  for (uint32_t& w : words) {
    uint32_t r = next_word();
    if (k < 32) r >>= (32 - k);
    w = r;
    k -= 32;
  }
  return words;
}

int64_t getrandbits(int64_t k) {
  if (k > 63) return getrandbits_big(k);  // raises OverflowError past int64
  uint64_t value = 0;
  std::vector<uint32_t> words = random_words(k);
  for (size_t i = 0; i < words.size(); ++i) value |= static_cast<uint64_t>(words[i]) << (32 * i);
  return static_cast<int64_t>(value);
}

Int getrandbits_big(int64_t k) {
  std::vector<uint32_t> words = random_words(k);
  Mpz value;
  mpz_import(value, words.size(), -1, sizeof(uint32_t), 0, 0, words.data());
  return to_int(value);
}

int64_t randbelow(int64_t n) {
  int k = 64 - __builtin_clzll(static_cast<uint64_t>(n));
  int64_t r = getrandbits(k);
  while (r >= n) r = getrandbits(k);
  return r;
}

int64_t randrange(int64_t stop) {
  if (stop > 0) return randbelow(stop);
  raise_value_error("empty range for randrange()");
}

int64_t randrange(int64_t start, int64_t stop, int64_t step) {
  int64_t width;
  if (__builtin_sub_overflow(stop, start, &width))
    raise_overflow_error("randrange() range wider than Krait's 64-bit ints");
  if (step == 1) {
    if (width > 0) return start + randbelow(width);
    raise_value_error(Str(("empty range for randrange() (" + std::to_string(start) + ", " +
                           std::to_string(stop) + ", " + std::to_string(width) + ")")
                              .c_str()));
  }
  int64_t n;
  if (step > 0)
    n = int_floordiv(width + step - 1, step);
  else if (step < 0)
    n = int_floordiv(width + step + 1, step);
  else
    raise_value_error("zero step for randrange()");
  if (n <= 0) raise_value_error("empty range for randrange()");
  return start + step * randbelow(n);
}

int64_t randint(int64_t a, int64_t b) {
  if (b == INT64_MAX) raise_overflow_error("randint() range wider than Krait's 64-bit ints");
  return randrange(a, b + 1);
}

double uniform(double a, double b) {
  return a + (b - a) * random();
}

double gauss(double mu, double sigma) {
  double z;
  if (state.has_gauss_next) {
    z = state.gauss_next;
    state.has_gauss_next = false;
  } else {
    double x2pi = random() * (2.0 * 3.141592653589793);
    double g2rad = std::sqrt(-2.0 * std::log(1.0 - random()));
    z = std::cos(x2pi) * g2rad;
    state.gauss_next = std::sin(x2pi) * g2rad;
    state.has_gauss_next = true;
  }
  return mu + z * sigma;
}

double normalvariate(double mu, double sigma) {
  const double magic = 4 * std::exp(-0.5) / std::sqrt(2.0);  // random.py's NV_MAGICCONST
  double z;
  for (;;) {
    double u1 = random();
    double u2 = 1.0 - random();
    z = magic * (u1 - 0.5) / u2;
    double zz = z * z / 4.0;
    if (zz <= -std::log(u2)) break;
  }
  return mu + z * sigma;
}

static double triangular_with(double u, double low, double high, double c) {
  if (u > c) {
    u = 1.0 - u;
    c = 1.0 - c;
    std::swap(low, high);
  }
  return low + (high - low) * std::sqrt(u * c);
}

double triangular(double low, double high) {
  return triangular_with(random(), low, high, 0.5);
}

double triangular(double low, double high, double mode) {
  double u = random();
  if (high == low) return low;  // (mode - low) / (high - low) divides by zero
  return triangular_with(u, low, high, (mode - low) / (high - low));
}

double expovariate(double lambd) {
  double u = random();
  if (lambd == 0.0) raise_zero_division("float division by zero");
  return -std::log(1.0 - u) / lambd;
}

void raise_empty_choice() {
  raise_index_error("Cannot choose from an empty sequence");
}

void raise_sample_size() {
  raise_value_error("Sample larger than population or is negative");
}

void raise_weights_mismatch() {
  raise_value_error("The number of weights does not match the population");
}

void check_weights_total(double total) {
  if (total <= 0.0) raise_value_error("Total of weights must be greater than zero");
  if (!std::isfinite(total)) raise_value_error("Total of weights must be finite");
}

}  // namespace krait::rt::random
