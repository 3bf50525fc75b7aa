// sys.argv, sys.exit and the sys.std*.write functions.
#include "runtime/sys_module.h"

#include "runtime/print.h"

namespace krait::rt {

SystemExit* make_system_exit(int64_t code) {
  auto* e = gc_new<SystemExit>(ExcArgs{1, str(code), str(code)});
  e->code = code;
  return e;
}

SystemExit* make_system_exit(Str message) {
  if (message.is_none()) return gc_new<SystemExit>();
  auto* e = gc_new<SystemExit>(message);
  e->code = 1;
  e->message = message;
  return e;
}

namespace sys {

List<Str>* argv = nullptr;

void exit() {
  raise(gc_new<SystemExit>());
}
void exit(int64_t code) {
  raise(make_system_exit(code));
}
void exit(Str message) {
  raise(make_system_exit(message));
}

int64_t stdout_write(Str s) {
  write_stream(Stream::kStdout, s.view());
  return s.len();
}

int64_t stderr_write(Str s) {
  write_stream(Stream::kStderr, s.view());
  return s.len();
}

}  // namespace sys
}  // namespace krait::rt
