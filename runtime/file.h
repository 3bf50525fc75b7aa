// Python text files: open(), the file object's methods, and iteration by
// lines.
//
// Contract: `open_file(path, mode)` opens a UTF-8 text file in mode "r",
// "w", "a" or "x" (optionally with "+" and "t"), raising CPython's errors:
// `FileNotFoundError: [Errno 2] No such file or directory: 'x.txt'` and the
// other OSErrors with errno and strerror, `ValueError: invalid mode: 'q'`.
// A `File*` has CPython's text-file methods: read(), readline(),
// readlines(), write(s) (returns the number of code points written),
// flush(), close(), and enter()/exit() for `with`; sys.stdin, sys.stdout
// and sys.stderr are Files too (sys_module.h), and so is io.StringIO (a
// File with `memory`: no newline translation, getvalue(), and CPython's
// "I/O operation on closed file" without the period once closed). Reading translates "\r\n" and
// "\r" to "\n" (universal newlines), as CPython's text mode does. Any use
// of a closed file raises `ValueError: I/O operation on closed file.`;
// writing a file opened for reading raises OSError "not writable"
// (CPython's io.UnsupportedOperation). Files left open are flushed at exit
// by the C library, as CPython flushes them when it exits.
// `py_iter(File*)` yields the lines, each with its "\n" (iterators.h).
#pragma once

#include <cstdio>
#include <optional>

#include "runtime/list.h"
#include "runtime/print.h"
#include "runtime/repr.h"
#include "runtime/str.h"

namespace krait::rt {

struct File {
  std::FILE* stream = nullptr;  // null once closed
  bool readable = false;
  bool writable = false;
  // sys.stdout and sys.stderr write through print's buffered streams
  // (print.h), so their text and print's keep their order.
  std::optional<Stream> standard;
  // io.StringIO: the text in memory (UTF-8) and where the next read or
  // write happens (writing there overwrites, as CPython's StringIO does);
  // null for every other file.
  struct Memory {
    char* data = nullptr;
    int64_t size = 0, capacity = 0, position = 0;
    bool closed = false;
  };
  Memory* memory = nullptr;

  Str read();
  // The next line with its "\n"; "" at the end of the file.
  Str readline();
  List<Str>* readlines();
  int64_t write(Str text);
  NoneType flush();
  void close();
  Str getvalue();  // io.StringIO's whole text
  File* enter() { return this; }
  // The with-statement's exit (with the exception's class, the exception
  // and the traceback, unused): closes the file, never suppresses.
  template <class... Exception>
  bool exit(const Exception&...) {
    close();
    return false;
  }

  std::FILE* open_stream() const;  // the stream, or ValueError when closed
};

File* open_file(Str path, Str mode = Str("r"));

namespace io {
File* StringIO(Str initial = Str(""));
}

// The OSError of a failed system call on `path` (and `path2`), as CPython
// words it: "[Errno 2] No such file or directory: 'x.txt'", of the class
// the errno maps to (FileNotFoundError, FileExistsError, PermissionError,
// IsADirectoryError, NotADirectoryError, else OSError).
[[noreturn]] void raise_os_error(int err, Str path, Str path2 = Str());

// Iteration over a file (or a StringIO): its lines, as readline() returns them.
struct FileLines {
  using Item = Str;
  File* file;
  bool next(Str& out) {
    out = file->readline();
    return out.nbytes() != 0;
  }
};
inline FileLines py_iter(File* file) {
  return FileLines{file};
}

}  // namespace krait::rt
