// Exception classes, catching by Python class, str/repr, and the uncaught report.
#include "runtime/exception_args.h"
#include "runtime/main.h"
#include "runtime/test_util.h"

namespace krait::rt {
namespace {

using testing::R;
using testing::S;

// What the backend emits for `class MyError(ValueError): pass`.
struct MyError : ValueError {
  KRAIT_EXCEPTION_BODY(MyError, ValueError)
};

TEST(Exceptions, CatchBySubclass) {
  std::string caught;
  try {
    raise(gc_new<MyError>("x"));
  } catch (LookupError*) {
    caught = "lookup";
  } catch (ValueError* e) {
    caught = std::string(e->type_name()) + ":" + S(e->py_str());
  }
  EXPECT_EQ(caught, "MyError:x");
  try {
    raise_index_error("boom");
  } catch (LookupError* e) {
    caught = S(exception_summary(e));
  }
  EXPECT_EQ(caught, "IndexError: boom");
  try {
    raise(gc_new<KeyboardInterrupt>());
  } catch (Exception*) {
    caught = "wrong: KeyboardInterrupt is not an Exception";
  } catch (BaseException* e) {
    caught = e->type_name();
  }
  EXPECT_EQ(caught, "KeyboardInterrupt");
}

TEST(Exceptions, StrAndRepr) {
  EXPECT_EQ(S(gc_new<MyError>("x")->py_repr()), "MyError('x')");
  auto* two = gc_new<ValueError>(exc_args(Str("a"), int64_t{1}));
  EXPECT_EQ(S(two->py_repr()), "ValueError('a', 1)");
  EXPECT_EQ(S(two->py_str()), "('a', 1)");
  auto* key = gc_new<KeyError>(exc_args(Str("a")));
  EXPECT_EQ(S(key->py_str()), "'a'");
  EXPECT_EQ(S(key->py_repr()), "KeyError('a')");
  EXPECT_EQ(S(gc_new<ValueError>()->py_repr()), "ValueError()");
  EXPECT_EQ(S(exception_summary(gc_new<ValueError>())), "ValueError");
  EXPECT_EQ(S(exception_summary(gc_new<ValueError>(exc_args(int64_t{42})))), "ValueError: 42");
  EXPECT_EQ(R(static_cast<Object*>(gc_new<MyError>("q"))), "MyError('q')");
}

TEST(Exceptions, UncaughtReportWithCause) {
  auto* first = gc_new<ZeroDivisionError>("division by zero");
  auto* second = gc_new<ValueError>("v");
  try {
    raise_from(second, first);
  } catch (BaseException* e) {
    EXPECT_EQ(S(uncaught_report(e)),
              "Traceback (most recent call last):\n"
              "ZeroDivisionError: division by zero\n"
              "\n"
              "The above exception was the direct cause of the following exception:\n"
              "\n"
              "Traceback (most recent call last):\n"
              "ValueError: v\n");
  }
  auto* handled = gc_new<KeyError>(exc_args(Str("k")));
  auto* during = gc_new<RuntimeError>("r");
  during->context = handled;
  EXPECT_EQ(S(uncaught_report(during)),
            "Traceback (most recent call last):\n"
            "KeyError: 'k'\n"
            "\n"
            "During handling of the above exception, another exception occurred:\n"
            "\n"
            "Traceback (most recent call last):\n"
            "RuntimeError: r\n");
}

}  // namespace
}  // namespace krait::rt
