// The krait command-line tool.
#include <unistd.h>

#include <iostream>

#include "translator/cli/krait_main.h"

int main(int argc, char** argv) {
  return krait::cli::run_krait(argc, argv, std::cout, std::cerr, isatty(STDERR_FILENO) != 0);
}
