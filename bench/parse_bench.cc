// parse_bench: times Krait's parser over many files in one process.
//
// Reads every file first (so disk and process start-up are not timed), then
// parses all of them ROUNDS times with krait::syntax::parse_file, each tree
// freed before the next file, as `krait parse` would. Prints one JSON line:
// the number of files, lines and bytes, how many were rejected, the seconds
// of each round and the process's peak RSS. bench/parse_stdlib.py runs it
// next to CPython's ast.parse on the same files.
//
//   parse_bench [--rounds N] --files-from LIST   (LIST: one path a line)
//   parse_bench [--rounds N] FILE...
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "translator/diagnostics/diagnostic.h"
#include "translator/diagnostics/source_file.h"
#include "translator/syntax/parse.h"

namespace {

struct Input {
  std::string path;
  std::string bytes;
};

std::vector<std::string> read_list(const std::string& list_path) {
  std::vector<std::string> paths;
  std::ifstream in(list_path);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) paths.push_back(line);
  }
  return paths;
}

// Parses every input once; returns the number rejected with a syntax error.
int parse_all(const std::vector<Input>& inputs) {
  int rejected = 0;
  for (const Input& input : inputs) {
    krait::SourceFile raw(input.path, input.bytes);
    krait::DiagnosticSink sink;
    krait::syntax::ParseResult result = krait::syntax::parse_file(raw, sink);
    if (result.module == nullptr) ++rejected;
  }
  return rejected;
}

}  // namespace

int main(int argc, char** argv) {
  int rounds = 1;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--rounds" && i + 1 < argc) {
      rounds = std::stoi(argv[++i]);
    } else if (arg == "--files-from" && i + 1 < argc) {
      for (std::string& p : read_list(argv[++i])) paths.push_back(std::move(p));
    } else {
      paths.push_back(arg);
    }
  }
  if (paths.empty() || rounds < 1) {
    std::cerr << "usage: parse_bench [--rounds N] (--files-from LIST | FILE...)\n";
    return 2;
  }

  std::vector<Input> inputs;
  long long lines = 0, bytes = 0;
  for (const std::string& path : paths) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::cerr << "parse_bench: cannot read " << path << "\n";
      return 2;
    }
    std::ostringstream text;
    text << in.rdbuf();
    inputs.push_back({path, text.str()});
    for (char c : inputs.back().bytes) lines += c == '\n';
    bytes += static_cast<long long>(inputs.back().bytes.size());
  }

  std::vector<double> seconds;
  int rejected = 0;
  for (int r = 0; r < rounds; ++r) {
    auto start = std::chrono::steady_clock::now();
    rejected = parse_all(inputs);
    std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    seconds.push_back(elapsed.count());
  }

  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("{\"files\": %zu, \"lines\": %lld, \"bytes\": %lld, \"rejected\": %d, \"seconds\": [",
              inputs.size(), lines, bytes, rejected);
  for (size_t i = 0; i < seconds.size(); ++i) std::printf("%s%.6f", i ? ", " : "", seconds[i]);
  std::printf("], \"max_rss_kb\": %ld}\n", usage.ru_maxrss);
  return 0;
}
