// A bound method chosen at run time among several methods of one class, as
// in a dict of handlers ({"look": self.do_look, "go": self.do_go}): the
// receiver and which method (an index into the names the annotator sorted).
// Calling it tests `which` and calls that method on `self` (the backend
// writes the dispatch).
#pragma once

#include <array>  // the generated code remaps choices with std::array
#include <cstdint>

namespace krait::rt {

template <class Receiver>
struct MethodChoice {
  Receiver self{};
  int64_t which = 0;
};

// Method values compare equal when bound to the same object and method.
template <class Receiver>
bool operator==(const MethodChoice<Receiver>& a, const MethodChoice<Receiver>& b) {
  return a.self == b.self && a.which == b.which;
}

}  // namespace krait::rt
