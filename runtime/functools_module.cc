#include "runtime/functools_module.h"

namespace krait::rt::functools {

void raise_empty_reduce() {
  raise_type_error(Str("reduce() of empty iterable with no initial value"));
}

}  // namespace krait::rt::functools
