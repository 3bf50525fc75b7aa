# Calls every kind of function of Krait's ctypes test library
# (krait_ctypes_test.h) through the module `krait bindgen` writes for it, and
# checks each result against Python's own computation.
import ctypes

import krait_ctypes_test as kct

print("constants", kct.KCT_VERSION, kct.KCT_MAX_POINTS, kct.KCT_MASK, kct.KCT_NEGATIVE)
print("strings", kct.KCT_NAME, kct.KCT_GREETING)
print("enum", kct.KCT_CIRCLE, kct.KCT_SQUARE, kct.KCT_TRIANGLE)

# Scalars: C's int wraps, float arguments are rounded to float.
print("add", kct.kct_add(2, 40), kct.kct_add(2**31 - 1, 1))
assert kct.kct_add(2**31 - 1, 1) == -(2**31)
print("scale", kct.kct_scale(1.5, 0.1))
assert kct.kct_scale(1.5, 0.1) == 1.5 * ctypes.c_float(0.1).value
print("unsigned", kct.kct_unsigned_wrap(-1), kct.kct_unsigned_wrap(41))  # -1: 2**64 - 1

# A struct returned by value.
p = kct.kct_make_point(3, -4)
print("point", p.x, p.y)

# A struct with a char array and an array of nested structs, by pointer.
poly = kct.kct_polygon()
poly.name = b"rectangle"
poly.count = 4
for i, (x, y) in enumerate([(0, 0), (3, 0), (3, 4), (0, 4)]):
    poly.points[i].x = x
    poly.points[i].y = y
poly.scale = 0.5
perimeter = kct.kct_polygon_perimeter(ctypes.byref(poly))
print("perimeter", poly.name, perimeter)
assert perimeter == 0.5 * (3 + 4 + 3 + 4)

# Out-parameters.
quotient = ctypes.c_long()
remainder = ctypes.c_long()
for numerator in (47, -47):
    kct.kct_divmod(numerator, 5, ctypes.byref(quotient), ctypes.byref(remainder))
    print("divmod", numerator, quotient.value, remainder.value)
    assert quotient.value == int(numerator / 5)  # C truncates toward zero
    assert quotient.value * 5 + remainder.value == numerator
low = kct.kct_point()
high = kct.kct_point()
n = kct.kct_polygon_bounds(ctypes.byref(poly), ctypes.byref(low), ctypes.byref(high))
print("bounds", n, (low.x, low.y), (high.x, high.y))
assert (low.x, low.y, high.x, high.y) == (0, 0, 3, 4)
buffer = ctypes.create_string_buffer(4)
length = kct.kct_copy_name(buffer, len(buffer))
print("copy_name", length, buffer.value)
assert buffer.value == kct.KCT_NAME[:3]


# A Python function as a C callback.
def square(value, context):
    return value * value


square_callback = kct.kct_visit_fn(square)  # bound to a name: Krait's rule for callbacks
values = (ctypes.c_int * 5)(1, 2, 3, 4, 5)
total = kct.kct_visit(values, len(values), square_callback, None)
print("visit", total)
assert total == sum(v * v for v in values)

# A self-referential struct: a linked list built in Python, summed in C.
nodes = [kct.kct_node() for _ in range(3)]
for i, node in enumerate(nodes):
    node.value = (i + 1) * 10
    node.next = ctypes.pointer(nodes[i + 1]) if i + 1 < len(nodes) else None
print("list", kct.kct_sum_list(ctypes.byref(nodes[0])))

# A char * result, an enum argument.
print("shape", kct.kct_shape_name(kct.KCT_SQUARE), kct.kct_shape_name(kct.KCT_TRIANGLE))

# A union inside a struct.
tagged = kct.kct_tagged()
tagged.shape = kct.KCT_CIRCLE
tagged.value.d = 2.5
first = kct.kct_tagged_value(ctypes.byref(tagged))
tagged.shape = kct.KCT_SQUARE
tagged.value.i = -7
second = kct.kct_tagged_value(ctypes.byref(tagged))
print("union", first, second, ctypes.sizeof(kct.kct_value), tagged.value.bytes[0])

# Bit-fields.
flags = kct.kct_flags(ready=1, mode=5, delta=-3, tail=200)
packed_bits = kct.kct_flags_pack(ctypes.byref(flags))
print("flags", flags.ready, flags.mode, flags.delta, flags.tail, packed_bits)
assert packed_bits == 1 | 5 << 1 | (-3 & 31) << 4 | 200 << 9

# A packed struct.
packed = kct.kct_packed(tag=1, value=1000, extra=-5)
print("packed", ctypes.sizeof(kct.kct_packed), kct.kct_packed_sum(ctypes.byref(packed)))
assert kct.kct_packed_sum(ctypes.byref(packed)) == 1 + 1000 - 5

# An anonymous union member.
variant = kct.kct_variant(kind=1)
variant.f = 1.25
print("variant", kct.kct_variant_float(ctypes.byref(variant)))
variant.kind = 0
variant.i = 9
print("variant", kct.kct_variant_float(ctypes.byref(variant)))

# A typedef'd result, and a variadic function.
print("ids", kct.kct_next_id(), kct.kct_next_id())
print("sum", kct.kct_sum(3, 10, 20, 30), kct.kct_sum(0))
