// The C function of the ctypes call benchmark (bench/ctypes/kbench.c).
#ifndef KRAIT_BENCH_KBENCH_H_
#define KRAIT_BENCH_KBENCH_H_

long kb_step(long acc, long i);

#endif  // KRAIT_BENCH_KBENCH_H_
