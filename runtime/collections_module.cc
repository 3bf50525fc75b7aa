#include "runtime/collections_module.h"

namespace krait::rt::collections {

void raise_empty_deque() {
  raise_index_error("pop from an empty deque");
}

void raise_negative_maxlen() {
  raise_value_error("maxlen must be non-negative");
}

void raise_full_deque() {
  raise_index_error("deque already at its maximum size");
}

}  // namespace krait::rt::collections
