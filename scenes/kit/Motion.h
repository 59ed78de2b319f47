#pragma once
// Motion: every moving thing in a scene is an eased progress computed from the frame and
// the layer's timing (TAKE, NEXT, OUT, data update), never from state kept between frames.
#include "Scene.h"

namespace landslide {

class Motion {
public:
  explicit Motion(const SceneInput& in);

  // Entrance of a part that starts `delay` seconds after TAKE; `seconds` < 0 means the
  // theme's entrance duration. 0 before it starts, 1 once it is in.
  float enter(double delay = 0, double seconds = -1) const;
  // Exit progress after OUT (0 while on air, 1 once gone).
  float exit(double delay = 0, double seconds = -1) const;
  // Progress from the previous data revision to the current one (1 when there is none).
  float update(double delay = 0) const;
  bool hasUpdate() const { return in_.previous != nullptr && in_.timing.dataFrame > in_.timing.takeFrame; }
  // Progress of the change to the current page (1 on the first page, never turned).
  float page(double delay = 0, double seconds = -1) const;
  bool pageTurned() const { return in_.timing.page > 0; }

  double sinceTake() const { return in_.sinceTake(); }
  double sincePage() const { return in_.secondsSince(in_.timing.pageFrame); }
  double sinceData() const { return in_.secondsSince(in_.timing.dataFrame); }
  bool out() const { return in_.timing.outFrame.has_value(); }

  // True while a window of `seconds` after an event is still open (with one frame spare,
  // so the frame that lands exactly on the end is drawn too).
  bool within(double since, double seconds) const;
  // The usual answer to Scene::animating: entrance, update, page turn or exit under way.
  bool busy(double entranceSeconds, double pageSeconds, double exitSeconds) const;

private:
  const SceneInput& in_;
  const Theme& theme_;
};

} // namespace landslide
