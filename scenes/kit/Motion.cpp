#include "Motion.h"

namespace landslide {

Motion::Motion(const SceneInput& in) : in_(in), theme_(*in.theme) {}

float Motion::enter(double delay, double seconds) const {
  const Animation& a = theme_.entrance;
  return a.easing(progress(sinceTake(), delay, seconds < 0 ? a.seconds : seconds));
}

float Motion::exit(double delay, double seconds) const {
  if (!out()) return 0;
  const Animation& a = theme_.exit;
  return a.easing(progress(in_.sinceOut(), delay, seconds < 0 ? a.seconds : seconds));
}

float Motion::update(double delay) const {
  if (!hasUpdate()) return 1;
  const Animation& a = theme_.update;
  return a.easing(progress(sinceData(), delay, a.seconds));
}

float Motion::page(double delay, double seconds) const {
  if (!pageTurned()) return 1;
  const Animation& a = theme_.page;
  return a.easing(progress(sincePage(), delay, seconds < 0 ? a.seconds : seconds));
}

bool Motion::within(double since, double seconds) const {
  return since >= -in_.rate.secondsAt(1) && since <= seconds + in_.rate.secondsAt(1);
}

bool Motion::busy(double entranceSeconds, double pageSeconds, double exitSeconds) const {
  if (out()) return within(in_.sinceOut(), exitSeconds);
  if (within(sinceTake(), entranceSeconds)) return true;
  if (pageTurned() && within(sincePage(), pageSeconds)) return true;
  return hasUpdate() && within(sinceData(), theme_.update.seconds);
}

} // namespace landslide
