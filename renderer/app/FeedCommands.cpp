#include "FeedCommands.h"

#include "feeds/CommonsLibrary.h"
#include "feeds/Continuity.h"
#include "feeds/DeriveJson.h"
#include "feeds/FeedWriter.h"
#include "feeds/ParseFeed.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace landslide {

namespace {

constexpr std::uintmax_t kMaxCsvBytes = 256u << 20;

// Reads a whole file, refusing anything over maxBytes before reading it.
std::optional<std::string> readFile(const std::string& path, std::uintmax_t maxBytes, std::string& error) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) {
    error = path + ": (document): cannot read: " + ec.message();
    return std::nullopt;
  }
  if (size > maxBytes) {
    error = path + ": (document): file is " + std::to_string(size) + " bytes; the limit is " + std::to_string(maxBytes);
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in && !in.eof()) {
    error = path + ": (document): cannot read";
    return std::nullopt;
  }
  return bytes.str();
}

// Writes through a temporary file and a rename, so a watcher never sees half a feed.
bool writeAtomically(const std::string& path, const std::string& text, std::string& error) {
  if (path == "-") {
    std::cout << text;
    return static_cast<bool>(std::cout);
  }
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out.flush()) {
      error = tmp + ": cannot write";
      return false;
    }
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    error = path + ": cannot rename into place: " + ec.message();
    return false;
  }
  return true;
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
    std::string error;
    auto bytes = readFile(file, JsonLimits{}.maxBytes, error);
    if (!bytes) {
      // An oversized or unreadable file is an invalid feed, reported like any other error.
      exitCode = 1;
      if (args.json)
        all.push_back(
            FeedError{file, "", error.substr(error.find(": (document): ") + 14), FeedError::Severity::Error, "io"});
      else
        std::cerr << error << "\n";
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
  std::string error;
  auto bytes = readFile(args.file, JsonLimits{}.maxBytes, error);
  if (!bytes) {
    std::cerr << error << "\n";
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
  std::string candidacies, constituencies, previousCandidacies, previousConstituencies, notional;
  std::vector<std::string> only;
  std::string name = "Election results", date, previousLabel = "previous", out;
};

std::optional<CsvInput> csvInput(const std::string& path, std::string& error) {
  if (path.empty()) return std::nullopt;
  auto bytes = readFile(path, kMaxCsvBytes, error);
  if (!bytes) return std::nullopt;
  return CsvInput{path, std::move(*bytes)};
}

void runImport(const ImportArgs& args, int& exitCode) {
  std::string error;
  CommonsLibraryInput in;
  auto load = [&](const std::string& path, std::optional<CsvInput>& slot) {
    if (path.empty()) return true;
    slot = csvInput(path, error);
    return slot.has_value();
  };
  std::optional<CsvInput> cand, cons;
  bool ok = load(args.candidacies, cand) && load(args.constituencies, cons) &&
            load(args.previousCandidacies, in.previousCandidacies) &&
            load(args.previousConstituencies, in.previousConstituencies) && load(args.notional, in.notional);
  if (!ok) {
    std::cerr << error << "\n";
    exitCode = 2;
    return;
  }
  in.candidacies = std::move(*cand);
  in.constituencies = std::move(*cons);
  CommonsLibraryOptions options{args.name, args.date, args.previousLabel, args.only};
  const ImportResult imported = importCommonsLibrary(in, options, builtinContinuity());
  printProblems(imported.errors);
  printProblems(imported.warnings);
  if (!imported.election) {
    exitCode = 1;
    return;
  }
  const std::string text = writeFeed(*imported.election);
  // The importer's output must itself be a valid feed; check before writing it.
  const ParseResult check = parseFeed(text, args.out);
  printProblems(check.errors);
  printProblems(check.warnings);
  if (!check.ok()) {
    exitCode = 1;
    return;
  }
  if (!writeAtomically(args.out, text, error)) {
    std::cerr << error << "\n";
    exitCode = 2;
    return;
  }
  exitCode = 0;
}

} // namespace

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
  libCmd->add_option("--candidacies", lib->candidacies, "candidacies CSV (one row per candidate)")->required();
  libCmd->add_option("--constituencies", lib->constituencies, "constituencies CSV (one row per seat)")->required();
  auto* prevCand =
      libCmd->add_option("--previous-candidacies", lib->previousCandidacies, "previous election's candidacies CSV");
  libCmd->add_option("--previous-constituencies", lib->previousConstituencies,
                     "previous election's constituencies CSV (electorate, rejected ballots)");
  auto* notional = libCmd->add_option("--notional", lib->notional, "notional previous results CSV (new boundaries)");
  notional->excludes(prevCand);
  libCmd->add_option("--only", lib->only, "import only these ONS ids (repeatable)");
  libCmd->add_option("--name", lib->name, "election name");
  libCmd->add_option("--date", lib->date, "election date, YYYY-MM-DD");
  libCmd->add_option("--previous-label", lib->previousLabel, "label of the previous result, e.g. 2019");
  libCmd->add_option("--out", lib->out, "feed file to write (- for stdout)")->required();
  libCmd->callback([lib, &exitCode] { runImport(*lib, exitCode); });
}

} // namespace landslide
