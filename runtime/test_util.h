// Helpers for the runtime's GoogleTest suites.
//
// `S(x)` is str(x) as a std::string, `R(x)` repr(x). `EXPECT_RAISES(stmt,
// Type, "Type: message")` runs stmt and checks that it raises a Type whose
// uncaught-exception summary (what run_main prints last) is exactly the
// given text. Expectations in the suites are CPython 3.11's output.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "runtime/exceptions.h"
#include "runtime/repr.h"

namespace krait::rt::testing {

template <class T>
std::string S(const T& x) {
  return std::string(str(x).view());
}
template <class T>
std::string R(const T& x) {
  return std::string(repr(x).view());
}
inline std::string summary(BaseException* e) {
  return std::string(exception_summary(e).view());
}

inline const bool kGcStarted = [] {
  GC_INIT();
  return true;
}();

}  // namespace krait::rt::testing

#define EXPECT_RAISES(stmt, Type, text)                \
  do {                                                 \
    std::string krait_caught = "<nothing raised>";     \
    try {                                              \
      stmt;                                            \
    } catch (Type * e) {                               \
      krait_caught = ::krait::rt::testing::summary(e); \
    }                                                  \
    EXPECT_EQ(krait_caught, text) << #stmt;            \
  } while (0)
