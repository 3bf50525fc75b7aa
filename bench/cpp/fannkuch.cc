// Fannkuch-redux, hand-written C++ for the benchmark (bench/run_bench.py):
// the algorithm of tests/golden/programs/fannkuch.py with the same loops, so it
// prints the same bytes. `perm = perm1[:]` copies into one buffer allocated
// once, as a C++ programmer would, instead of a new list per permutation.
//
// Usage: fannkuch [N]   (default 9)
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <utility>
#include <vector>

namespace {

struct Result {
  long checksum;
  long max_flips;
};

Result fannkuch(int n) {
  std::vector<int> perm1(n);
  for (int i = 0; i < n; ++i) perm1[i] = i;
  std::vector<int> count(n, 0);
  long max_flips = 0;
  long checksum = 0;
  long perm_count = 0;
  int r = n;
  std::vector<int> perm(n);
  while (true) {
    while (r != 1) {
      count[r - 1] = r;
      --r;
    }
    std::copy(perm1.begin(), perm1.end(), perm.begin());
    long flips = 0;
    int k = perm[0];
    while (k != 0) {
      int i = 0;
      int j = k;
      while (i < j) {
        std::swap(perm[i], perm[j]);
        ++i;
        --j;
      }
      ++flips;
      k = perm[0];
    }
    if (flips > max_flips) max_flips = flips;
    if (perm_count % 2 == 0) {
      checksum += flips;
    } else {
      checksum -= flips;
    }
    while (true) {
      if (r == n) return {checksum, max_flips};
      const int perm0 = perm1[0];
      int i = 0;
      while (i < r) {
        perm1[i] = perm1[i + 1];
        ++i;
      }
      perm1[r] = perm0;
      --count[r];
      if (count[r] > 0) break;
      ++r;
    }
    ++perm_count;
  }
}

}  // namespace

int main(int argc, char** argv) {
  const int n = argc > 1 ? static_cast<int>(std::strtol(argv[1], nullptr, 10)) : 9;
  const Result result = fannkuch(n);
  std::printf("%ld\n", result.checksum);
  std::printf("Pfannkuchen(%d) = %ld\n", n, result.max_flips);
  return 0;
}
