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
// Reads the files (each within the CSV size limit) and imports them. A file that cannot
// be read is a Problem with files::readFile's rule ("missing", "too-large", ...).
Expected<Imported> importLibraryFiles(const LibraryFiles& files, const CommonsLibraryOptions& options);
// A file that could not be read (exit 2), not one that was read and refused (exit 1).
bool isReadProblem(const Problem& p);

} // namespace landslide
