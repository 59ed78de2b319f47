#pragma once
// How vote-bars' rows move between data revisions, shared by the wide rows and the
// stacked rows of vertical and square pictures.
#include "VoteBarsLayout.h"

#include <algorithm>
#include <vector>

namespace landslide::votebars {

inline float mix(float a, float b, float t) { return a + (b - a) * t; }

// A row the plate's edge is about to cut fades first, so the fold never slices text.
inline float beforeFold(const VoteBarsPaint& p, float top, float h) {
  float visible = (p.foldEdge - top) / h;
  return std::clamp((visible - 0.35f) / 0.65f, 0.0f, 1.0f);
}

// A row's place and opacity while the data moves from one table to the next.
template <class Row>
struct Tween {
  const Row* from = nullptr;
  const Row* to = nullptr;
  float fromIndex = 0, toIndex = 0;
};

template <class Row>
std::vector<Tween<Row>> pairRows(const std::vector<Row>& from, const std::vector<Row>& to) {
  std::vector<Tween<Row>> out;
  for (size_t j = 0; j < to.size(); ++j) {
    Tween<Row> t{nullptr, &to[j], float(j), float(j)};
    for (size_t i = 0; i < from.size(); ++i)
      if (from[i].key == to[j].key) t.from = &from[i], t.fromIndex = float(i);
    out.push_back(t);
  }
  for (size_t i = 0; i < from.size(); ++i) {
    bool kept = std::any_of(to.begin(), to.end(), [&](const Row& r) { return r.key == from[i].key; });
    if (!kept) out.push_back({&from[i], nullptr, float(i), float(i)});
  }
  return out;
}

// Where a row stands at this moment of an update and of the entrance: its (fractional)
// place, how far its bar has grown, its opacity (before the fold), and how present it is
// in the update (1 while in both tables; entering or leaving: 0..1).
struct RowMotion {
  float index, grow, shown, presence;
};
template <class Row>
RowMotion rowMotion(const Tween<Row>& t, bool tween, float update, double since, float alpha, const Theme& theme) {
  const double E = theme.entrance.seconds;
  const bool both = t.from && t.to;
  float presence = both ? 1.0f : t.to ? (tween ? update : 1.0f) : 1 - update;
  float index = both ? mix(t.fromIndex, t.toIndex, update) : t.to ? t.toIndex : t.fromIndex;
  double start = rowDelay(theme, 0, size_t(t.toIndex));
  float grow = theme.entrance.easing(progress(since, start, E));
  float shown = theme.entrance.easing(progress(since, start, 0.5 * E)) * alpha * presence;
  return {index, grow, shown, presence};
}

// Rows rising past others are drawn last, so they pass in front.
template <class Row>
void risingLast(std::vector<Tween<Row>>& tweens) {
  std::stable_sort(tweens.begin(), tweens.end(), [](const Tween<Row>& a, const Tween<Row>& b) {
    return (a.toIndex - a.fromIndex) > (b.toIndex - b.fromIndex);
  });
}

} // namespace landslide::votebars
