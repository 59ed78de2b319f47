#pragma once
// Expected<T>: a value, or the Problem that stopped it. Every fallible function returns
// one (Expected<void> when there is no value), in place of result structs with an ok flag
// and `std::string& error` out-parameters.

#include "feeds/base/Problem.h"

#include <cassert>
#include <optional>
#include <utility>
#include <variant>

namespace landslide {

template <class T>
class [[nodiscard]] Expected {
public:
  Expected(T value) : v_(std::in_place_index<0>, std::move(value)) {}
  Expected(Problem problem) : v_(std::in_place_index<1>, std::move(problem)) {}

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & {
    assert(ok());
    return std::get<0>(v_);
  }
  const T& value() const& {
    assert(ok());
    return std::get<0>(v_);
  }
  T&& value() && {
    assert(ok());
    return std::get<0>(std::move(v_));
  }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  const Problem& problem() const {
    assert(!ok());
    return std::get<1>(v_);
  }
  // The problem's one-line text, or "" when there is a value.
  std::string error() const { return ok() ? std::string() : problem().toString(); }

private:
  std::variant<T, Problem> v_;
};

template <>
class [[nodiscard]] Expected<void> {
public:
  Expected() = default;
  Expected(Problem problem) : problem_(std::move(problem)) {}

  bool ok() const { return !problem_.has_value(); }
  explicit operator bool() const { return ok(); }
  const Problem& problem() const {
    assert(!ok());
    return *problem_;
  }
  std::string error() const { return ok() ? std::string() : problem_->toString(); }

private:
  std::optional<Problem> problem_;
};

} // namespace landslide
