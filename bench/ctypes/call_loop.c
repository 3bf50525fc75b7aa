// The ctypes call benchmark's loop written in C: n calls of kb_step through
// the shared library, as call_loop.py makes them.
#include <stdio.h>
#include <stdlib.h>

#include "bench/ctypes/kbench.h"

int main(int argc, char** argv) {
  long n = argc > 1 ? atol(argv[1]) : 1000;
  long acc = 0;
  for (long i = 0; i < n; ++i) acc = kb_step(acc, i);
  printf("%ld\n", acc);
  return 0;
}
