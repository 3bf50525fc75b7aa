// Tests for the krait command line: help, version, subcommand dispatch, and
// the error cases (unknown options and subcommands, missing arguments, bad
// option values) with their exit codes, and the module path.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "translator/cli/krait_main.h"

namespace krait::cli {
namespace {

struct Result {
  int status;
  std::string out;
  std::string err;
};

Result krait(std::vector<const char*> args, bool terminal = false) {
  args.insert(args.begin(), "krait");
  std::ostringstream out, err;
  int status = run_krait(static_cast<int>(args.size()), args.data(), out, err, terminal);
  return {status, out.str(), err.str()};
}

TEST(CliTest, VersionPrintsNameAndVersion) {
  Result r = krait({"--version"});
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out, std::string("krait ") + kVersion + "\n");
}

TEST(CliTest, HelpListsEverySubcommand) {
  Result r = krait({"--help"});
  EXPECT_EQ(r.status, 0);
  for (const char* name : {"parse", "flowgraph", "annotate", "translate", "run", "bindgen"}) {
    EXPECT_NE(r.out.find(name), std::string::npos) << name;
  }
  EXPECT_EQ(r.err, "");
}

TEST(CliTest, SubcommandHelpShowsItsOwnOptions) {
  Result r = krait({"translate", "--help"});
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("--emit-cpp"), std::string::npos);
  EXPECT_NE(r.out.find("--int"), std::string::npos);
  EXPECT_NE(r.out.find("big (arbitrary precision as CPython"), std::string::npos) << r.out;
  Result f = krait({"flowgraph", "--help"});
  EXPECT_NE(f.out.find("--format"), std::string::npos);
  EXPECT_EQ(f.out.find("--emit-cpp"), std::string::npos);
}

TEST(CliTest, NoSubcommandIsAUsageError) {
  Result r = krait({});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("krait: error: "), std::string::npos);
  EXPECT_NE(r.err.find("krait --help"), std::string::npos);
}

TEST(CliTest, UnknownOptionIsNamed) {
  Result r = krait({"parse", "x.py", "--frobnicate"});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("--frobnicate"), std::string::npos) << r.err;
  EXPECT_EQ(r.out, "");
}

TEST(CliTest, UnknownSubcommandIsNamed) {
  Result r = krait({"compile", "x.py"});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("compile"), std::string::npos) << r.err;
}

TEST(CliTest, MissingFileArgumentIsAUsageError) {
  Result r = krait({"annotate"});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("file"), std::string::npos) << r.err;
}

TEST(CliTest, BadOptionValueIsRejected) {
  Result r = krait({"translate", "x.py", "--int=huge"});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("huge"), std::string::npos) << r.err;
  Result f = krait({"flowgraph", "x.py", "--format", "svg"});
  EXPECT_EQ(f.status, 2);
  EXPECT_NE(f.err.find("svg"), std::string::npos) << f.err;
}

TEST(CliTest, RunTakesProgramArgumentsAfterDoubleDash) {
  // Options after -- belong to the program, not to krait.
  Result r = krait({"run", "x.py", "--", "--frobnicate", "7"});
  EXPECT_EQ(r.err.find("not expected"), std::string::npos) << r.err;
}

TEST(CliTest, ColorModeIsValidated) {
  Result r = krait({"--color", "sometimes", "parse", "x.py"});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("sometimes"), std::string::npos) << r.err;
}

TEST(CliTest, ModulePathFindsModulesInOtherFolders) {
  std::filesystem::path dir = std::filesystem::path(::testing::TempDir()) / "module_path";
  std::filesystem::create_directories(dir / "lib");
  std::ofstream(dir / "main.py") << "import helper\nprint(helper.twice(4))\n";
  std::ofstream(dir / "lib" / "helper.py") << "def twice(x):\n    return 2 * x\n";
  std::string main = (dir / "main.py").string();
  std::string lib = (dir / "lib").string();
  Result without = krait({"annotate", main.c_str()});
  EXPECT_EQ(without.status, 1);
  EXPECT_NE(without.err.find("module 'helper' is not supported"), std::string::npos) << without.err;
  Result with = krait({"annotate", main.c_str(), "-I", lib.c_str()});
  EXPECT_EQ(with.status, 0) << with.err;
  EXPECT_NE(with.out.find("def helper.twice(x: int) -> int"), std::string::npos) << with.out;
  Result missing = krait({"annotate", main.c_str(), "--module-path", "/no/such/folder"});
  EXPECT_EQ(missing.status, 2);
}

TEST(CliTest, BindgenWritesCtypesDeclarations) {
  std::filesystem::path dir = std::filesystem::path(::testing::TempDir()) / "bindgen";
  std::filesystem::create_directories(dir / "inc");
  std::ofstream(dir / "inc" / "size.h") << "#define SIZE 4\n";
  std::ofstream(dir / "shapes.h") << "#include <size.h>\n"
                                     "#define COUNT (SIZE * 2)\n"
                                     "struct point { int x, y; };\n"
                                     "double norm(const struct point *p, unsigned long n);\n";
  std::string header = (dir / "shapes.h").string();
  std::string inc = (dir / "inc").string();
  std::string cache = (dir / "cache").string();
  Result r = krait(
      {"bindgen", header.c_str(), "-I", inc.c_str(), "--lib", "m", "--cache-dir", cache.c_str()});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("COUNT = 8\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("class point(ctypes.Structure):"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("ctypes.util.find_library(\"m\")"), std::string::npos) << r.out;
  // libm has no `norm`: bindgen looked and says so.
  EXPECT_NE(r.out.find("# double norm(const struct point *p, unsigned long n): not exported"),
            std::string::npos)
      << r.out;
  Result json =
      krait({"bindgen", header.c_str(), "-I", inc.c_str(), "--json", "--cache-dir", cache.c_str()});
  EXPECT_EQ(json.status, 0) << json.err;
  EXPECT_NE(json.out.find("\"name\": \"norm\""), std::string::npos) << json.out;
  Result no_include = krait({"bindgen", header.c_str(), "--no-cache"});
  EXPECT_EQ(no_include.status, 1);
  EXPECT_NE(no_include.err.find("shapes.h:1:10: error: 'size.h' file not found"), std::string::npos)
      << no_include.err;
}

TEST(CliTest, BindgenOnAMissingHeaderIsAUsageError) {
  Result r = krait({"bindgen", "/no/such/header.h"});
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "krait: error: cannot read '/no/such/header.h': No such file or directory\n");
}

}  // namespace
}  // namespace krait::cli
