#pragma once
// A test-only scene that draws part of a graphic and then fails, the way a scene meeting
// options it did not expect would: shapes and text first, then clip scopes, then a throw.
// How it fails is set from the test (the scene itself stays a const function).
#include "Scene.h"

#include <memory>
#include <stdexcept>

namespace landslide::test {

enum class Failure {
  None,        // draws cleanly
  AfterShapes, // shapes and text, then throws
  InsideClip,  // throws from inside two nested clip scopes
  AfterClip,   // a clip scope opened and closed (merging commands back), then throws
  NotStd,      // throws something that is not a std::exception
};

class ThrowingScene final : public Scene {
public:
  explicit ThrowingScene(std::shared_ptr<Failure> mode) : mode_(std::move(mode)) {}
  std::string_view name() const override { return "test-throws"; }
  std::string_view description() const override { return "test only: draws, then throws"; }
  void draw(const SceneInput&, Canvas& c) const override {
    c.fillRect({100, 100, 400, 200}, {0.2f, 0.4f, 0.8f, 1}, 8);
    c.text(FontRole::Title, "HALF DRAWN 123", {120, 180}, {1, 1, 1, 1});
    c.setTabularDigits(false);
    switch (*mode_) {
    case Failure::None: break;
    case Failure::AfterShapes: throw std::runtime_error("options.topN: expected a number");
    case Failure::InsideClip: {
      Canvas::ClipScope outer(c, {100, 100, 300, 100});
      c.fillCircle({200, 150}, 40, {1, 0, 0, 1});
      Canvas::ClipScope inner(c, {120, 120, 50, 50});
      c.line({100, 100}, {400, 200}, 6, {0, 1, 0, 1});
      throw std::out_of_range("row 7 of 3");
    }
    case Failure::AfterClip: {
      {
        Canvas::ClipScope clip(c, {50, 50, 100, 100});
        c.fillRect({60, 60, 20, 20}, {1, 1, 0, 1});
      }
      c.fillRect({300, 300, 20, 20}, {1, 0, 1, 1});
      throw std::logic_error("assertion failed: rows <= kMaxRows");
    }
    case Failure::NotStd: throw 42;
    }
    c.setTabularDigits(true);
  }
  bool animating(const SceneInput&) const override { return false; }

private:
  std::shared_ptr<Failure> mode_;
};

} // namespace landslide::test
