// sys.argv, sys.exit and the sys.std* file objects.
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

namespace {

File* standard_file(std::FILE* stream, std::optional<Stream> standard) {
  auto* f = gc_new<File>();
  f->stream = stream;
  f->readable = !standard;
  f->writable = standard.has_value();
  f->standard = standard;
  return f;
}

}  // namespace

// Each is made once and kept in a static the collector scans.
File* stdin_file() {
  static File* f = standard_file(stdin, std::nullopt);
  return f;
}
File* stdout_file() {
  static File* f = standard_file(stdout, Stream::kStdout);
  return f;
}
File* stderr_file() {
  static File* f = standard_file(stderr, Stream::kStderr);
  return f;
}

}  // namespace sys
}  // namespace krait::rt
