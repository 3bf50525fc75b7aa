// The stdout buffer, stderr writes and line input.
#include "runtime/print.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "runtime/exceptions.h"

namespace krait::rt {

namespace {

constexpr size_t kBufferSize = 1 << 16;
char g_buffer[kBufferSize];
size_t g_used = 0;
int g_line_buffered = -1;  // unknown until the first write

void write_all(int fd, const char* p, size_t n) {
  while (n > 0) {
    ssize_t w = ::write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return;  // a closed pipe: drop the output, as there is nowhere to report it
    }
    p += w;
    n -= static_cast<size_t>(w);
  }
}

}  // namespace

void flush_stdout() {
  write_all(1, g_buffer, g_used);
  g_used = 0;
}

void write_stream(Stream s, std::string_view bytes) {
  if (s == Stream::kStderr) {
    flush_stdout();
    write_all(2, bytes.data(), bytes.size());
    return;
  }
  if (g_line_buffered < 0) g_line_buffered = ::isatty(1);
  if (g_used + bytes.size() > kBufferSize) flush_stdout();
  if (bytes.size() >= kBufferSize) {
    write_all(1, bytes.data(), bytes.size());
  } else {
    std::memcpy(g_buffer + g_used, bytes.data(), bytes.size());
    g_used += bytes.size();
  }
  if (g_line_buffered && bytes.find('\n') != std::string_view::npos) flush_stdout();
}

Str input(Str prompt) {
  if (!prompt.is_none()) write_stream(Stream::kStdout, prompt.view());
  flush_stdout();
  char* line = nullptr;
  size_t cap = 0;
  ssize_t n = ::getline(&line, &cap, stdin);
  if (n < 0) {
    std::free(line);
    raise_new<EOFError>("EOF when reading a line");
  }
  if (n > 0 && line[n - 1] == '\n') --n;
  std::string_view text(line, static_cast<size_t>(n));
  if (!utf8_valid(text)) {
    std::free(line);
    raise_new<UnicodeDecodeError>("'utf-8' codec can't decode the input line");
  }
  Str s(text);
  std::free(line);
  return s;
}

Str input() {
  return input(Str());
}

}  // namespace krait::rt
