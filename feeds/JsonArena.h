#pragma once
// JsonArena: bump allocation for the feed parser's JSON document. A 650-seat feed is
// ~100,000 small nodes; allocating each from malloc and freeing each again cost about
// a third of parse + validate + derive. Inside a JsonArena::Scope, FeedJson takes its
// nodes from the arena and frees nothing; the arena releases everything at once.
//
// The rule that keeps this safe: a FeedJson lives and dies inside one Scope on one
// thread (parseFeed is the only user). Strings' text still comes from malloc.

#include "feeds/JsonReader.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace landslide {

class JsonArena {
public:
  JsonArena() = default;
  JsonArena(const JsonArena&) = delete;
  JsonArena& operator=(const JsonArena&) = delete;

  void* allocate(std::size_t bytes, std::size_t align);
  std::size_t bytesReserved() const { return reserved_; }

  // Makes the arena the current thread's FeedJson allocator until destroyed.
  class Scope {
  public:
    explicit Scope(JsonArena& arena);
    ~Scope();
    Scope(const Scope&) = delete;
    Scope& operator=(const Scope&) = delete;

  private:
    JsonArena* previous_;
  };
  static JsonArena* current();

private:
  std::vector<std::unique_ptr<std::byte[]>> blocks_;
  std::byte* next_ = nullptr;
  std::byte* end_ = nullptr;
  std::size_t reserved_ = 0;
};

// Allocates from the current thread's arena, or from the heap when there is none.
template <class T>
struct FeedAllocator {
  using value_type = T;
  FeedAllocator() noexcept = default;
  template <class U>
  FeedAllocator(const FeedAllocator<U>&) noexcept {}
  T* allocate(std::size_t n) {
    if (JsonArena* arena = JsonArena::current()) return static_cast<T*>(arena->allocate(n * sizeof(T), alignof(T)));
    return std::allocator<T>{}.allocate(n);
  }
  void deallocate(T* p, std::size_t n) noexcept {
    if (!JsonArena::current()) std::allocator<T>{}.deallocate(p, n); // an arena frees all at once
  }
  template <class U>
  bool operator==(const FeedAllocator<U>&) const noexcept {
    return true;
  }
};

// The feed parser's document type: nlohmann::json with arena-allocated nodes.
using FeedJson =
    nlohmann::basic_json<std::map, std::vector, std::string, bool, std::int64_t, std::uint64_t, double, FeedAllocator>;

struct FeedJsonReadResult {
  FeedJson value;      // valid only when no error was reported
  FeedErrors problems; // as readJson's
  bool ok() const { return !hasErrors(problems); }
};

// readJson's checks and messages, into a FeedJson: call it, use the result and let it
// go inside one JsonArena::Scope (parseFeed does).
FeedJsonReadResult readFeedJson(std::string_view bytes, std::string_view file, const JsonLimits& limits = {});

} // namespace landslide
