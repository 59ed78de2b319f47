#pragma once
// The feed command-line tools: `feed check`, `feed derive` and
// `import commons-library`. Each callback sets exitCode (0 ok, 1 bad input, 2 I/O).

#include "feeds/CommonsLibrary.h"

#include <optional>
#include <string>

namespace CLI {
class App;
}

namespace landslide {

void addFeedCommands(CLI::App& app, int& exitCode);

// The Library CSVs that `import commons-library` reads, for other commands that import
// the same way (`rehearse`).
struct LibraryFiles {
  std::string candidacies, constituencies, previousCandidacies, previousConstituencies, notional;
};
// --candidacies, --constituencies (required), --previous-candidacies | --notional,
// --previous-constituencies.
void addLibraryFileOptions(CLI::App& cmd, LibraryFiles& files);
// Reads the files (each within the CSV size limit) and imports them; nullopt with a
// one-line error when a file cannot be read.
std::optional<ImportResult> importLibraryFiles(const LibraryFiles& files, const CommonsLibraryOptions& options,
                                               std::string& error);

} // namespace landslide
