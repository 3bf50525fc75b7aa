// Out-of-line error paths of sets.
#include "runtime/set.h"

namespace krait::rt {

void raise_pop_from_empty_set() {
  raise_key_error(ExcArgs{1, Str("pop from an empty set"), Str("'pop from an empty set'")});
}

void raise_set_changed_size() {
  raise_runtime_error("Set changed size during iteration");
}

}  // namespace krait::rt
