// Program start-up and the top-level exception handler.
//
// The generated `main` is always:
//
//   int main(int argc, char** argv) {
//     krait::rt::init(argc, argv, "path/to/program.py");
//     return krait::rt::run_main(&module_body);   // void module_body()
//   }
//
// `init` starts the collector and fills sys.argv. `run_main` runs the module
// body and returns the exit status: 0 normally; for SystemExit its code
// (after printing its message, if any, to stderr); for any other uncaught
// exception 1, after flushing stdout and printing to stderr what CPython
// prints: the cause/context chain, then `Traceback (most recent call
// last):`, the frames (traceback.h) and `ValueError: message` (`Name` alone
// when the message is empty).
#pragma once

#include "runtime/exceptions.h"

namespace krait::rt {

void init(int argc, char** argv, const char* script_path);
int run_main(void (*module_body)());
// The text run_main prints for an uncaught exception.
Str uncaught_report(BaseException* e);

}  // namespace krait::rt
