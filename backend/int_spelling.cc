#include "backend/int_spelling.h"

#include <cstdint>

namespace krait::backend {

const char* int_cpp_type(IntMode mode) {
  return mode == IntMode::kBig ? "rt::Int" : "int64_t";
}

const char* number_cpp_type(IntMode mode) {
  return mode == IntMode::kBig ? "rt::BigNumber" : "rt::Number";
}

std::string int_function(IntMode mode, const std::string& name) {
  switch (mode) {
    case IntMode::kChecked:
      return "rt::" + name;
    case IntMode::kWrap:
      return "rt::" + name + "_wrap";
    case IntMode::kBig:
      return "rt::" + name + "_big";
  }
  return "rt::" + name;
}

std::string int_builtin(IntMode mode, const std::string& name) {
  return "rt::" + name + (mode == IntMode::kBig ? "_big" : "");
}

std::string int_literal(IntMode mode, const flow::ConstValue& c) {
  if (c.kind == flow::ConstValue::Kind::kBigInt) {
    return "([]() -> rt::Int { static const rt::Int v = rt::Int::from_decimal(\"" + c.text +
           "\"); return v; }())";
  }
  std::string small =
      c.int_value == INT64_MIN ? "INT64_MIN" : "INT64_C(" + std::to_string(c.int_value) + ")";
  return mode == IntMode::kBig ? "rt::Int(" + small + ")" : small;
}

}  // namespace krait::backend
