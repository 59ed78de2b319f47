#include "feeds/rehearsal/AtomicFile.h"

#include "feeds/base/Files.h"

namespace landslide::rehearsal {

bool writeFileAtomically(const std::string& path, const std::string& text, std::string& error) {
  const auto written = files::writeFileAtomically(path, text);
  if (!written) error = written.problem().reason;
  return written.ok();
}

} // namespace landslide::rehearsal
