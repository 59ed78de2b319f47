#include "FeedToAir.h"

#include "feeds/base/Files.h"

namespace landslide {

namespace {
// The revision of `source` the engine has on air (0: none).
uint64_t onAirRevision(const EngineState& state, const FeedSource& source) {
  return state.data && state.data->sourceName() == source.name() ? state.data->sourceRevision() : 0;
}
} // namespace

std::optional<FeedToAir> measureFeedToAir(const LiveEngine& engine, const FeedSource& source,
                                          const std::filesystem::path& file, const std::string& document,
                                          std::chrono::milliseconds timeout) {
  using Clock = std::chrono::steady_clock;
  const std::filesystem::path part = file.string() + ".landing";
  if (!files::writeFileAtomically(part.string(), document)) return std::nullopt;
  auto before = engine.published().read();
  const uint64_t revision = onAirRevision(*before.value, source);
  const int64_t frame = before.value->frame; // the newest frame drawn before the file lands
  const auto start = Clock::now();
  std::error_code ec;
  std::filesystem::rename(part, file, ec);
  if (ec) return std::nullopt;
  const auto until = start + timeout;
  for (auto read = before; Clock::now() < until;) {
    read = engine.published().waitNewer(read.version,
                                        std::chrono::duration_cast<std::chrono::milliseconds>(until - Clock::now()));
    if (read.value && onAirRevision(*read.value, source) > revision)
      return FeedToAir{read.value->frame - frame,
                       std::chrono::duration<double, std::milli>(Clock::now() - start).count()};
  }
  return std::nullopt;
}

} // namespace landslide
