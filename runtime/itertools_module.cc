#include "runtime/itertools_module.h"

namespace krait::rt::itertools {

void raise_negative_r() {
  raise_value_error("r must be non-negative");
}

}  // namespace krait::rt::itertools
