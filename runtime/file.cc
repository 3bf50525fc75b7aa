#include "runtime/file.h"

#include <cerrno>
#include <cstring>
#include <string>

#include "runtime/exceptions.h"
#include "runtime/str_repr.h"

namespace krait::rt {

namespace {

// OSError for errno `err` on `path`, as CPython words it:
// "[Errno 2] No such file or directory: 'x.txt'".
[[noreturn]] void raise_os_error(int err, Str path) {
  StrBuilder message;
  message.append("[Errno ");
  message.append(std::to_string(err));
  message.append("] ");
  message.append(std::strerror(err));
  message.append(": ");
  message.append(str_repr(path));
  Str text = message.finish();
  if (err == ENOENT) raise(gc_new<FileNotFoundError>(text));
  raise(gc_new<OSError>(text));
}

[[noreturn]] void raise_invalid_mode(Str mode) {
  raise_value_error(Str("invalid mode: ") + str_repr(mode));
}

}  // namespace

std::FILE* File::open_stream() const {
  if (stream == nullptr) raise_value_error("I/O operation on closed file.");
  return stream;
}

Str File::readline() {
  std::FILE* in = open_stream();
  if (!readable) raise(gc_new<OSError>(Str("not readable")));
  StrBuilder line;
  for (int c = std::getc(in); c != EOF; c = std::getc(in)) {
    if (c == '\r') {  // universal newlines: "\r\n" and "\r" read as "\n"
      int after = std::getc(in);
      if (after != '\n' && after != EOF) std::ungetc(after, in);
      c = '\n';
    }
    line.push(static_cast<char>(c));
    if (c == '\n') break;
  }
  return line.finish();
}

Str File::read() {
  StrBuilder text;
  for (Str line = readline(); line.nbytes() != 0; line = readline()) text.append(line);
  return text.finish();
}

List<Str>* File::readlines() {
  auto* lines = List<Str>::make(0);
  for (Str line = readline(); line.nbytes() != 0; line = readline()) lines->append(line);
  return lines;
}

int64_t File::write(Str text) {
  std::FILE* out = open_stream();
  if (!writable) raise(gc_new<OSError>(Str("not writable")));
  std::fwrite(text.data(), 1, static_cast<size_t>(text.nbytes()), out);
  return text.len();
}

void File::close() {
  if (stream == nullptr) return;  // closing twice is allowed
  std::fclose(stream);
  stream = nullptr;
}

File* open_file(Str path, Str mode) {
  std::string_view m = mode.view();
  std::string flags;
  bool plus = false;
  for (char c : m) {
    if (c == 'r' || c == 'w' || c == 'a' || c == 'x') {
      if (!flags.empty()) raise_invalid_mode(mode);
      flags = c;
    } else if (c == '+' && !plus) {
      plus = true;
    } else if (c != 't') {
      raise_invalid_mode(mode);
    }
  }
  if (flags.empty()) raise_invalid_mode(mode);
  char kind = flags[0];
  if (kind == 'x') flags = "wx";  // glibc's exclusive-create flag
  if (plus) flags.insert(1, "+");
  std::FILE* stream = std::fopen(std::string(path.view()).c_str(), flags.c_str());
  if (stream == nullptr) raise_os_error(errno, path);
  auto* f = gc_new<File>();
  f->stream = stream;
  f->readable = kind == 'r' || plus;
  f->writable = kind != 'r' || plus;
  return f;
}

}  // namespace krait::rt
