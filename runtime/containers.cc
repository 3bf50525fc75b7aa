// Out-of-line error paths of list and dict, and list(str).
#include <string>

#include "runtime/dict.h"
#include "runtime/list.h"

namespace krait::rt {

void raise_not_in_list(Str item_repr) {
  raise_value_error(item_repr + Str(" is not in list"));
}

void raise_extended_slice_size(int64_t given, int64_t needed) {
  std::string m = "attempt to assign sequence of size " + std::to_string(given) +
                  " to extended slice of size " + std::to_string(needed);
  raise_value_error(Str(m));
}

void raise_key_error(const ExcArgs& key, const TraceSite* site) {
  note_site(site);
  raise(gc_new<KeyError>(key));
}

void raise_dict_changed_size() {
  raise_runtime_error("dictionary changed size during iteration");
}

List<Str>* list_from_str(Str s) {
  auto* l = List<Str>::make(0);
  l->reserve(s.len());
  for (Str c : s) l->append(c);
  return l;
}

}  // namespace krait::rt
