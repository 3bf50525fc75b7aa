// Python slice bounds, shared by str, list and tuple slicing.
//
// `Slice{start, stop, step}` mirrors `a[start:stop:step]`; an absent bound is
// `std::nullopt` and an absent step is 1. `adjust(len, &start, &stop)` applies
// CPython's PySlice_AdjustIndices (negative indices count from the end, then
// clamp) and returns the number of selected items; a zero step raises
// `ValueError: slice step cannot be zero`.
#pragma once

#include <cstdint>
#include <optional>

namespace krait::rt {

[[noreturn]] void raise_slice_step_zero();

struct Slice {
  std::optional<int64_t> start;
  std::optional<int64_t> stop;
  int64_t step = 1;

  int64_t adjust(int64_t len, int64_t* out_start, int64_t* out_stop) const {
    if (step == 0) raise_slice_step_zero();
    int64_t lo, hi;
    if (step > 0) {
      lo = start ? clamp(*start, len, 0, len) : 0;
      hi = stop ? clamp(*stop, len, 0, len) : len;
      *out_start = lo;
      *out_stop = hi;
      return hi > lo ? (hi - lo - 1) / step + 1 : 0;
    }
    lo = start ? clamp(*start, len, -1, len - 1) : len - 1;
    hi = stop ? clamp(*stop, len, -1, len - 1) : -1;
    *out_start = lo;
    *out_stop = hi;
    return lo > hi ? (lo - hi - 1) / (-step) + 1 : 0;
  }

 private:
  static int64_t clamp(int64_t i, int64_t len, int64_t lo, int64_t hi) {
    if (i < 0) i = i < -len ? lo : i + len;
    if (i < lo) return lo;
    return i > hi ? hi : i;
  }
};

}  // namespace krait::rt
