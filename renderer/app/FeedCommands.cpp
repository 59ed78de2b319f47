#include "FeedCommands.h"

#include "feeds/CommonsLibrary.h"
#include "feeds/Continuity.h"
#include "feeds/DeriveJson.h"
#include "feeds/FeedWriter.h"
#include "feeds/ParseFeed.h"
#include "feeds/base/Files.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace landslide {

namespace {

constexpr std::size_t kMaxCsvBytes = 256u << 20;

// "-" is stdout; a file is replaced atomically, so a watcher never sees half a feed.
Expected<void> writeOutput(const std::string& path, const std::string& text) {
  if (path == "-") {
    std::cout << text;
    if (!std::cout) return Problem::error("(stdout)", "", "cannot write", "write-failed");
    return {};
  }
  return files::writeFileAtomically(path, text);
}

void printProblems(const FeedErrors& problems) {
  for (const auto& p : problems) std::cerr << p.toString() << "\n";
}

nlohmann::json problemsJson(const FeedErrors& problems) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& p : problems)
    out.push_back({{"file", p.file},
                   {"path", p.path},
                   {"reason", p.reason},
                   {"severity", p.isError() ? "error" : "warning"},
                   {"rule", p.rule}});
  return out;
}

struct CheckArgs {
  std::vector<std::string> files;
  bool json = false;
};

// Checks each file in turn: exit 1 if any is invalid. With --json, one array of every
// error and warning of every file, each naming its file.
void runCheck(const CheckArgs& args, int& exitCode) {
  exitCode = 0;
  FeedErrors all;
  for (const auto& file : args.files) {
    auto bytes = files::readFile(file, JsonLimits{}.maxBytes);
    if (!bytes) {
      // An oversized or unreadable file is an invalid feed, reported like any other error.
      exitCode = 1;
      if (args.json) {
        Problem p = bytes.problem();
        p.rule = "io"; // the --json contract: every file problem is "io"
        all.push_back(std::move(p));
      } else {
        std::cerr << bytes.error() << "\n";
      }
      continue;
    }
    const ParseResult result = parseFeed(*bytes, file);
    if (!result.ok()) exitCode = 1;
    if (args.json) {
      all.insert(all.end(), result.errors.begin(), result.errors.end());
      all.insert(all.end(), result.warnings.begin(), result.warnings.end());
      continue;
    }
    printProblems(result.errors);
    printProblems(result.warnings);
    if (result.ok())
      std::cout << file << ": valid, " << result.snapshot->election().contests.size() << " contest(s), "
                << result.warnings.size() << " warning(s)\n";
  }
  if (args.json) std::cout << problemsJson(all).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

struct DeriveArgs {
  std::string file;
  std::string contest;
  std::string challenger, defender; // the battleground's parties
  std::size_t latest = 20;
};

void runDerive(const DeriveArgs& args, int& exitCode) {
  auto bytes = files::readFile(args.file, JsonLimits{}.maxBytes);
  if (!bytes) {
    std::cerr << bytes.error() << "\n";
    exitCode = 1;
    return;
  }
  const ParseResult result = parseFeed(*bytes, args.file);
  printProblems(result.errors);
  printProblems(result.warnings);
  if (!result.ok()) {
    exitCode = 1;
    return;
  }
  if (!args.contest.empty() && !result.snapshot->findContest(args.contest)) {
    std::cerr << args.file << ": (document): no contest with id \"" << args.contest << "\"\n";
    exitCode = 1;
    return;
  }
  const ResultsSnapshot& snap = *result.snapshot;
  DeriveJsonOptions options{args.challenger, args.defender, args.latest};
  if (!options.challenger.empty() && !options.defender.empty() &&
      snap.canonicalParty(options.challenger) == snap.canonicalParty(options.defender)) {
    std::cerr << args.file << ": (document): the challenger and the defender are the same party ("
              << snap.canonicalParty(options.challenger) << ")\n";
    exitCode = 1;
    return;
  }
  for (const std::string* code : {&options.challenger, &options.defender})
    if (!code->empty() && !snap.parties().inFeed(*code) && snap.partyName(*code) == *code)
      std::cerr << args.file << ": (document): warning: party code \"" << *code
                << "\" is not in the party table: the battleground may be empty\n";
  std::cout << deriveJson(snap, args.contest.empty() ? std::nullopt : std::optional<std::string_view>(args.contest),
                          options);
  exitCode = 0;
}

struct ImportArgs {
  LibraryFiles files;
  std::vector<std::string> only;
  std::string name = "Election results", date, previousLabel = "previous", out;
  bool allowUnknownSeats = false;
};

void runImport(const ImportArgs& args, int& exitCode) {
  CommonsLibraryOptions options{args.name, args.date, args.previousLabel, args.only, args.allowUnknownSeats};
  const Expected<Imported> imported = importLibraryFiles(args.files, options);
  if (!imported) {
    std::cerr << imported.error() << "\n";
    exitCode = isReadProblem(imported.problem()) ? 2 : 1;
    return;
  }
  printProblems(imported->warnings);
  const std::string text = writeFeed(imported->election);
  // The importer's output must itself be a valid feed; check before writing it.
  const ParseResult check = parseFeed(text, args.out);
  printProblems(check.errors);
  printProblems(check.warnings);
  if (!check.ok()) {
    exitCode = 1;
    return;
  }
  if (auto written = writeOutput(args.out, text); !written) {
    std::cerr << written.error() << "\n";
    exitCode = 2;
    return;
  }
  exitCode = 0;
}

} // namespace

bool isReadProblem(const Problem& p) {
  return p.rule == "missing" || p.rule == "not-regular" || p.rule == "too-large" || p.rule == "read-failed";
}

Expected<Imported> importLibraryFiles(const LibraryFiles& files, const CommonsLibraryOptions& options) {
  CommonsLibraryInput in;
  std::optional<Problem> failed;
  auto load = [&](const std::string& path) -> std::optional<CsvInput> {
    if (path.empty() || failed) return std::nullopt;
    auto bytes = files::readFile(path, kMaxCsvBytes);
    if (!bytes) {
      failed = bytes.problem();
      return std::nullopt;
    }
    return CsvInput{path, std::move(*bytes)};
  };
  auto cand = load(files.candidacies);
  auto cons = load(files.constituencies);
  in.previousCandidacies = load(files.previousCandidacies);
  in.previousConstituencies = load(files.previousConstituencies);
  in.notional = load(files.notional);
  if (failed) return *failed;
  if (!cand || !cons) return Problem::error("", "", "give --candidacies and --constituencies", "usage");
  in.candidacies = std::move(*cand);
  in.constituencies = std::move(*cons);
  return importCommonsLibrary(in, options, builtinContinuity());
}

void addLibraryFileOptions(CLI::App& cmd, LibraryFiles& files) {
  cmd.add_option("--candidacies", files.candidacies, "candidacies CSV (one row per candidate)")->required();
  cmd.add_option("--constituencies", files.constituencies, "constituencies CSV (one row per seat)")->required();
  auto* prevCand =
      cmd.add_option("--previous-candidacies", files.previousCandidacies, "previous election's candidacies CSV");
  cmd.add_option("--previous-constituencies", files.previousConstituencies,
                 "previous election's constituencies CSV (electorate, rejected ballots)");
  auto* notional = cmd.add_option("--notional", files.notional, "notional previous results CSV (new boundaries)");
  notional->excludes(prevCand);
}

void addFeedCommands(CLI::App& app, int& exitCode) {
  auto* feed = app.add_subcommand("feed", "Check results feeds and print their derived figures");
  feed->require_subcommand(1);

  auto check = std::make_shared<CheckArgs>();
  auto* checkCmd = feed->add_subcommand("check", "Validate feeds: any error exits 1, warnings are printed");
  checkCmd->add_option("FILE", check->files, "Feed JSON file(s)")->required();
  checkCmd->add_flag("--json", check->json, "Print every error and warning as JSON on stdout");
  checkCmd->callback([check, &exitCode] { runCheck(*check, exitCode); });

  auto derive = std::make_shared<DeriveArgs>();
  auto* deriveCmd = feed->add_subcommand("derive", "Print the figures derived from a feed's counts as JSON");
  deriveCmd->add_option("FILE", derive->file, "Feed JSON file")->required();
  deriveCmd->add_option("--contest", derive->contest, "Only this contest id (e.g. E14000813)");
  deriveCmd->add_option("--challenger", derive->challenger,
                        "Battleground challenger party code (default: the second-largest previous party)");
  deriveCmd->add_option("--defender", derive->defender,
                        "Battleground defender party code (default: the largest previous party)");
  deriveCmd->add_option("--latest", derive->latest, "How many ids latest_declared lists (default 20)")
      ->check(CLI::Range(0, 650000));
  deriveCmd->callback([derive, &exitCode] { runDerive(*derive, exitCode); });

  auto* import = app.add_subcommand("import", "Make feeds from published results");
  import->require_subcommand(1);
  auto lib = std::make_shared<ImportArgs>();
  auto* libCmd = import->add_subcommand("commons-library", "House of Commons Library CSVs -> feed (counts only)");
  addLibraryFileOptions(*libCmd, lib->files);
  libCmd->add_option("--only", lib->only, "import only these ONS ids (repeatable)");
  libCmd->add_option("--name", lib->name, "election name");
  libCmd->add_option("--date", lib->date, "election date, YYYY-MM-DD");
  libCmd->add_option("--previous-label", lib->previousLabel, "label of the previous result, e.g. 2019");
  libCmd->add_option("--out", lib->out, "feed file to write (- for stdout)")->required();
  libCmd->add_flag("--allow-unknown-seats", lib->allowUnknownSeats,
                   "leave out, with a warning, candidacies for seats not in the constituencies file (default: "
                   "refuse the import)");
  libCmd->callback([lib, &exitCode] { runImport(*lib, exitCode); });
}

} // namespace landslide
