#pragma once
// A scene is a pure function of (results, previous results, theme, frame, layer timing):
// no wall clock, no statics, no I/O, no state carried between frames. Any frame can be
// drawn directly, so live output and an offline render of the same timeline match.
#include "FrameRate.h"
#include "SceneOptions.h"
#include "Theme.h"
#include "canvas/Canvas.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace landslide {

class ResultsSnapshot;

// When things happened on a layer, in channel frames.
struct LayerTiming {
  int64_t takeFrame = 0;           // TAKE: the entrance starts
  std::optional<int64_t> outFrame; // OUT: the exit starts
  int page = 0;                    // current page (NEXT advances it)
  int64_t pageFrame = 0;           // when the current page began
  int64_t dataFrame = 0;           // when the current data revision arrived
};

struct SceneInput {
  const ResultsSnapshot* results = nullptr;  // current data (may be null: no feed yet)
  const ResultsSnapshot* previous = nullptr; // data before the last update, to animate from
  std::string contest;                       // contest id the layer is bound to
  const Theme* theme = nullptr;
  SceneOptionsPtr options; // the layer's options as the scene parsed them (null: the defaults)
  int64_t frame = 0;
  FrameRate rate;
  LayerTiming timing;

  double secondsSince(int64_t eventFrame) const { return rate.secondsAt(frame - eventFrame); }
  double sinceTake() const { return secondsSince(timing.takeFrame); }
  double sinceOut() const { return timing.outFrame ? secondsSince(*timing.outFrame) : -1.0; }
};

class Scene {
public:
  virtual ~Scene() = default;
  virtual std::string_view name() const = 0;
  virtual std::string_view description() const = 0;
  virtual int pageCount() const { return 1; }
  // True when the scene shows the one contest its layer is bound to: taking it for a
  // contest the feed does not have is refused (it would be on air drawing nothing).
  virtual bool showsOneContest() const { return false; }
  // The layer's options as this scene's own struct, parsed once when a command arrives;
  // a bad value or an unknown key is refused with its JSON Pointer. The base takes the
  // shared presentation keys only (SceneOptions).
  virtual Expected<SceneOptionsPtr> parseOptions(const nlohmann::json& options) const;
  virtual void draw(const SceneInput& input, Canvas& canvas) const = 0;
  // True while anything this scene draws still moves; a channel whose layers are all
  // still is not redrawn.
  virtual bool animating(const SceneInput& input) const = 0;
  // Seconds from OUT until the layer is empty.
  virtual double exitSeconds(const Theme& theme) const { return theme.exit.seconds; }
};

// The options a scene draws with: its own struct, or the defaults when the input has
// none (a test, a scene given another scene's options).
template <class T>
const T& optionsOf(const SceneInput& in) {
  static const T defaults; // immutable: no state is carried between frames
  const T* own = dynamic_cast<const T*>(in.options.get());
  return own ? *own : defaults;
}

class SceneRegistry {
public:
  SceneRegistry(); // registers every built-in scene
  const Scene* find(std::string_view name) const;
  void add(std::unique_ptr<Scene> scene); // tests: a scene built to fail
  const std::vector<std::unique_ptr<Scene>>& all() const { return scenes_; }

private:
  std::vector<std::unique_ptr<Scene>> scenes_;
};

} // namespace landslide
