// Spectral norm, hand-written C++ for the benchmark (bench/run_bench.py): the
// algorithm of tests/golden/programs/spectral_norm.py with the same loops and the
// same floating-point operations in the same order, so it prints the same
// bytes. Like the Python, each product returns a new vector; it is sized up
// front rather than appended to (push_back in the loop nest made GCC keep the
// sum in memory, 2.8 times slower).
//
// Usage: spectral_norm [N]   (default 1000)
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

double eval_a(long i, long j) {
  return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1);
}

std::vector<double> mult_av(const std::vector<double>& v, long n) {
  std::vector<double> out(n);
  for (long i = 0; i < n; ++i) {
    double s = 0.0;
    for (long j = 0; j < n; ++j) s += eval_a(i, j) * v[j];
    out[i] = s;
  }
  return out;
}

std::vector<double> mult_atv(const std::vector<double>& v, long n) {
  std::vector<double> out(n);
  for (long i = 0; i < n; ++i) {
    double s = 0.0;
    for (long j = 0; j < n; ++j) s += eval_a(j, i) * v[j];
    out[i] = s;
  }
  return out;
}

std::vector<double> mult_atav(const std::vector<double>& v, long n) {
  return mult_atv(mult_av(v, n), n);
}

double spectral_norm(long n) {
  std::vector<double> u(n, 1.0);
  std::vector<double> v(n, 0.0);
  for (int iteration = 0; iteration < 10; ++iteration) {
    v = mult_atav(u, n);
    u = mult_atav(v, n);
  }
  double vbv = 0.0, vv = 0.0;
  for (long i = 0; i < n; ++i) {
    vbv += u[i] * v[i];
    vv += v[i] * v[i];
  }
  return std::sqrt(vbv / vv);
}

}  // namespace

int main(int argc, char** argv) {
  const long n = argc > 1 ? std::strtol(argv[1], nullptr, 10) : 1000;
  std::printf("%ld %.9f\n", n, spectral_norm(n));
  return 0;
}
