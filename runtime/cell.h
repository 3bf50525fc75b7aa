// Cells: variables shared by a function and the functions nested in it.
//
// Contract: a Python variable that a nested def, lambda or generator
// expression uses lives in a GC-allocated Cell (made empty when the
// enclosing function starts); the enclosing function and every closure
// made there read and write it through the same pointer, so a `nonlocal`
// write is seen by all, as in CPython. A closure value is the tuple of its
// cells (the function is known at translation time).
#pragma once

namespace krait::rt {

template <class T>
struct Cell {
  T value{};
};

}  // namespace krait::rt
