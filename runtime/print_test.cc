// print(), input(), sys.exit and run_main, observed from a child process.
#include "runtime/print.h"

#include <sys/wait.h>
#include <unistd.h>

#include "runtime/dict.h"
#include "runtime/main.h"
#include "runtime/sys_module.h"
#include "runtime/test_util.h"

namespace krait::rt {
namespace {

struct ProgramRun {
  std::string out, err;
  int status = -1;
};

std::string drain(int fd) {
  std::string s;
  char buf[4096];
  for (ssize_t n; (n = ::read(fd, buf, sizeof buf)) > 0;) s.append(buf, n);
  ::close(fd);
  return s;
}

// Runs body as a program's module body in a child, with `input` on stdin.
ProgramRun run_program(void (*body)(), const std::string& input = "") {
  int in[2], out[2], err[2];
  EXPECT_EQ(::pipe(in) | ::pipe(out) | ::pipe(err), 0);
  pid_t pid = ::fork();
  if (pid == 0) {
    ::dup2(in[0], 0), ::dup2(out[1], 1), ::dup2(err[1], 2);
    for (int fd : {in[0], in[1], out[0], out[1], err[0], err[1]}) ::close(fd);
    char arg0[] = "prog", arg1[] = "x";
    char* argv[] = {arg0, arg1, nullptr};
    init(2, argv, "prog.py");
    int code = run_main(body);
    flush_stdout();
    ::_exit(code);
  }
  ::close(in[0]), ::close(out[1]), ::close(err[1]);
  EXPECT_EQ(::write(in[1], input.data(), input.size()), static_cast<ssize_t>(input.size()));
  ::close(in[1]);
  ProgramRun r;
  r.out = drain(out[0]);
  r.err = drain(err[0]);
  int st;
  ::waitpid(pid, &st, 0);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return r;
}

TEST(Print, ValuesSepEnd) {
  ProgramRun r = run_program([] {
    print(int64_t{1}, 2.5, Str("a"), true, None, List<double>::of({0.1, 1e16}));
    print_with(PrintOpts{Str("-"), Str("|")}, int64_t{1}, int64_t{2});
    print();
    print(Dict<Str, int64_t>::of({{"k", 1}}), Str());
    print(sys::argv);
  });
  EXPECT_EQ(r.out, "1 2.5 a True None [0.1, 1e+16]\n1-2|\n{'k': 1} None\n['prog.py', 'x']\n");
  EXPECT_EQ(r.status, 0);
}

TEST(Print, StdoutIsFlushedBeforeStderr) {
  ProgramRun r = run_program([] {
    print(Str("to out"));
    print_with(PrintOpts{Str(), Str(), sys::stderr_file()}, Str("to err"));
    sys::stdout_file()->write(Str("out again\n"));
    sys::stderr_file()->write(Str("err again\n"));
  });
  EXPECT_EQ(r.out, "to out\nout again\n");
  EXPECT_EQ(r.err, "to err\nerr again\n");
}

TEST(Print, Input) {
  ProgramRun r = run_program(
      [] {
        Str a = input(Str("name? "));
        Str b = input();
        print(Str("got"), a, b);
        input();
      },
      "alice\nbob");
  EXPECT_EQ(r.out, "name? got alice bob\n");
  EXPECT_EQ(r.err, "Traceback (most recent call last):\nEOFError: EOF when reading a line\n");
  EXPECT_EQ(r.status, 1);
}

TEST(RunMain, UncaughtException) {
  ProgramRun r = run_program([] {
    print(Str("before"));
    Dict<Str, int64_t>::make()->get_item("k");
  });
  EXPECT_EQ(r.out, "before\n");
  EXPECT_EQ(r.err, "Traceback (most recent call last):\nKeyError: 'k'\n");
  EXPECT_EQ(r.status, 1);
}

TEST(RunMain, SysExit) {
  EXPECT_EQ(run_program([] { sys::exit(3); }).status, 3);
  EXPECT_EQ(run_program([] { sys::exit(); }).status, 0);
  ProgramRun r = run_program([] {
    print(Str("x"));
    sys::exit(Str("bye"));
  });
  EXPECT_EQ(r.out, "x\n");
  EXPECT_EQ(r.err, "bye\n");
  EXPECT_EQ(r.status, 1);
}

}  // namespace
}  // namespace krait::rt
