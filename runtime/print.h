// Standard streams: print(), input() and buffered stdout.
//
// stdout is buffered in the runtime (line-buffered when it is a terminal,
// else flushed when the buffer fills) and is flushed at exit, before any
// write to stderr and before reading stdin, so the interleaving a user sees
// matches CPython's. `print(a, b)` writes str() of each value separated by
// ' ' and ended by '\n'; `print_with(PrintOpts{...}, a, b)` takes `sep`,
// `end` (None Str = default), `file` (Stream::kStderr for
// file=sys.stderr) and `flush`. `input()` / `input(prompt)` read one line
// without its newline; at end of input they raise
// `EOFError: EOF when reading a line`.
#pragma once

#include <string_view>

#include "runtime/repr.h"
#include "runtime/str.h"

namespace krait::rt {

enum class Stream { kStdout, kStderr };

void write_stream(Stream s, std::string_view bytes);
void flush_stdout();

struct File;
// Text written to a file object (file.h), and its flush.
void file_write(File* file, std::string_view text);
void file_flush(File* file);

struct PrintOpts {
  Str sep;               // None means ' '
  Str end;               // None means '\n'
  File* file = nullptr;  // None means sys.stdout
  bool flush = false;
};

template <class... Ts>
void print_with(const PrintOpts& opts, const Ts&... values) {
  StrBuilder line;
  bool first = true;
  [[maybe_unused]] auto one = [&](const auto& v) {
    if (!first) line.append(opts.sep.is_none() ? Str(" ") : opts.sep);
    first = false;
    str_to(line, v);
  };
  (one(values), ...);
  line.append(opts.end.is_none() ? Str("\n") : opts.end);
  if (opts.file == nullptr) {
    write_stream(Stream::kStdout, line.view());
    if (opts.flush) flush_stdout();
  } else {
    file_write(opts.file, line.view());
    if (opts.flush) file_flush(opts.file);
  }
}

template <class... Ts>
void print(const Ts&... values) {
  print_with(PrintOpts{}, values...);
}

Str input();
Str input(Str prompt);

}  // namespace krait::rt
