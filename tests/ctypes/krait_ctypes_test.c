#include "tests/ctypes/krait_ctypes_test.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>

int kct_add(int a, int b) {
  return a + b;
}

double kct_scale(double x, float factor) {
  return x * factor;
}

unsigned long kct_unsigned_wrap(unsigned long x) {
  return x + 1;
}

struct kct_point kct_make_point(int x, int y) {
  struct kct_point p = {x, y};
  return p;
}

double kct_polygon_perimeter(const struct kct_polygon* polygon) {
  double total = 0;
  for (int i = 0; i < polygon->count; ++i) {
    const struct kct_point* a = &polygon->points[i];
    const struct kct_point* b = &polygon->points[(i + 1) % polygon->count];
    total += hypot(b->x - a->x, b->y - a->y);
  }
  return total * polygon->scale;
}

void kct_divmod(long numerator, long denominator, long* quotient, long* remainder) {
  *quotient = numerator / denominator;
  *remainder = numerator % denominator;
}

int kct_polygon_bounds(const struct kct_polygon* polygon, struct kct_point* min,
                       struct kct_point* max) {
  if (polygon->count == 0) return 0;
  *min = *max = polygon->points[0];
  for (int i = 1; i < polygon->count; ++i) {
    const struct kct_point* p = &polygon->points[i];
    if (p->x < min->x) min->x = p->x;
    if (p->y < min->y) min->y = p->y;
    if (p->x > max->x) max->x = p->x;
    if (p->y > max->y) max->y = p->y;
  }
  return polygon->count;
}

size_t kct_copy_name(char* buffer, size_t size) {
  size_t length = strlen(KCT_NAME);
  if (size > 0) {
    size_t n = length < size - 1 ? length : size - 1;
    memcpy(buffer, KCT_NAME, n);
    buffer[n] = '\0';
  }
  return length;
}

int kct_visit(const int* values, size_t count, kct_visit_fn visit, void* context) {
  int total = 0;
  for (size_t i = 0; i < count; ++i) total += visit(values[i], context);
  return total;
}

int kct_sum_list(const kct_node* head) {
  int total = 0;
  for (; head != NULL; head = head->next) total += head->value;
  return total;
}

const char* kct_shape_name(enum kct_shape shape) {
  switch (shape) {
    case KCT_CIRCLE:
      return "circle";
    case KCT_SQUARE:
      return "square";
    case KCT_TRIANGLE:
      return "triangle";
  }
  return "unknown";
}

double kct_tagged_value(const struct kct_tagged* tagged) {
  return tagged->shape == KCT_CIRCLE ? tagged->value.d : (double)tagged->value.i;
}

unsigned int kct_flags_pack(const struct kct_flags* flags) {
  return flags->ready | flags->mode << 1 | (unsigned)(flags->delta & 31) << 4 |
         (unsigned)flags->tail << 9;
}

int kct_packed_sum(const struct kct_packed* packed) {
  return packed->tag + packed->value + packed->extra;
}

float kct_variant_float(const struct kct_variant* variant) {
  return variant->kind == 0 ? (float)variant->i : variant->f;
}

kct_id kct_next_id(void) {
  static kct_id next = 100;
  return next++;
}

int kct_sum(int count, ...) {
  va_list args;
  va_start(args, count);
  int total = 0;
  for (int i = 0; i < count; ++i) total += va_arg(args, int);
  va_end(args);
  return total;
}
