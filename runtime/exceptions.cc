// Exception argument rendering and the out-of-line raise helpers.
#include "runtime/exceptions.h"

#include "runtime/str_repr.h"

namespace krait::rt {

namespace detail {
Object* g_in_flight = nullptr;
}  // namespace detail

BaseException::BaseException(Str message) {
  args_.nargs = 1;
  args_.str_of_single = message;
  args_.reprs = str_repr(message);
}

Str BaseException::py_str() {
  if (args_.nargs == 0) return Str("");
  if (args_.nargs == 1) return args_.str_of_single;
  return Str("(") + args_.reprs + Str(")");
}

Str BaseException::py_repr() {
  return Str(type_name()) + Str("(") + (args_.nargs ? args_.reprs : Str("")) + Str(")");
}

Str KeyError::py_str() {
  if (args_.nargs == 1) return args_.reprs;
  return BaseException::py_str();
}

void raise_from(BaseException* e, BaseException* cause) {
  e->cause = cause;
  e->suppress_context = true;
  raise(e);
}

const TraceSite* g_frame_sites[kMaxTracedFrames];
int g_depth = 0;

void note_site(const TraceSite* site) {
  if (site == nullptr) return;
  int depth = site->frameless ? ++g_depth : g_depth;
  *frame_slot(depth) = site;
}

void BaseException::caught_at(int depth) {
  g_depth = depth;
  while (traceback != nullptr && traceback->depth < depth) traceback = traceback->next;
}

void BaseException::capture_traceback() {
  if (traceback != nullptr) return;
  int depth = g_depth < kMaxTracedFrames ? g_depth : kMaxTracedFrames - 1;
  for (int d = depth; d >= 1; --d) {
    if (g_frame_sites[d] != nullptr)
      traceback = new (gc_alloc(sizeof(TraceEntry))) TraceEntry{g_frame_sites[d], d, traceback};
  }
}

Str exception_summary(BaseException* e) {
  Str message = e->py_str();
  // CPython names the class with its module unless that is __main__ or builtins.
  std::string_view module = e->module_name();
  Str name = module == "__main__" || module == "builtins"
                 ? Str(e->type_name())
                 : Str(e->module_name()) + Str(".") + Str(e->type_name());
  if (message.nbytes() == 0) return name;
  return name + Str(": ") + message;
}

void raise_memory_error() {
  raise(gc_new<MemoryError>());
}
void raise_slice_step_zero() {
  raise_value_error("slice step cannot be zero");
}
void raise_index_error(const char* message, const TraceSite* site) {
  note_site(site);
  raise_new<IndexError>(message);
}
void raise_value_error(const char* message) {
  raise_new<ValueError>(message);
}
void raise_value_error(Str message) {
  raise(gc_new<ValueError>(message));
}
void raise_type_error(Str message) {
  raise(gc_new<TypeError>(message));
}
void raise_overflow_error(const char* message) {
  raise_new<OverflowError>(message);
}
void raise_zero_division(const char* message, const TraceSite* site) {
  note_site(site);
  raise_new<ZeroDivisionError>(message);
}
void raise_runtime_error(const char* message) {
  raise_new<RuntimeError>(message);
}
void raise_none_attribute(const char* attribute, const TraceSite* site) {
  note_site(site);
  raise(gc_new<AttributeError>(Str("'NoneType' object has no attribute '") + Str(attribute) +
                               Str("'")));
}
void raise_none_subscript(const char* message, const TraceSite* site) {
  note_site(site);
  raise(gc_new<TypeError>(Str(message)));
}
void raise_int_overflow(const TraceSite* site) {
  note_site(site);
  raise_new<OverflowError>("integer overflow");
}

}  // namespace krait::rt
