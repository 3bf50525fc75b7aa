// Constant values of flow graphs.
//
// Contract: a ConstValue is a Python value known at translation time: None,
// bool, int (exact, any size), float, str, bytes, Ellipsis, a tuple of
// constants, or a reference to a program entity (a function, class, builtin
// or module; RPython's "prebuilt constants"). Entities are owned by the
// Program (program.h) and outlive every graph. ConstValues compare by value,
// which lets the builder fold module-level constants and the annotator key
// its caches.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace krait::flow {

struct Entity;

struct ConstValue {
  enum class Kind { kNone, kBool, kInt, kBigInt, kFloat, kStr, kBytes, kEllipsis, kTuple, kEntity };

  Kind kind = Kind::kNone;
  bool bool_value = false;
  int64_t int_value = 0;
  double float_value = 0.0;
  std::string text;               // str (UTF-8), bytes, or the decimal digits of a big int
  std::vector<ConstValue> items;  // tuple items
  const Entity* entity = nullptr;

  static ConstValue none() { return {}; }
  static ConstValue of_bool(bool v);
  static ConstValue of_int(int64_t v);
  static ConstValue of_big_int(std::string decimal_digits);
  static ConstValue of_float(double v);
  static ConstValue of_str(std::string utf8);
  static ConstValue of_bytes(std::string bytes);
  static ConstValue ellipsis();
  static ConstValue of_tuple(std::vector<ConstValue> items);
  static ConstValue of_entity(const Entity* entity);

  bool is_none() const { return kind == Kind::kNone; }
  bool is_entity() const { return kind == Kind::kEntity; }

  friend bool operator==(const ConstValue& a, const ConstValue& b);
};

// The value as Python's repr() would show it; entities as <function f>,
// <class C>, <builtin len>, <module math>. Used by every dump.
std::string const_repr(const ConstValue& value);

}  // namespace krait::flow
