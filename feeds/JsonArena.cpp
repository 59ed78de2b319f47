#include "feeds/JsonArena.h"

#include <algorithm>

namespace landslide {

namespace {
thread_local JsonArena* tlCurrent = nullptr;
constexpr std::size_t kFirstBlock = 256u << 10; // grows by doubling up to kLargestBlock
constexpr std::size_t kLargestBlock = 16u << 20;
} // namespace

JsonArena* JsonArena::current() { return tlCurrent; }

JsonArena::Scope::Scope(JsonArena& arena) : previous_(tlCurrent) { tlCurrent = &arena; }
JsonArena::Scope::~Scope() { tlCurrent = previous_; }

void* JsonArena::allocate(std::size_t bytes, std::size_t align) {
  void* at = next_;
  std::size_t space = std::size_t(end_ - next_);
  if (!next_ || !std::align(align, bytes, at, space)) {
    const std::size_t grown = blocks_.empty() ? kFirstBlock : std::min(kLargestBlock, reserved_);
    const std::size_t size = std::max(grown, bytes + align);
    blocks_.push_back(std::make_unique_for_overwrite<std::byte[]>(size));
    reserved_ += size;
    at = blocks_.back().get();
    space = size;
    end_ = blocks_.back().get() + size;
    std::align(align, bytes, at, space); // fits: the block has room for the padding
  }
  next_ = static_cast<std::byte*>(at) + bytes;
  return at;
}

} // namespace landslide
