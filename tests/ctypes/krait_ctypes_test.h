/* A small C library of Krait's own for the ctypes tests: the shapes of C
 * declarations ctypes programs meet (structs with arrays and nested structs,
 * a union, bit-fields, a packed struct, an anonymous member, an enum,
 * callbacks, out-parameters, a struct returned by value, a variadic
 * function, #define constants). Built by Bazel as libkraitctypestest.so. */
#ifndef KRAIT_CTYPES_TEST_H
#define KRAIT_CTYPES_TEST_H

#include <stddef.h>
#include <stdint.h>

#define KCT_VERSION 3
#define KCT_MAX_POINTS (1 << 3)
#define KCT_NAME "krait"
#define KCT_GREETING "hi\tthere\n"
#define KCT_MASK 0xFFu
#define KCT_NEGATIVE (-KCT_VERSION * 2)

enum kct_shape { KCT_CIRCLE, KCT_SQUARE = 4, KCT_TRIANGLE };

struct kct_point {
  int x;
  int y;
};

struct kct_polygon {
  char name[16];
  int count;
  struct kct_point points[KCT_MAX_POINTS];
  double scale;
};

union kct_value {
  int64_t i;
  double d;
  unsigned char bytes[8];
};

struct kct_tagged {
  enum kct_shape shape;
  union kct_value value;
};

struct kct_flags {
  unsigned int ready : 1;
  unsigned int mode : 3;
  signed int delta : 5;
  unsigned char tail;
};

struct kct_packed {
  char tag;
  int value;
  short extra;
} __attribute__((packed));

struct kct_variant {
  int kind;
  union {
    int i;
    float f;
  };
};

typedef struct kct_node {
  int value;
  struct kct_node* next;
} kct_node;

typedef uint32_t kct_id;
typedef int (*kct_visit_fn)(int value, void* context);

int kct_add(int a, int b);
double kct_scale(double x, float factor);
unsigned long kct_unsigned_wrap(unsigned long x);

/* A struct returned by value. */
struct kct_point kct_make_point(int x, int y);

/* Structs by pointer, with arrays and nested structs. */
double kct_polygon_perimeter(const struct kct_polygon* polygon);

/* Out-parameters: the function writes through the pointers. */
void kct_divmod(long numerator, long denominator, long* quotient, long* remainder);
int kct_polygon_bounds(const struct kct_polygon* polygon, struct kct_point* min,
                       struct kct_point* max);
size_t kct_copy_name(char* buffer, size_t size);

/* A callback: calls visit(value, context) for each value, sums the results. */
int kct_visit(const int* values, size_t count, kct_visit_fn visit, void* context);

int kct_sum_list(const kct_node* head);
const char* kct_shape_name(enum kct_shape shape);
double kct_tagged_value(const struct kct_tagged* tagged);
unsigned int kct_flags_pack(const struct kct_flags* flags);
int kct_packed_sum(const struct kct_packed* packed);
float kct_variant_float(const struct kct_variant* variant);
kct_id kct_next_id(void);

/* Variadic: the sum of `count` ints. */
int kct_sum(int count, ...);

#endif
