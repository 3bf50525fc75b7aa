// Python's `time` module: clocks, sleep and strftime.
//
// Contract: `time()` is the wall clock in seconds (CLOCK_REALTIME),
// `perf_counter()` and `monotonic()` CLOCK_MONOTONIC as CPython reads them,
// `process_time()` the process's CPU time; the `_ns` variants are the same
// clocks in integer nanoseconds. `sleep(seconds)` raises CPython's
// ValueError for a negative length. `strftime(format)` formats the current
// local time with the C library's strftime, which CPython also calls.
#pragma once

#include <cstdint>

#include "runtime/repr.h"
#include "runtime/str.h"

namespace krait::rt::time {

double time();
int64_t time_ns();
double perf_counter();
int64_t perf_counter_ns();
double monotonic();
int64_t monotonic_ns();
double process_time();
int64_t process_time_ns();
NoneType sleep(double seconds);
Str strftime(Str format);

}  // namespace krait::rt::time
