// The model's lookups and JSON form on a hand-made header, and what bindgen
// writes for the shapes that need care: a self-referential struct, a struct
// name that is also a function's, keywords, bytes, unsupported types.
#include "ctypes_support/c_decls.h"

#include <gtest/gtest.h>

#include "ctypes_support/bindgen.h"
#include "ctypes_support/c_decls_json.h"
#include "ctypes_support/ctypes_names.h"

namespace krait::ctypes_support {
namespace {

CType builtin(CTypeKind kind, const std::string& name, int bits, bool is_signed) {
  CType t;
  t.kind = kind;
  t.spelling = t.canonical = t.builtin = name;
  t.bits = bits;
  t.is_signed = is_signed;
  return t;
}

CType int_type() {
  return builtin(CTypeKind::kInt, "int", 32, true);
}

CType pointer_to(CType pointee) {
  CType t;
  t.kind = CTypeKind::kPointer;
  t.spelling = t.canonical = pointee.spelling + " *";
  t.bits = 64;
  t.inner.push_back(std::move(pointee));
  return t;
}

CType record_type(const std::string& name) {
  CType t;
  t.kind = CTypeKind::kRecord;
  t.spelling = t.canonical = "struct " + name;
  t.record_name = name;
  return t;
}

CHeader sample() {
  CHeader h;
  h.header = "/somewhere/sample.h";
  CRecord node;
  node.name = "node";
  node.complete = true;
  node.size = 16;
  node.align = 8;
  node.in_main_file = true;
  node.location = {"/somewhere/sample.h", 3, 8};
  node.fields.push_back(CField{"value", int_type(), 0, std::nullopt, {}});
  node.fields.push_back(CField{"next", pointer_to(record_type("node")), 64, std::nullopt, {}});
  node.fields.push_back(
      CField{"flag", builtin(CTypeKind::kInt, "unsigned int", 32, false), 96, 3, {}});
  h.records.push_back(node);
  CRecord stat;
  stat.name = "stat";
  stat.complete = true;
  stat.size = 4;
  stat.align = 4;
  stat.in_main_file = true;
  stat.location = {"/somewhere/sample.h", 9, 8};
  CType wide = builtin(CTypeKind::kInt, "__int128", 128, true);
  stat.fields.push_back(CField{"big", wide, 0, std::nullopt, {}});
  h.records.push_back(stat);
  CFunction f;
  f.name = "stat";
  f.result = int_type();
  f.params.push_back(CParam{"s", pointer_to(record_type("stat"))});
  f.declaration = "int stat(struct stat *s)";
  f.location = {"/somewhere/sample.h", 12, 5};
  f.in_main_file = true;
  h.functions.push_back(f);
  CFunction lambda = f;
  lambda.name = "lambda";
  lambda.params = {CParam{"n", builtin(CTypeKind::kVoid, "void", 0, false)}};
  lambda.params[0].type = int_type();
  lambda.variadic = true;
  lambda.declaration = "int lambda(int n, ...)";
  h.functions.push_back(lambda);
  CMacro bytes;
  bytes.name = "BYTES";
  bytes.kind = CMacro::Kind::kString;
  bytes.string_value = std::string("a\"\\\xff\n", 5);
  bytes.in_main_file = true;
  bytes.location = {"/somewhere/sample.h", 1, 9};
  h.macros.push_back(bytes);
  CMacro big;
  big.name = "BIG";
  big.int_value = static_cast<int64_t>(18446744073709551615ULL);
  big.is_unsigned = true;
  big.in_main_file = true;
  big.location = {"/somewhere/sample.h", 2, 9};
  h.macros.push_back(big);
  h.dependencies.push_back(CDependency{"/somewhere/sample.h", content_hash("x")});
  return h;
}

TEST(CDeclsTest, Lookups) {
  CHeader h = sample();
  EXPECT_EQ(h.find_function("stat")->params.size(), 1u);
  EXPECT_EQ(h.find_record("node")->find_field("next")->offset_bits, 64);
  EXPECT_EQ(h.find_record("missing"), nullptr);
  EXPECT_EQ(h.find_macro("BIG")->is_unsigned, true);
  EXPECT_EQ(h.record_of(record_type("node")), h.find_record("node"));
  EXPECT_EQ(content_hash("abc"), content_hash("abc"));
  EXPECT_NE(content_hash("abc"), content_hash("abd"));
  EXPECT_EQ(content_hash("").size(), 32u);
}

TEST(CDeclsTest, JsonRoundTripKeepsBytesAndUnsignedValues) {
  CHeader h = sample();
  std::string text = header_to_json(h).dump();
  std::string error;
  std::optional<CHeader> back = header_from_json(nlohmann::json::parse(text), &error);
  ASSERT_TRUE(back.has_value()) << error;
  EXPECT_TRUE(*back == h);
  EXPECT_EQ(back->macros[0].string_value, h.macros[0].string_value);
  EXPECT_EQ(static_cast<uint64_t>(back->macros[1].int_value), 18446744073709551615ULL);
  EXPECT_NE(text.find("\"bytes\""), std::string::npos);  // not valid UTF-8: stored as numbers
}

TEST(CDeclsTest, CtypesNames) {
  EXPECT_EQ(ctypes_name_of_builtin("unsigned long"), "c_ulong");
  EXPECT_EQ(ctypes_name_of_builtin("long long"), "c_longlong");
  EXPECT_EQ(ctypes_name_of_builtin("__int128"), std::nullopt);
  CType size = builtin(CTypeKind::kInt, "unsigned long", 64, false);
  size.typedef_name = "size_t";
  EXPECT_EQ(simple_ctypes_name(size), "c_size_t");
  CType chars = builtin(CTypeKind::kInt, "char", 8, true);
  chars.is_char = true;
  EXPECT_EQ(simple_ctypes_name(pointer_to(chars)), "c_char_p");
  EXPECT_EQ(simple_ctypes_name(pointer_to(builtin(CTypeKind::kVoid, "void", 0, false))),
            "c_void_p");
  EXPECT_EQ(simple_ctypes_name(pointer_to(builtin(CTypeKind::kInt, "unsigned char", 8, false))),
            std::nullopt);
}

TEST(CDeclsTest, Bindgen) {
  std::string module = generate_bindings(sample(), BindgenOptions{"sample", nullptr, "sample.h"});
  EXPECT_NE(module.find("_lib = ctypes.CDLL(ctypes.util.find_library(\"sample\"))  # krait: "
                        "c-header sample.h\n"),
            std::string::npos);
  EXPECT_NE(module.find("BYTES = b\"a\\\"\\\\\\xff\\n\"\n"), std::string::npos) << module;
  EXPECT_NE(module.find("BIG = 18446744073709551615\n"), std::string::npos) << module;
  // Self-reference: declared first, fields later.
  EXPECT_NE(module.find("class node(ctypes.Structure):\n    pass\n"), std::string::npos) << module;
  EXPECT_NE(module.find("node._fields_ = [\n    (\"value\", ctypes.c_int),\n"
                        "    (\"next\", ctypes.POINTER(node)),\n"
                        "    (\"flag\", ctypes.c_uint, 3),\n]\n"),
            std::string::npos)
      << module;
  // `struct stat` beside the function stat(); __int128 has no ctypes type.
  EXPECT_NE(module.find("class struct_stat(ctypes.Structure):"), std::string::npos) << module;
  EXPECT_NE(module.find("(\"big\", ctypes.c_ubyte * 16),  # __int128: no ctypes type"),
            std::string::npos)
      << module;
  EXPECT_NE(module.find("_lib.stat.argtypes = [ctypes.POINTER(struct_stat)]\n"), std::string::npos)
      << module;
  // A keyword as a name; variadic: no argtypes.
  EXPECT_NE(module.find("getattr(_lib, \"lambda\").restype = ctypes.c_int\n"
                        "lambda_ = getattr(_lib, \"lambda\")\n"),
            std::string::npos)
      << module;
  EXPECT_EQ(module.find("getattr(_lib, \"lambda\").argtypes"), std::string::npos) << module;
  EXPECT_EQ(generate_bindings(sample(), BindgenOptions{}), generate_bindings(sample(), {}));
  EXPECT_NE(generate_bindings(sample(), {}).find("_lib = ctypes.CDLL(None)\n"), std::string::npos);
}

TEST(CDeclsTest, BindgenLeavesOutWhatTheLibraryDoesNotExport) {
  BindgenOptions options{"sample", [](const std::string& name) { return name != "stat"; }, ""};
  std::string module = generate_bindings(sample(), options);
  EXPECT_NE(module.find("# int stat(struct stat *s): not exported by the library\n"),
            std::string::npos)
      << module;
  EXPECT_EQ(module.find("_lib.stat"), std::string::npos) << module;
  EXPECT_NE(module.find("lambda_ = getattr(_lib, \"lambda\")"), std::string::npos) << module;
}

TEST(CDeclsTest, PythonNames) {
  EXPECT_EQ(python_identifier("from"), "from_");
  EXPECT_EQ(python_identifier("match"), "match");
  EXPECT_EQ(python_bytes_literal("x\ty"), "b\"x\\ty\"");
}

}  // namespace
}  // namespace krait::ctypes_support
