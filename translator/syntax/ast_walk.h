// Pre-order walks over the AST.
//
// Contract: for_each_node(root, f) calls f(const Node&) on root and then on
// every node below it, children in CPython's field order (visit_fields).
// It reaches every node kind, nested scopes included; callers filter by
// `node.kind`.
#pragma once

#include <type_traits>

#include "translator/syntax/ast.h"

namespace krait::syntax::ast {

template <class F>
void for_each_node(const Node& root, F&& f);

namespace walk_detail {

template <class T>
struct IsNodeSpan : std::false_type {};
template <class T>
struct IsNodeSpan<Span<T*>> : std::bool_constant<std::is_base_of_v<Node, T>> {};

template <class F>
struct ChildVisitor {
  F& f;
  template <class T>
  void operator()(const char*, const T& field) {
    if constexpr (std::is_pointer_v<T> && std::is_base_of_v<Node, std::remove_pointer_t<T>>) {
      if (field) for_each_node(*field, f);
    } else if constexpr (IsNodeSpan<T>::value) {
      for (const Node* child : field) {
        if (child) for_each_node(*child, f);
      }
    }
  }
  void null(const char*) {}
  void kind(const char*, bool) {}
  void type_ignores() {}
};

}  // namespace walk_detail

template <class F>
void for_each_node(const Node& root, F&& f) {
  f(root);
  walk_detail::ChildVisitor<std::remove_reference_t<F>> children{f};
  visit_node(root, [&](const auto& typed) { typed.visit_fields(children); });
}

}  // namespace krait::syntax::ast
