/* The C compiler's own answer to "how is krait_ctypes_test.h laid out":
 * sizes, alignments, field offsets (bit-fields measured by setting one in a
 * zeroed struct and finding its bits), and the values of the constants. The
 * reader test compares the C header reader's model with this output, so no
 * expected number is typed by hand.
 *
 *   record NAME SIZE ALIGN
 *   field RECORD FIELD OFFSET_BITS [BIT_WIDTH]
 *   constant NAME VALUE */
#include <stdalign.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <zlib.h>

#include "tests/ctypes/krait_ctypes_test.h"

#define RECORD(T, name) printf("record %s %zu %zu\n", name, sizeof(T), alignof(T))
#define FIELD(T, name, f) printf("field %s %s %zu\n", name, #f, offsetof(T, f) * 8)
#define CONSTANT(c) printf("constant %s %lld\n", #c, (long long)(c))
#define STRING(c) print_string(#c, c)

/* Sets the bit-field to all ones in a zeroed struct and prints where its
 * bits are (x86-64 numbers bits from the least significant of byte 0). */
#define BITFIELD(T, name, f)                  \
  do {                                        \
    T s;                                      \
    unsigned char bytes[sizeof(T)];           \
    volatile unsigned long long ones = ~0ULL; \
    memset(&s, 0, sizeof s);                  \
    s.f = ones;                               \
    memcpy(bytes, &s, sizeof s);              \
    print_bits(name, #f, bytes, sizeof s);    \
  } while (0)

static void print_bits(const char* record, const char* field, const unsigned char* bytes,
                       size_t size) {
  long first = -1;
  long count = 0;
  for (size_t bit = 0; bit < size * 8; ++bit) {
    if (bytes[bit / 8] >> (bit % 8) & 1) {
      if (first < 0) first = (long)bit;
      ++count;
    }
  }
  printf("field %s %s %ld %ld\n", record, field, first, count);
}

/* A string constant's bytes in hex, so tabs and newlines survive. */
static void print_string(const char* name, const char* value) {
  printf("string %s ", name);
  for (const char* c = value; *c != '\0'; ++c) printf("%02x", (unsigned char)*c);
  printf("\n");
}

int main(void) {
  RECORD(struct kct_point, "kct_point");
  FIELD(struct kct_point, "kct_point", x);
  FIELD(struct kct_point, "kct_point", y);

  RECORD(struct kct_polygon, "kct_polygon");
  FIELD(struct kct_polygon, "kct_polygon", name);
  FIELD(struct kct_polygon, "kct_polygon", count);
  FIELD(struct kct_polygon, "kct_polygon", points);
  FIELD(struct kct_polygon, "kct_polygon", scale);

  RECORD(union kct_value, "kct_value");
  FIELD(union kct_value, "kct_value", i);
  FIELD(union kct_value, "kct_value", d);
  FIELD(union kct_value, "kct_value", bytes);

  RECORD(struct kct_tagged, "kct_tagged");
  FIELD(struct kct_tagged, "kct_tagged", shape);
  FIELD(struct kct_tagged, "kct_tagged", value);

  RECORD(struct kct_flags, "kct_flags");
  BITFIELD(struct kct_flags, "kct_flags", ready);
  BITFIELD(struct kct_flags, "kct_flags", mode);
  BITFIELD(struct kct_flags, "kct_flags", delta);
  FIELD(struct kct_flags, "kct_flags", tail);

  RECORD(struct kct_packed, "kct_packed");
  FIELD(struct kct_packed, "kct_packed", tag);
  FIELD(struct kct_packed, "kct_packed", value);
  FIELD(struct kct_packed, "kct_packed", extra);

  RECORD(struct kct_variant, "kct_variant");
  FIELD(struct kct_variant, "kct_variant", kind);
  FIELD(struct kct_variant, "kct_variant", i);
  FIELD(struct kct_variant, "kct_variant", f);

  RECORD(kct_node, "kct_node");
  FIELD(kct_node, "kct_node", value);
  FIELD(kct_node, "kct_node", next);

  CONSTANT(KCT_VERSION);
  CONSTANT(KCT_MAX_POINTS);
  CONSTANT(KCT_MASK);
  CONSTANT(KCT_NEGATIVE);
  CONSTANT(KCT_CIRCLE);
  CONSTANT(KCT_SQUARE);
  CONSTANT(KCT_TRIANGLE);
  STRING(KCT_NAME);
  STRING(KCT_GREETING);

  /* zlib's stream, as zlib.h declares it (the test reads zlib.h too). */
  RECORD(z_stream, "z_stream");
  FIELD(z_stream, "z_stream", next_in);
  FIELD(z_stream, "z_stream", avail_in);
  FIELD(z_stream, "z_stream", total_in);
  FIELD(z_stream, "z_stream", msg);
  FIELD(z_stream, "z_stream", state);
  FIELD(z_stream, "z_stream", zalloc);
  FIELD(z_stream, "z_stream", opaque);
  FIELD(z_stream, "z_stream", data_type);
  FIELD(z_stream, "z_stream", adler);
  FIELD(z_stream, "z_stream", reserved);
  RECORD(gz_header, "gz_header");
  FIELD(gz_header, "gz_header", extra_len);
  FIELD(gz_header, "gz_header", hcrc);
  FIELD(gz_header, "gz_header", done);
  return 0;
}
