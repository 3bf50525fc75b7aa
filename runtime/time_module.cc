#include "runtime/time_module.h"

#include <cerrno>
#include <cmath>
#include <ctime>
#include <string>

#include "runtime/exceptions.h"

namespace krait::rt::time {
namespace {

int64_t nanoseconds(clockid_t clock) {
  timespec ts{};
  clock_gettime(clock, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

double seconds(clockid_t clock) {
  timespec ts{};
  clock_gettime(clock, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

}  // namespace

double time() {
  return seconds(CLOCK_REALTIME);
}
int64_t time_ns() {
  return nanoseconds(CLOCK_REALTIME);
}
double perf_counter() {
  return seconds(CLOCK_MONOTONIC);
}
int64_t perf_counter_ns() {
  return nanoseconds(CLOCK_MONOTONIC);
}
double monotonic() {
  return seconds(CLOCK_MONOTONIC);
}
int64_t monotonic_ns() {
  return nanoseconds(CLOCK_MONOTONIC);
}
double process_time() {
  return seconds(CLOCK_PROCESS_CPUTIME_ID);
}
int64_t process_time_ns() {
  return nanoseconds(CLOCK_PROCESS_CPUTIME_ID);
}

NoneType sleep(double secs) {
  if (std::isnan(secs)) raise_value_error("Invalid value NaN (not a number)");
  if (secs < 0) raise_value_error("sleep length must be non-negative");
  timespec ts{};
  ts.tv_sec = static_cast<time_t>(secs);
  ts.tv_nsec = static_cast<long>((secs - static_cast<double>(ts.tv_sec)) * 1e9);
  while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
  }
  return None;
}

Str strftime(Str format) {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  std::string fmt(format.view());
  if (fmt.empty()) return Str("");
  // The result's size is not known in advance: grow until it fits, as CPython does.
  for (size_t size = 256;; size *= 2) {
    std::string out(size, '\0');
    size_t n = std::strftime(out.data(), size, fmt.c_str(), &local);
    if (n > 0 || size > 256 * fmt.size()) return Str(std::string_view(out.data(), n));
  }
}

}  // namespace krait::rt::time
