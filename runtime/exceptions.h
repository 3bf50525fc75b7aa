// Python's built-in exception hierarchy as GC-allocated C++ classes.
//
// Raising: exceptions are thrown as POINTERS with their most-derived static
// type, so a C++ handler `catch (ValueError* e)` catches exactly what Python's
// `except ValueError as e` catches, subclasses included, and `catch
// (BaseException* e)` is a bare `except:`. Always raise through the virtual
// `e->raise()` (or `rt::raise(e)`), never `throw e` on a base-typed pointer:
// `raise()` does `throw this` from the most-derived class and first stores the
// exception in a GC-visible root, because the C++ exception object itself is
// outside the collected heap.
//
// Every exception class (built-in or generated) has this shape:
//
//   struct MyError : rt::ValueError {
//     KRAIT_EXCEPTION_BODY(MyError, rt::ValueError)
//     int64_t code = 0;                      // user attributes, if any
//   };
//   rt::raise(rt::gc_new<MyError>("bad thing"));
//
// Arguments: `E()` has no args, `E(Str msg)` one string arg, and
// `E(exc_args(a, b, ...))` (exception_args.h) any args; `str(e)` and
// `repr(e)` then follow CPython (`ValueError('bad')`, KeyError's str is the
// repr of the key). `cause` is set by `raise X from Y`
// (`raise_from(x, y)`); `context` is the exception being handled when this one
// was raised, set by generated code that raises inside an except block.
// The `raise_*` helpers below build and raise the common errors and are kept
// out of line so the hot paths that call them stay small.
#pragma once

#include "runtime/gc.h"
#include "runtime/object.h"
#include "runtime/str.h"
#include "runtime/traceback.h"

namespace krait::rt {

// Already-formatted arguments: str(e) for one argument, the reprs of all.
struct ExcArgs {
  int nargs = 0;
  Str str_of_single;  // str() of the only argument when nargs == 1
  Str reprs;          // "'a', 1": the args' reprs joined by ", "
};

namespace detail {
// The exception being thrown, kept where the collector scans.
extern Object* g_in_flight;
}  // namespace detail

#define KRAIT_EXCEPTION_BODY(Name, Base)     \
  using Base::Base;                          \
  const char* type_name() const override {   \
    return #Name;                            \
  }                                          \
  [[noreturn]] void raise() override {       \
    capture_traceback();                     \
    ::krait::rt::detail::g_in_flight = this; \
    throw this;                              \
  }

struct BaseException : Object {
  BaseException() = default;
  explicit BaseException(Str message);
  explicit BaseException(const char* message) : BaseException(Str(message)) {}
  explicit BaseException(const ExcArgs& args) : args_(args) {}

  const char* type_name() const override { return "BaseException"; }
  const char* module_name() const override { return "builtins"; }
  [[noreturn]] virtual void raise() {
    capture_traceback();
    detail::g_in_flight = this;
    throw this;
  }
  Str py_str() override;   // '' / str(arg) / repr(args tuple)
  Str py_repr() override;  // Name(args...)
  const ExcArgs& args() const { return args_; }
  // BaseException.__init__(*args), called by a subclass's __init__.
  void set_args(const ExcArgs& args) { args_ = args; }

  BaseException* cause = nullptr;
  BaseException* context = nullptr;
  bool suppress_context = false;
  TraceEntry* traceback = nullptr;  // outermost frame first (traceback.h)

  // Called by raise(): the running calls become the traceback, unless the
  // exception already has one (a handler re-raising it).
  void capture_traceback();
  // A handler of the call at `depth` caught the exception.
  void caught_at(int depth);

 protected:
  ExcArgs args_;
};

#define KRAIT_BUILTIN_EXCEPTION(Name, Base) \
  struct Name : Base {                      \
    KRAIT_EXCEPTION_BODY(Name, Base)        \
  };

KRAIT_BUILTIN_EXCEPTION(Exception, BaseException)
KRAIT_BUILTIN_EXCEPTION(KeyboardInterrupt, BaseException)
KRAIT_BUILTIN_EXCEPTION(ArithmeticError, Exception)
KRAIT_BUILTIN_EXCEPTION(ZeroDivisionError, ArithmeticError)
KRAIT_BUILTIN_EXCEPTION(OverflowError, ArithmeticError)
KRAIT_BUILTIN_EXCEPTION(AssertionError, Exception)
KRAIT_BUILTIN_EXCEPTION(AttributeError, Exception)
KRAIT_BUILTIN_EXCEPTION(EOFError, Exception)
KRAIT_BUILTIN_EXCEPTION(LookupError, Exception)
KRAIT_BUILTIN_EXCEPTION(IndexError, LookupError)
KRAIT_BUILTIN_EXCEPTION(MemoryError, Exception)
KRAIT_BUILTIN_EXCEPTION(NameError, Exception)
KRAIT_BUILTIN_EXCEPTION(OSError, Exception)
KRAIT_BUILTIN_EXCEPTION(FileNotFoundError, OSError)
KRAIT_BUILTIN_EXCEPTION(FileExistsError, OSError)
KRAIT_BUILTIN_EXCEPTION(PermissionError, OSError)
KRAIT_BUILTIN_EXCEPTION(IsADirectoryError, OSError)
KRAIT_BUILTIN_EXCEPTION(NotADirectoryError, OSError)
KRAIT_BUILTIN_EXCEPTION(ConnectionError, OSError)
KRAIT_BUILTIN_EXCEPTION(BrokenPipeError, ConnectionError)
KRAIT_BUILTIN_EXCEPTION(ConnectionAbortedError, ConnectionError)
KRAIT_BUILTIN_EXCEPTION(ConnectionRefusedError, ConnectionError)
KRAIT_BUILTIN_EXCEPTION(ConnectionResetError, ConnectionError)
KRAIT_BUILTIN_EXCEPTION(RuntimeError, Exception)
KRAIT_BUILTIN_EXCEPTION(NotImplementedError, RuntimeError)
KRAIT_BUILTIN_EXCEPTION(RecursionError, RuntimeError)
KRAIT_BUILTIN_EXCEPTION(StopIteration, Exception)
KRAIT_BUILTIN_EXCEPTION(TypeError, Exception)
KRAIT_BUILTIN_EXCEPTION(ValueError, Exception)
KRAIT_BUILTIN_EXCEPTION(UnicodeError, ValueError)
KRAIT_BUILTIN_EXCEPTION(UnicodeDecodeError, UnicodeError)
KRAIT_BUILTIN_EXCEPTION(UnicodeEncodeError, UnicodeError)

// SystemExit carries the process exit status and, from sys.exit("text"),
// a message for stderr. Build it with sys_module.h's make_system_exit.
struct SystemExit : BaseException {
  KRAIT_EXCEPTION_BODY(SystemExit, BaseException)
  int64_t code = 0;
  Str message;  // printed to stderr when not None
};

// KeyError's str() is the repr of its key.
struct KeyError : LookupError {
  KRAIT_EXCEPTION_BODY(KeyError, LookupError)
  Str py_str() override;
};

#undef KRAIT_BUILTIN_EXCEPTION

[[noreturn]] inline void raise(BaseException* e) {
  e->raise();
  __builtin_unreachable();  // raise() always throws; GCC cannot see that through a virtual call
}
// raise e from cause (cause may be null: `raise e from None`).
[[noreturn]] void raise_from(BaseException* e, BaseException* cause);

// `e` is raised while `handled` is being handled (never its own context).
inline void set_context(BaseException* e, BaseException* handled) {
  if (e != handled) e->context = handled;
}

// "Name: message" or "Name" as the last line of a traceback prints it.
Str exception_summary(BaseException* e);

template <class E>
[[noreturn]] void raise_new(const char* message) {
  raise(gc_new<E>(message));
}

[[noreturn]] void raise_index_error(const char* message, const TraceSite* site = nullptr);
[[noreturn]] void raise_value_error(const char* message);
[[noreturn]] void raise_value_error(Str message);
[[noreturn]] void raise_type_error(Str message);
[[noreturn]] void raise_overflow_error(const char* message);
[[noreturn]] void raise_zero_division(const char* message, const TraceSite* site = nullptr);
[[noreturn]] void raise_runtime_error(const char* message);
// AttributeError: 'NoneType' object has no attribute '<attribute>'
[[noreturn]] void raise_none_attribute(const char* attribute, const TraceSite* site);
// `object`, or the AttributeError CPython raises for `None.attribute`.
template <class T>
T* not_none(T* object, const char* attribute, const TraceSite* site = nullptr) {
  if (object == nullptr) [[unlikely]]
    raise_none_attribute(attribute, site);
  return object;
}
// `container`, or CPython's TypeError for None[i] ("'NoneType' object is
// not subscriptable", "... does not support item assignment", ...).
[[noreturn]] void raise_none_subscript(const char* message, const TraceSite* site);
template <class T>
T* subscript_not_none(T* container, const char* message, const TraceSite* site = nullptr) {
  if (container == nullptr) [[unlikely]]
    raise_none_subscript(message, site);
  return container;
}
// OverflowError: integer overflow
[[noreturn]] void raise_int_overflow(const TraceSite* site = nullptr);

}  // namespace krait::rt
