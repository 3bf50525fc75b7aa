// bytes and bytearray: repr, hashes, operations and methods; every
// expectation was printed by /usr/bin/python3 (3.11) with PYTHONHASHSEED=0.
#include "runtime/bytes.h"

#include "runtime/bytes_methods.h"
#include "runtime/iterators.h"
#include "runtime/set.h"
#include "runtime/test_util.h"

namespace krait::rt {
namespace {

using testing::R;
using testing::S;

Bytes* B(std::string_view s) {
  return Bytes::of(s);
}

TEST(Bytes, Repr) {
  EXPECT_EQ(R(B(std::string_view("\0abc\n", 5))), "b'\\x00abc\\n'");
  EXPECT_EQ(R(B("it's")), "b\"it's\"");
  EXPECT_EQ(R(B("say \"hi\"")), "b'say \"hi\"'");
  EXPECT_EQ(R(B("both ' and \"")), "b'both \\' and \"'");
  EXPECT_EQ(R(B("\\\t\r\x7f\x80\xff")), "b'\\\\\\t\\r\\x7f\\x80\\xff'");
  EXPECT_EQ(R(ByteArray::of("x'y")), "bytearray(b\"x'y\")");
  EXPECT_EQ(S(B("a")), "b'a'");
}

TEST(Bytes, HashIsCPythons) {
  EXPECT_EQ(hash_of(B("")), 0);
  EXPECT_EQ(hash_of(B("a")), 4644417185603328019);
  EXPECT_EQ(hash_of(B("abc")), -4594863902769663758);
  EXPECT_EQ(hash_of(B(std::string_view("\0\xff", 2))), -2713640983873221217);
  EXPECT_EQ(hash_of(B("hello world!")), 839851713330019024);
  EXPECT_EQ(hash_of(bytes_from<Bytes>(range(20))), 7178233520606413056);
  EXPECT_EQ(hash_of(B("abc")), hash_of(Str("abc")));
}

TEST(Bytes, SetOrderIsCPythons) {
  auto* s = Set<Bytes*>::make();
  for (const char* x : {"x", "y", "abc", "", "zz"}) s->add(B(x));
  s->add(B(std::string_view("\0", 1)));
  EXPECT_EQ(R(s), "{b'', b'y', b'zz', b'x', b'abc', b'\\x00'}");
}

TEST(Bytes, Operations) {
  Bytes* b = B("hello");
  EXPECT_EQ(b->get(-1), 111);
  EXPECT_RAISES(b->get(5), IndexError, "IndexError: index out of range");
  EXPECT_EQ(R(bytes_slice(b, Slice{1, std::nullopt, 2})), "b'el'");
  EXPECT_EQ(R(bytes_concat(b, ByteArray::of("!"))), "b'hello!'");
  EXPECT_EQ(R(bytes_repeat(B("ab"), 3)), "b'ababab'");
  EXPECT_TRUE(contains(b, 104));
  EXPECT_TRUE(contains(b, B("ll")));
  EXPECT_RAISES(contains(b, 256), ValueError, "ValueError: byte must be in range(0, 256)");
  EXPECT_TRUE(py_lt(B("ab"), B("b")));
  EXPECT_TRUE(py_eq(B("ab"), ByteArray::of("ab")));
  EXPECT_RAISES(bytes_zeros<Bytes>(-1), ValueError, "ValueError: negative count");
  EXPECT_RAISES(bytes_from<Bytes>(List<int64_t>::of({1, 300})), ValueError,
                "ValueError: bytes must be in range(0, 256)");
}

TEST(ByteArray, Mutation) {
  ByteArray* a = ByteArray::of("abc");
  a->append(100);
  a->insert(0, 122);
  a->set(-1, 33);
  EXPECT_EQ(R(a), "bytearray(b'zabc!')");
  EXPECT_RAISES(a->set(0, 256), ValueError, "ValueError: byte must be in range(0, 256)");
  EXPECT_RAISES(a->get(9), IndexError, "IndexError: bytearray index out of range");
  EXPECT_EQ(a->pop(), 33);
  EXPECT_EQ(a->pop(0), 122);
  a->del_item(1);
  a->set_slice(Slice{0, 1}, "XYZ");
  EXPECT_EQ(R(a), "bytearray(b'XYZc')");
  a->del_slice(Slice{std::nullopt, std::nullopt, 2});
  a->reverse();
  EXPECT_EQ(R(a), "bytearray(b'cY')");
  a->extend(a->view());  // ba.extend(ba)
  EXPECT_EQ(R(a), "bytearray(b'cYcY')");
  a->clear();
  EXPECT_RAISES(a->pop(), IndexError, "IndexError: pop from empty bytearray");
}

TEST(Bytes, Methods) {
  EXPECT_EQ(R(bytes_split(B("a,b,,c"), B(","))), "[b'a', b'b', b'', b'c']");
  EXPECT_EQ(R(bytes_split(B("  a b  c "))), "[b'a', b'b', b'c']");
  EXPECT_EQ(R(bytes_split(B("a b c"), B(" "), 1)), "[b'a', b'b c']");
  EXPECT_EQ(bytes_count(B("banana"), B("an")), 2);
  EXPECT_EQ(bytes_find(B("banana"), 110), 2);
  EXPECT_RAISES(bytes_index(B("ab"), B("z")), ValueError, "ValueError: subsection not found");
  EXPECT_EQ(R(bytes_join(B("-"), List<Bytes*>::of({B("a"), B("b")}))), "b'a-b'");
  EXPECT_EQ(R(bytes_strip(B(" \tx \n"))), "b'x'");
  EXPECT_EQ(R(bytes_replace(B("aaa"), B("a"), B("bc"), 2)), "b'bcbca'");
  EXPECT_EQ(R(bytes_upper(ByteArray::of("aBc"))), "bytearray(b'ABC')");
  EXPECT_EQ(S(bytes_hex(B("\x01\xab"))), "01ab");
}

TEST(Bytes, DecodeErrorsAreCPythons) {
  EXPECT_EQ(S(bytes_decode(B("h\xc3\xa9"))), "h\xc3\xa9");
  EXPECT_RAISES(bytes_decode(B("\xff")), UnicodeDecodeError,
                "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid "
                "start byte");
  EXPECT_RAISES(bytes_decode(B("a\xe2\x82")), UnicodeDecodeError,
                "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 1-2: unexpected "
                "end of data");
  EXPECT_RAISES(bytes_decode(B("\xe2\x82(")), UnicodeDecodeError,
                "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: invalid "
                "continuation byte");
  EXPECT_RAISES(bytes_decode(B("\xed\xa0\x80")), UnicodeDecodeError,
                "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid "
                "continuation byte");
}

TEST(Bytes, FromHexAndInts) {
  EXPECT_EQ(R(bytes_fromhex(Str(" 0a 1b "))), "b'\\n\\x1b'");
  EXPECT_RAISES(bytes_fromhex(Str("ab c")), ValueError,
                "ValueError: non-hexadecimal number found in fromhex() arg at position 4");
  EXPECT_EQ(R(int_to_bytes(258, 4, Str("big"))), "b'\\x00\\x00\\x01\\x02'");
  EXPECT_EQ(R(int_to_bytes(258, 2, Str("little"))), "b'\\x02\\x01'");
  EXPECT_RAISES(int_to_bytes(256, 1, Str("big")), OverflowError,
                "OverflowError: int too big to convert");
  EXPECT_EQ(int_from_bytes(B("\x01\x02"), Str("little")), 513);
}

}  // namespace
}  // namespace krait::rt
