// The C header reader on krait_ctypes_test.h and zlib.h: sizes, alignments,
// field offsets and constants equal what the C compiler says (layout.txt,
// printed by layout_dump.c), declarations, the JSON round trip, the cache
// (a hit starts no Clang; an edited included header misses) and errors.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "ctypes_support/c_decls_json.h"
#include "ctypes_support/clang_process.h"
#include "ctypes_support/header_reader.h"

namespace krait::ctypes_support {
namespace {

namespace fs = std::filesystem;

const char* kHeader = "tests/ctypes/krait_ctypes_test.h";
const char* kZlib = "/usr/include/zlib.h";

std::string temp_dir(const std::string& name) {
  const char* root = std::getenv("TEST_TMPDIR");
  fs::path dir = fs::path(root != nullptr ? root : "/tmp") / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir.string();
}

std::string slurp(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void write(const std::string& path, const std::string& text) {
  std::ofstream(path) << text;
}

CHeader read_or_die(const std::string& path) {
  ReadOptions options;
  options.header = path;
  options.use_cache = false;
  ReadResult result = read_c_header(options);
  EXPECT_EQ(result.status, ReadResult::Status::kOk) << path;
  for (const CDiagnostic& d : result.diagnostics) {
    ADD_FAILURE() << d.location.file << ":" << d.location.line << ": " << d.message;
  }
  return result.header.value_or(CHeader{});
}

const CHeader& test_header() {
  static const CHeader header = read_or_die(kHeader);
  return header;
}

const CHeader& zlib_header() {
  static const CHeader header = read_or_die(kZlib);
  return header;
}

const CRecord* find_record(const std::string& name) {
  if (const CRecord* r = test_header().find_record(name)) return r;
  return zlib_header().find_record(name);
}

const CHeader& header_of(const std::string& record) {
  return test_header().find_record(record) != nullptr ? test_header() : zlib_header();
}

// A field's offset in bits and bit width, looking into anonymous members.
struct FieldPlace {
  int64_t offset_bits;
  std::optional<int> bit_width;
};

std::optional<FieldPlace> find_field(const CHeader& h, const CRecord& r, const std::string& name,
                                     int64_t base) {
  for (const CField& f : r.fields) {
    if (f.name == name) return FieldPlace{base + f.offset_bits, f.bit_width};
    if (f.name.empty() && f.type.kind == CTypeKind::kRecord) {
      if (const CRecord* inner = h.find_record(f.type.record_name)) {
        if (auto place = find_field(h, *inner, name, base + f.offset_bits)) return place;
      }
    }
  }
  return std::nullopt;
}

std::string unhex(const std::string& hex) {
  std::string bytes;
  for (size_t i = 0; i + 1 < hex.size(); i += 2) {
    bytes += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
  }
  return bytes;
}

TEST(ReaderTest, LayoutIsWhatTheCCompilerSays) {
  std::istringstream layout(slurp("tests/ctypes/layout.txt"));
  std::string line;
  int records = 0, fields = 0;
  while (std::getline(layout, line)) {
    std::istringstream words(line);
    std::string what, record;
    words >> what >> record;
    if (what == "record") {
      int64_t size, align;
      words >> size >> align;
      const CRecord* r = find_record(record);
      ASSERT_NE(r, nullptr) << line;
      EXPECT_TRUE(r->complete) << line;
      EXPECT_EQ(r->size, size) << line;
      EXPECT_EQ(r->align, align) << line;
      ++records;
    } else if (what == "field") {
      std::string field;
      int64_t offset;
      words >> field >> offset;
      const CRecord* r = find_record(record);
      ASSERT_NE(r, nullptr) << line;
      std::optional<FieldPlace> place = find_field(header_of(record), *r, field, 0);
      ASSERT_TRUE(place.has_value()) << line;
      EXPECT_EQ(place->offset_bits, offset) << line;
      int width;
      if (words >> width) {
        EXPECT_EQ(place->bit_width, std::optional<int>(width)) << line;
      } else {
        EXPECT_FALSE(place->bit_width.has_value()) << line;
      }
      ++fields;
    }
  }
  EXPECT_GE(records, 10);
  EXPECT_GE(fields, 30);
}

TEST(ReaderTest, ConstantsAreWhatTheCCompilerSays) {
  std::istringstream layout(slurp("tests/ctypes/layout.txt"));
  std::string line;
  int constants = 0;
  while (std::getline(layout, line)) {
    std::istringstream words(line);
    std::string what, name, value;
    words >> what >> name >> value;
    if (what == "constant") {
      const CMacro* macro = test_header().find_macro(name);
      std::optional<int64_t> actual = macro != nullptr ? std::optional<int64_t>(macro->int_value)
                                                       : test_header().find_enum_constant(name);
      ASSERT_TRUE(actual.has_value()) << line;
      if (macro != nullptr) {
        EXPECT_EQ(macro->kind, CMacro::Kind::kInteger) << line;
      }
      EXPECT_EQ(*actual, std::stoll(value)) << line;
      ++constants;
    } else if (what == "string") {
      const CMacro* macro = test_header().find_macro(name);
      ASSERT_NE(macro, nullptr) << line;
      EXPECT_EQ(macro->kind, CMacro::Kind::kString);
      EXPECT_EQ(macro->string_value, unhex(value)) << line;
      ++constants;
    }
  }
  EXPECT_EQ(constants, 9);
  EXPECT_TRUE(test_header().find_macro("KCT_MASK")->is_unsigned);
  EXPECT_EQ(test_header().find_macro("KCT_NEGATIVE")->replacement, "(-KCT_VERSION * 2)");
  EXPECT_EQ(test_header().find_macro("KRAIT_CTYPES_TEST_H"), nullptr);  // empty: no value
}

// The line of the header where `text` first appears (1-based).
int line_of(const std::string& text) {
  std::istringstream in(slurp(kHeader));
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.find(text) != std::string::npos) return n;
  }
  return 0;
}

TEST(ReaderTest, Functions) {
  const CHeader& h = test_header();
  const CFunction* add = h.find_function("kct_add");
  ASSERT_NE(add, nullptr);
  EXPECT_EQ(add->declaration, "int kct_add(int a, int b)");
  EXPECT_TRUE(add->in_main_file);
  EXPECT_EQ(add->location.line, line_of("int kct_add("));
  EXPECT_EQ(add->location.column, 5);
  EXPECT_EQ(fs::path(add->location.file), fs::absolute(kHeader).lexically_normal());
  ASSERT_EQ(add->params.size(), 2u);
  EXPECT_EQ(add->params[1].name, "b");
  EXPECT_EQ(add->params[1].type.kind, CTypeKind::kInt);
  EXPECT_EQ(add->params[1].type.bits, 32);
  EXPECT_TRUE(add->params[1].type.is_signed);

  const CFunction* scale = h.find_function("kct_scale");
  EXPECT_EQ(scale->params[1].type.builtin, "float");
  EXPECT_EQ(scale->result.bits, 64);

  const CFunction* make = h.find_function("kct_make_point");
  EXPECT_EQ(make->result.kind, CTypeKind::kRecord);
  EXPECT_EQ(make->result.record_name, "kct_point");

  const CFunction* divmod = h.find_function("kct_divmod");
  ASSERT_EQ(divmod->params.size(), 4u);
  EXPECT_EQ(divmod->params[2].type.kind, CTypeKind::kPointer);
  EXPECT_EQ(divmod->params[2].type.pointee().builtin, "long");
  EXPECT_EQ(divmod->params[2].type.spelling, "long *");

  const CFunction* visit = h.find_function("kct_visit");
  const CType& callback = visit->params[2].type;
  EXPECT_EQ(callback.typedef_name, "kct_visit_fn");
  EXPECT_TRUE(callback.is_function_pointer());
  EXPECT_EQ(callback.pointee().result().builtin, "int");
  ASSERT_EQ(callback.pointee().params().size(), 2u);
  EXPECT_EQ(callback.pointee().params()[1].pointee().kind, CTypeKind::kVoid);
  EXPECT_EQ(visit->params[1].type.typedef_name, "size_t");
  EXPECT_EQ(visit->params[0].type.spelling, "const int *");
  EXPECT_TRUE(visit->params[0].type.pointee().is_const);

  const CFunction* name = h.find_function("kct_shape_name");
  EXPECT_TRUE(name->result.pointee().is_char);
  EXPECT_EQ(name->params[0].type.kind, CTypeKind::kEnum);
  EXPECT_EQ(name->params[0].type.record_name, "kct_shape");

  EXPECT_TRUE(h.find_function("kct_sum")->variadic);
  EXPECT_EQ(h.find_function("kct_sum")->declaration, "int kct_sum(int count, ...)");
  EXPECT_EQ(h.find_function("kct_next_id")->declaration, "kct_id kct_next_id(void)");
  EXPECT_EQ(h.find_function("kct_next_id")->result.typedef_name, "kct_id");
}

TEST(ReaderTest, RecordsTypedefsEnums) {
  const CHeader& h = test_header();
  const CRecord* polygon = h.find_record("kct_polygon");
  ASSERT_NE(polygon, nullptr);
  EXPECT_EQ(polygon->declaration.rfind("struct kct_polygon {", 0), 0u) << polygon->declaration;
  const CField* points = polygon->find_field("points");
  EXPECT_EQ(points->type.kind, CTypeKind::kArray);
  EXPECT_EQ(points->type.array_length, 8);
  EXPECT_EQ(points->type.element().record_name, "kct_point");
  EXPECT_TRUE(polygon->find_field("name")->type.element().is_char);

  EXPECT_TRUE(h.find_record("kct_value")->is_union);
  EXPECT_EQ(h.find_record("kct_packed")->pack, 1);
  EXPECT_EQ(h.find_record("kct_point")->pack, 0);

  const CRecord* variant = h.find_record("kct_variant");
  ASSERT_EQ(variant->fields.size(), 2u);
  EXPECT_EQ(variant->fields[1].name, "");
  const CRecord* member = h.find_record(variant->fields[1].type.record_name);
  ASSERT_NE(member, nullptr);
  EXPECT_TRUE(member->anonymous);
  EXPECT_TRUE(member->is_union);
  EXPECT_EQ(member->name, "kct_variant_anon1");

  const CField* next = h.find_record("kct_node")->find_field("next");
  EXPECT_EQ(next->type.pointee().record_name, "kct_node");

  const CTypedef* id = h.find_typedef("kct_id");
  ASSERT_NE(id, nullptr);
  EXPECT_EQ(id->type.typedef_name, "uint32_t");
  EXPECT_EQ(id->type.bits, 32);
  EXPECT_FALSE(id->type.is_signed);
  EXPECT_TRUE(id->in_main_file);
  EXPECT_FALSE(h.find_typedef("uint32_t")->in_main_file);

  const CEnum* shape = h.find_enum("kct_shape");
  ASSERT_NE(shape, nullptr);
  ASSERT_EQ(shape->constants.size(), 3u);
  EXPECT_EQ(shape->constants[2].name, "KCT_TRIANGLE");
  EXPECT_EQ(shape->integer.bits, 32);
}

TEST(ReaderTest, Zlib) {
  const CHeader& z = zlib_header();
  const CFunction* compress = z.find_function("compress");
  ASSERT_NE(compress, nullptr);
  EXPECT_TRUE(compress->in_main_file);
  ASSERT_EQ(compress->params.size(), 4u);
  EXPECT_EQ(compress->params[0].type.pointee().typedef_name, "Bytef");
  EXPECT_EQ(compress->params[3].type.typedef_name, "uLong");
  const CRecord* stream = z.find_record("z_stream");
  ASSERT_NE(stream, nullptr);
  EXPECT_EQ(stream->name, "z_stream_s");
  EXPECT_EQ(z.find_macro("ZLIB_VERSION")->kind, CMacro::Kind::kString);
  EXPECT_EQ(z.find_macro("Z_OK")->int_value, 0);
  EXPECT_EQ(z.find_macro("Z_DEFLATED")->int_value, 8);
  EXPECT_FALSE(z.find_typedef("Bytef")->in_main_file);  // zconf.h's
  EXPECT_GE(z.dependencies.size(), 3u);
  EXPECT_EQ(z.dependencies[0].path, "/usr/include/zlib.h");
}

TEST(ReaderTest, JsonRoundTrip) {
  for (const CHeader* h : {&test_header(), &zlib_header()}) {
    nlohmann::json json = header_to_json(*h);
    std::string error;
    std::optional<CHeader> back = header_from_json(nlohmann::json::parse(json.dump()), &error);
    ASSERT_TRUE(back.has_value()) << error;
    EXPECT_TRUE(*back == *h) << h->header;
  }
  std::string error;
  EXPECT_FALSE(header_from_json(nlohmann::json::parse(R"({"header": 3})"), &error).has_value());
  EXPECT_NE(error, "");
}

TEST(ReaderTest, SecondReadHitsTheCacheWithoutClang) {
  ReadOptions options;
  options.header = kHeader;
  options.cache_dir = temp_dir("cache_hit");
  ReadResult first = read_c_header(options);
  ASSERT_EQ(first.status, ReadResult::Status::kOk);
  EXPECT_FALSE(first.from_cache);
  ASSERT_NE(first.cache_file, "");
  EXPECT_TRUE(fs::exists(first.cache_file));
  auto written = fs::last_write_time(first.cache_file);
  int parses = clang_start_count();

  ReadResult second = read_c_header(options);
  ASSERT_EQ(second.status, ReadResult::Status::kOk);
  EXPECT_TRUE(second.from_cache);
  EXPECT_EQ(clang_start_count(), parses);  // no Clang
  EXPECT_TRUE(*second.header == *first.header);
  EXPECT_EQ(fs::last_write_time(first.cache_file), written);  // not rewritten
  int entries = 0;
  for (const auto& entry : fs::directory_iterator(options.cache_dir)) {
    EXPECT_EQ(entry.path().extension(), ".json") << entry.path();  // no temporaries left
    ++entries;
  }
  EXPECT_EQ(entries, 1);

  // Other flags are another entry.
  options.flags = {"-DKCT_EXTRA=1"};
  ReadResult third = read_c_header(options);
  EXPECT_FALSE(third.from_cache);
  EXPECT_EQ(clang_start_count(), parses + 1);
  EXPECT_EQ(third.header->flags, options.flags);
}

TEST(ReaderTest, EditingAnIncludedHeaderMissesTheCache) {
  std::string dir = temp_dir("cache_dependency");
  write(dir + "/main.h", "#include \"part.h\"\nint f(part_t x);\n");
  write(dir + "/part.h", "typedef int part_t;\n");
  ReadOptions options;
  options.header = dir + "/main.h";
  options.cache_dir = dir + "/cache";
  ASSERT_EQ(read_c_header(options).status, ReadResult::Status::kOk);
  EXPECT_TRUE(read_c_header(options).from_cache);
  write(dir + "/part.h", "typedef long part_t;\n");
  ReadResult changed = read_c_header(options);
  ASSERT_EQ(changed.status, ReadResult::Status::kOk);
  EXPECT_FALSE(changed.from_cache);
  EXPECT_EQ(changed.header->find_function("f")->params[0].type.bits, 64);
  EXPECT_TRUE(read_c_header(options).from_cache);
}

TEST(ReaderTest, IncludeFoldersAndDefinesReachClang) {
  std::string dir = temp_dir("flags");
  fs::create_directories(dir + "/inc");
  write(dir + "/main.h", "#include <sub.h>\n#define TWICE (SIZE * 2)\n");
  write(dir + "/inc/sub.h", "#ifndef SIZE\n#define SIZE 1\n#endif\n");
  ReadOptions options;
  options.header = dir + "/main.h";
  options.use_cache = false;
  options.flags = {"-I", dir + "/inc", "-DSIZE=21"};
  ReadResult result = read_c_header(options);
  ASSERT_EQ(result.status, ReadResult::Status::kOk);
  ASSERT_NE(result.header->find_macro("TWICE"), nullptr);
  EXPECT_EQ(result.header->find_macro("TWICE")->int_value, 42);
  EXPECT_EQ(result.header->find_macro("SIZE"), nullptr);  // the command line's: not in a file
}

TEST(ReaderTest, ErrorsAreValuesWithPlaces) {
  std::string dir = temp_dir("errors");
  write(dir + "/bad.h", "struct s {\n  int x;\n};\nint f(struct s a;\n");
  ReadOptions options;
  options.header = dir + "/bad.h";
  options.cache_dir = dir + "/cache";
  ReadResult bad = read_c_header(options);
  EXPECT_EQ(bad.status, ReadResult::Status::kParseError);
  EXPECT_FALSE(bad.header.has_value());
  ASSERT_FALSE(bad.diagnostics.empty());
  EXPECT_EQ(bad.diagnostics[0].location.line, 4);
  EXPECT_EQ(bad.diagnostics[0].location.column, 17);
  EXPECT_EQ(bad.diagnostics[0].message, "expected ')'");
  ASSERT_EQ(bad.diagnostics[0].notes.size(), 1u);
  EXPECT_EQ(bad.diagnostics[0].notes[0].message, "to match this '('");
  EXPECT_EQ(bad.diagnostics[0].notes[0].location.column, 6);
  EXPECT_FALSE(fs::exists(options.cache_dir));  // errors are not cached

  options.header = dir + "/missing.h";
  ReadResult missing = read_c_header(options);
  EXPECT_EQ(missing.status, ReadResult::Status::kUnreadable);
  ASSERT_EQ(missing.diagnostics.size(), 1u);
  EXPECT_NE(missing.diagnostics[0].message.find("No such file or directory"), std::string::npos);
}

TEST(ReaderTest, ResourceDirHasClangsBuiltinHeaders) {
  std::string helper = find_clang_reader();
  ASSERT_NE(helper, "");
  FILE* pipe = popen((helper + " --resource-dir").c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  char line[4096] = {};
  ASSERT_NE(fgets(line, sizeof line, pipe), nullptr);
  EXPECT_EQ(pclose(pipe), 0);
  std::string dir(line);
  dir.erase(dir.find_last_not_of('\n') + 1);
  EXPECT_TRUE(fs::exists(dir + "/include/stddef.h")) << dir;
  EXPECT_TRUE(fs::exists(dir + "/include/stdarg.h")) << dir;
}

TEST(ReaderTest, AMissingClangProcessIsAnError) {
  setenv("KRAIT_CLANG_READER", "/nonexistent/krait-clang-reader", 1);
  ReadOptions options;
  options.header = kHeader;
  options.use_cache = false;
  ReadResult result = read_c_header(options);
  unsetenv("KRAIT_CLANG_READER");
  EXPECT_EQ(result.status, ReadResult::Status::kReaderUnavailable);
  ASSERT_EQ(result.diagnostics.size(), 1u);
  EXPECT_NE(result.diagnostics[0].message.find("cannot run"), std::string::npos)
      << result.diagnostics[0].message;
}

}  // namespace
}  // namespace krait::ctypes_support
