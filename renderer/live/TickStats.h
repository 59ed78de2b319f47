#pragma once
// What the render thread's ticks cost, over the last few hundred: drawing the program
// (scene, post pass, read-back) and the frame hook (the console's monitors and program
// windows). A tick longer than the frame period is what makes the next ones drop.
#include <array>
#include <cstddef>

namespace landslide {

struct TickSummary {
  double drawMedianMs = 0, drawP99Ms = 0; // renderFrame: issuing the draw (a GPU runs it later)
  double hookMedianMs = 0, hookP99Ms = 0; // frame hook (0 without one): where a swap waits for the GPU
  size_t samples = 0;
};

class TickStats {
public:
  void add(double drawMs, double hookMs);
  TickSummary summary() const;

private:
  static constexpr size_t kWindow = 500;
  std::array<double, kWindow> draw_{}, hook_{};
  size_t count_ = 0;
};

} // namespace landslide
