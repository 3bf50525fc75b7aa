// The C function the ctypes call benchmark calls 10 million times: small
// enough that the call itself is most of the cost, in a shared library so
// neither C nor Krait can inline it.
long kb_step(long acc, long i) { return (acc * 31 + i) % 1000003; }
