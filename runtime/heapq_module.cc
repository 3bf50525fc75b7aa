#include "runtime/heapq_module.h"

namespace krait::rt::bisect {

void raise_negative_lo() {
  raise_value_error("lo must be non-negative");
}

}  // namespace krait::rt::bisect
