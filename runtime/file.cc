#include "runtime/file.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string>

#include "runtime/exceptions.h"
#include "runtime/str_repr.h"

namespace krait::rt {

namespace {

[[noreturn]] void raise_invalid_mode(Str mode) {
  raise_value_error(Str("invalid mode: ") + str_repr(mode));
}

}  // namespace

void raise_os_error(int err, Str path, Str path2) {
  StrBuilder message;
  message.append("[Errno ");
  message.append(std::to_string(err));
  message.append("] ");
  message.append(std::strerror(err));
  message.append(": ");
  message.append(str_repr(path));
  if (!path2.is_none()) {
    message.append(" -> ");
    message.append(str_repr(path2));
  }
  Str text = message.finish();
  switch (err) {
    case ENOENT:
      raise(gc_new<FileNotFoundError>(text));
    case EEXIST:
      raise(gc_new<FileExistsError>(text));
    case EACCES:
    case EPERM:
      raise(gc_new<PermissionError>(text));
    case EISDIR:
      raise(gc_new<IsADirectoryError>(text));
    case ENOTDIR:
      raise(gc_new<NotADirectoryError>(text));
    default:
      raise(gc_new<OSError>(text));
  }
}

std::FILE* File::open_stream() const {
  if (stream == nullptr) raise_value_error("I/O operation on closed file.");
  return stream;
}

namespace {

File::Memory* open_memory(const File* f) {
  if (f->memory->closed) raise_value_error("I/O operation on closed file");
  return f->memory;
}

}  // namespace

Str File::readline() {
  if (memory != nullptr) {
    Memory* m = open_memory(this);
    std::string_view rest(m->data + m->position, static_cast<size_t>(m->size - m->position));
    size_t end = rest.find('\n');
    end = end == std::string_view::npos ? rest.size() : end + 1;
    m->position += static_cast<int64_t>(end);
    return Str(rest.substr(0, end));
  }
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
  file_write(this, text.view());
  return text.len();
}

NoneType File::flush() {
  if (memory != nullptr) {
    open_memory(this);
    return None;
  }
  std::FILE* out = open_stream();
  if (standard == Stream::kStdout) {
    flush_stdout();
  } else if (!standard) {
    std::fflush(out);
  }
  return None;
}

void file_write(File* file, std::string_view text) {
  if (file->memory != nullptr) {
    File::Memory* m = open_memory(file);
    auto n = static_cast<int64_t>(text.size());
    if (m->position + n > m->capacity) {
      int64_t capacity = std::max(m->position + n, 2 * m->capacity + 64);
      auto* data = static_cast<char*>(gc_alloc_atomic(static_cast<size_t>(capacity)));
      std::memcpy(data, m->data, static_cast<size_t>(m->size));
      m->data = data;
      m->capacity = capacity;
    }
    std::memcpy(m->data + m->position, text.data(), text.size());
    m->position += n;
    m->size = std::max(m->size, m->position);
    return;
  }
  std::FILE* out = file->open_stream();
  if (!file->writable) raise(gc_new<OSError>(Str("not writable")));
  if (file->standard) {
    write_stream(*file->standard, text);
  } else {
    std::fwrite(text.data(), 1, text.size(), out);
  }
}

void file_flush(File* file) {
  file->flush();
}

void File::close() {
  if (memory != nullptr) memory->closed = true;
  if (stream == nullptr) return;  // closing twice is allowed
  if (standard == Stream::kStdout) flush_stdout();
  if (!standard && stream != stdin) std::fclose(stream);  // the process's own streams stay open
  stream = nullptr;
}

Str File::getvalue() {
  if (memory == nullptr)
    raise(gc_new<AttributeError>(Str("'_io.TextIOWrapper' object has no attribute 'getvalue'")));
  Memory* m = open_memory(this);
  return Str(std::string_view(m->data, static_cast<size_t>(m->size)));
}

namespace io {

File* StringIO(Str initial) {
  auto* f = gc_new<File>();
  f->readable = f->writable = true;
  f->memory = gc_new<File::Memory>();
  file_write(f, initial.view());
  f->memory->position = 0;
  return f;
}

}  // namespace io

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
