// printf-style `fmt % args`, as CPython's str.__mod__ does it.
//
// Conversions s r a d i u x X o e E f F g G c %, flags `- + space # 0`,
// width and precision (each may be `*`, taken from the arguments), length
// modifiers h l L (ignored, as in CPython). Type errors and argument-count
// errors raise TypeError with CPython's messages ("%d format: a real number
// is required, not str", "not enough arguments for format string", "not all
// arguments converted during string formatting"). A single non-tuple right
// operand is a one-element argument list. With a dict right operand,
// `%(key)s` formats the dict's value for key (KeyError when missing).
#pragma once

#include <functional>
#include <initializer_list>

#include "runtime/dict.h"
#include "runtime/fmt_arg.h"
#include "runtime/str.h"

namespace krait::rt {

Str percent_format(Str fmt, std::initializer_list<FmtArg> args);
Str percent_format_mapping(Str fmt, const std::function<FmtArg(Str)>& lookup);

template <class V>
Str percent_format(Str fmt, const Dict<Str, V>* mapping) {
  return percent_format_mapping(fmt,
                                [mapping](Str key) { return fmt_arg(mapping->get_item(key)); });
}

}  // namespace krait::rt
