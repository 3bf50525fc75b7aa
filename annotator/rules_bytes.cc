// Typing rules of bytes and bytearray: bytes()/bytearray(), bytes.fromhex,
// int.from_bytes, str.encode, the methods of both (and int.to_bytes), and
// the operators + * += between byte sequences.
//
// Results follow CPython: slicing, `*` and the methods that make a new
// sequence keep the receiver's type, `+` the left operand's; mixing bytes
// with str is rejected at translation time, as CPython rejects it at run
// time. Only UTF-8 is supported as an encoding.
#include <cctype>

#include "annotator/builtin_args.h"
#include "annotator/union.h"

namespace krait::annotator {
namespace {

Type T(TypeKind kind) {
  return Type::of(kind);
}

bool is_int_like(const Type& t) {
  return (t.kind == TypeKind::kInt || t.kind == TypeKind::kBool) && !t.can_be_none;
}

bool is_str(const Type& t) {
  return t.kind == TypeKind::kStr && !t.can_be_none;
}

// The optional encoding argument of encode()/decode(): a constant naming UTF-8.
bool utf8_codec(Args& a) {
  if (!a.expect(0, 1)) return false;
  if (a.pos.empty()) return true;
  const Type& e = a.pos[0];
  std::string name = e.constant && e.constant->kind == flow::ConstValue::Kind::kStr
                         ? e.constant->text
                         : std::string("?");
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (name == "utf-8" || name == "utf8" || name == "utf_8") return true;
  a.fail("only the UTF-8 encoding is supported by Krait (\"utf-8\")");
  return false;
}

bool byte_seq_arg(Args& a, size_t i) {
  if (is_bytes_like(a.pos[i])) return true;
  a.fail("a bytes-like object is required, not " + describe(a.pos[i]));
  return false;
}

bool int_arg(Args& a, size_t i) {
  if (is_int_like(a.pos[i])) return true;
  a.fail("'" + describe(a.pos[i]) + "' object cannot be interpreted as an integer");
  return false;
}

// bytes(x) / bytearray(x): nothing, a count, a byte sequence or an iterable of ints.
Type constructor(Args& a, TypeKind kind) {
  if (!a.expect(0, 1)) return Type::impossible();
  if (a.pos.empty() || is_int_like(a.pos[0]) || is_bytes_like(a.pos[0])) return T(kind);
  if (is_str(a.pos[0]))
    return a.fail("string argument without an encoding (use s.encode() in Krait)");
  Type item = item_of(a, a.pos[0]);
  if (item.is_impossible()) return item;
  if (!is_int_like(item)) return a.fail("needs an iterable of ints, not " + describe(a.pos[0]));
  return T(kind);
}

// The byteorder of int.to_bytes/from_bytes: positional `at` or keyword.
bool byteorder_arg(Args& a, size_t at) {
  auto kw = a.kw.find("byteorder");
  const Type* t = a.pos.size() > at ? &a.pos[at] : kw != a.kw.end() ? &kw->second : nullptr;
  if (t == nullptr || is_str(*t)) return true;
  a.fail("byteorder must be a str, not " + describe(*t));
  return false;
}

Type bytearray_method(Args& a) {
  const std::string& m = a.name;
  if (m == "append") return a.expect(1, 1) && int_arg(a, 0) ? Type::none() : Type::impossible();
  if (m == "insert") {
    if (!a.expect(2, 2) || !int_arg(a, 0) || !int_arg(a, 1)) return Type::impossible();
    return Type::none();
  }
  if (m == "extend") {
    if (!a.expect(1, 1)) return Type::impossible();
    if (is_bytes_like(a.pos[0])) return Type::none();
    Type item = item_of(a, a.pos[0]);
    if (item.is_impossible()) return item;
    if (!is_int_like(item)) return a.fail("needs an iterable of ints, not " + describe(a.pos[0]));
    return Type::none();
  }
  if (m == "pop") {
    if (!a.expect(0, 1) || (a.pos.size() == 1 && !int_arg(a, 0))) return Type::impossible();
    return T(TypeKind::kInt);
  }
  return a.expect(0, 0) ? Type::none() : Type::impossible();  // clear, reverse
}

}  // namespace

bool is_bytes_like(const Type& t) {
  return (t.kind == TypeKind::kBytes || t.kind == TypeKind::kByteArray) && !t.can_be_none;
}

Type bytes_builtin(Args& a) {
  const std::string& n = a.name;
  if (n == "bytes") return constructor(a, TypeKind::kBytes);
  if (n == "bytearray") return constructor(a, TypeKind::kByteArray);
  if (n == "bytes.fromhex") {
    if (!a.expect(1, 1)) return Type::impossible();
    if (!is_str(a.pos[0])) return a.fail("argument must be str, not " + describe(a.pos[0]));
    return T(TypeKind::kBytes);
  }
  // int.from_bytes(b, byteorder="big")
  if (!a.expect(1, 2, {"byteorder"}) || !byte_seq_arg(a, 0) || !byteorder_arg(a, 1))
    return Type::impossible();
  return T(TypeKind::kInt);
}

Type bytes_method(Args& a, const Type& receiver) {
  const std::string& m = a.name;
  if (receiver.kind == TypeKind::kStr) {  // encode
    return utf8_codec(a) ? T(TypeKind::kBytes) : Type::impossible();
  }
  if (receiver.kind == TypeKind::kInt) {  // to_bytes(length=1, byteorder="big")
    if (!a.expect(0, 2, {"length", "byteorder"})) return Type::impossible();
    if (!a.pos.empty() && !int_arg(a, 0)) return Type::impossible();
    auto length = a.kw.find("length");
    if (length != a.kw.end() && !is_int_like(length->second))
      return a.fail("length must be an int, not " + describe(length->second));
    return byteorder_arg(a, 1) ? T(TypeKind::kBytes) : Type::impossible();
  }
  Type same = T(receiver.kind);
  if (m == "count" || m == "find" || m == "index") {
    if (!a.expect(1, 1)) return Type::impossible();
    if (!is_int_like(a.pos[0]) && !byte_seq_arg(a, 0)) return Type::impossible();
    return T(TypeKind::kInt);
  }
  if (m == "startswith" || m == "endswith") {
    return a.expect(1, 1) && byte_seq_arg(a, 0) ? T(TypeKind::kBool) : Type::impossible();
  }
  if (m == "split") {
    if (!a.expect(0, 2) || (!a.pos.empty() && !byte_seq_arg(a, 0)) ||
        (a.pos.size() == 2 && !int_arg(a, 1)))
      return Type::impossible();
    return Type::list_of(
        a.ctx.annotator.new_list(same, a.ctx.annotator.origin_at(a.ctx.op, "split")));
  }
  if (m == "join") {
    if (!a.expect(1, 1)) return Type::impossible();
    Type item = item_of(a, a.pos[0]);
    if (item.is_impossible()) return a.ctx.annotator.failed() ? item : same;  // join([])
    if (!is_bytes_like(item)) return a.fail("sequence items must be bytes, not " + describe(item));
    return same;
  }
  if (m == "strip" || m == "lstrip" || m == "rstrip") {
    if (!a.expect(0, 1) || (!a.pos.empty() && !byte_seq_arg(a, 0))) return Type::impossible();
    return same;
  }
  if (m == "replace") {
    if (!a.expect(2, 3) || !byte_seq_arg(a, 0) || !byte_seq_arg(a, 1) ||
        (a.pos.size() == 3 && !int_arg(a, 2)))
      return Type::impossible();
    return same;
  }
  if (m == "upper" || m == "lower") return a.expect(0, 0) ? same : Type::impossible();
  if (m == "hex") return a.expect(0, 0) ? T(TypeKind::kStr) : Type::impossible();
  if (m == "decode") return utf8_codec(a) ? T(TypeKind::kStr) : Type::impossible();
  return bytearray_method(a);
}

std::optional<Type> bytes_operator(OpContext& ctx, flow::OpKind kind, const Type& a,
                                   const Type& b) {
  using flow::OpKind;
  bool in_place = kind != flow::plain_kind(kind);
  OpKind plain = flow::plain_kind(kind);
  auto count = [](const Type& t) { return is_int_like(t) || t.kind == TypeKind::kNumber; };
  if (plain == OpKind::kAdd && is_bytes_like(a) && is_bytes_like(b)) {
    // ba += b extends ba; bytes += b rebinds to a new bytes.
    if (in_place && a.kind == TypeKind::kByteArray) return without_constant(a);
    return T(a.kind);
  }
  if (plain == OpKind::kMul && ((is_bytes_like(a) && count(b)) || (is_bytes_like(b) && count(a))))
    return T(is_bytes_like(a) ? a.kind : b.kind);
  bool mixed = (is_bytes_like(a) && is_str(b)) || (is_str(a) && is_bytes_like(b));
  if (plain == OpKind::kAdd && mixed) {
    std::string cpython = is_str(a)
                              ? "can only concatenate str (not \"" + describe(b) + "\") to str"
                              : "can't concat str to " + describe(a);
    return op_error(ctx, "unsupported operand types for +: " + describe(a) + " and " + describe(b) +
                             " (CPython raises TypeError: " + cpython +
                             "); convert with s.encode() or b.decode()");
  }
  return std::nullopt;
}

}  // namespace krait::annotator
