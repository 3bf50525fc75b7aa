// Arena: the bump allocator that owns every AST node of one parse.
//
// Design: nodes are trivially destructible plain structs, so the arena never
// runs destructors; it hands out memory from 64 KiB blocks (larger requests get
// a block of their own) and frees everything at once when it dies. Lists and
// strings that end up in the tree are copied in with `copy_span` and
// `copy_string`, so the tree never points into a parser's scratch buffers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <new>
#include <string_view>
#include <type_traits>
#include <vector>

namespace krait::syntax {

// A read-only array living in an arena (or empty).
template <class T>
struct Span {
  T* data = nullptr;
  uint32_t size = 0;

  T* begin() const { return data; }
  T* end() const { return data + size; }
  T& operator[](size_t i) const { return data[i]; }
  bool empty() const { return size == 0; }
};

class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  void* allocate(size_t bytes, size_t align) {
    size_t start = (used_ + align - 1) & ~(align - 1);
    if (current_ == nullptr || start + bytes > capacity_) {
      new_block(bytes + align);
      start = (used_ + align - 1) & ~(align - 1);
    }
    used_ = start + bytes;
    return current_ + start;
  }

  template <class T, class... Args>
  T* make(Args&&... args) {
    static_assert(std::is_trivially_destructible_v<T>);
    return new (allocate(sizeof(T), alignof(T))) T{std::forward<Args>(args)...};
  }

  template <class T>
  Span<T> copy_span(const T* items, size_t count) {
    static_assert(std::is_trivially_copyable_v<T>);
    if (count == 0) return {};
    T* data = static_cast<T*>(allocate(sizeof(T) * count, alignof(T)));
    std::memcpy(static_cast<void*>(data), items, sizeof(T) * count);
    return {data, static_cast<uint32_t>(count)};
  }

  template <class T>
  Span<T> copy_span(const std::vector<T>& items, size_t from = 0) {
    return copy_span(items.data() + from, items.size() - from);
  }

  std::string_view copy_string(std::string_view text) {
    if (text.empty()) return {"", 0};
    char* data = static_cast<char*>(allocate(text.size(), 1));
    std::memcpy(data, text.data(), text.size());
    return {data, text.size()};
  }

  size_t bytes_allocated() const { return total_; }

 private:
  static constexpr size_t kBlockSize = 64 * 1024;

  void new_block(size_t at_least) {
    size_t size = at_least > kBlockSize ? at_least : kBlockSize;
    blocks_.push_back(std::make_unique<char[]>(size));
    current_ = blocks_.back().get();
    capacity_ = size;
    used_ = 0;
    total_ += size;
  }

  std::vector<std::unique_ptr<char[]>> blocks_;
  char* current_ = nullptr;
  size_t capacity_ = 0;
  size_t used_ = 0;
  size_t total_ = 0;
};

}  // namespace krait::syntax
