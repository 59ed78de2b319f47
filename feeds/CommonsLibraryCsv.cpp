// Reading the Library's CSVs: header or none, columns by name, counts that may be unknown.

#include "feeds/CommonsLibraryDetail.h"

#include <set>

namespace landslide::library {

namespace {

std::vector<std::string> split(std::string_view header) {
  std::vector<std::string> out(1);
  for (char c : header)
    if (c == ',')
      out.emplace_back();
    else
      out.back() += c;
  return out;
}

// The header rows of the Library's files, as published (2017 to 2025). A file without a
// header row is read as the layout of its kind with the same number of columns.
constexpr std::string_view kGeConstituencies =
    "ONS ID,ONS region ID,Constituency name,County name,Region name,Country name,Constituency type,Declaration "
    "time,Member first name,Member surname,Member gender,Result,First party,Second party,Electorate,Valid "
    "votes,Invalid votes,Majority,Con,Lab,LD,RUK,Green,SNP,PC,DUP,SF,SDLP,UUP,APNI,All other candidates,Of which "
    "other winner";
constexpr std::string_view kByConstituencies =
    "By-election date,Writ date,ONS ID,ONS region ID,Constituency name,County name,Region name,Country "
    "name,Constituency type,Declaration time,Member first name,Member surname,Member gender,Result,First "
    "party,Second party,Electorate,Valid votes,Invalid votes,Majority,Con,Lab,LD,RUK,Green,SNP,PC,DUP,SF,SDLP,UUP,"
    "APNI,All other candidates,Of which other winner";
constexpr std::string_view kGeCandidacies =
    "ONS ID,ONS region ID,Constituency name,County name,Region name,Country name,Constituency type,Party name,Party "
    "abbreviation,Electoral Commission party ID,MNIS party ID,Electoral Commission adjunct party ID,Candidate first "
    "name,Candidate surname,Candidate gender,Sitting MP,Former MP,Member MNIS ID,Votes,Share,Change";
constexpr std::string_view kGe2024Candidacies =
    "ONS ID,ONS region ID,Constituency name,County name,Region name,Country name,Constituency type,Party name,Party "
    "abbreviation,Electoral Commission party ID,MNIS party ID,Electoral Commission adjunct party ID,Candidate first "
    "name,Candidate surname,Candidate gender,Sitting MP,Former MP,Member MNIS ID,Votes,Share,Change,DC Person ID";
constexpr std::string_view kByCandidacies =
    "Election date,ONS ID,ONS region ID,Constituency name,County name,Region name,Country name,Constituency "
    "type,Party name,Party abbreviation,Electoral Commission party ID,MNIS party ID,Electoral Commission adjunct "
    "party ID,Candidate first name,Candidate surname,Candidate gender,Sitting MP,Former MP,Member MNIS ID,Votes,"
    "Share,Change,Democracy Club person ID";
constexpr std::string_view kNotional =
    "Constituency name,Constituency name (notional),ONS ID,Nation code,Region code,Country name,Constituency "
    "type,Turnout percent,Electorate,Valid votes,Majority,Party vote code,Votes,Party abbreviation,Party name,MNIS "
    "party ID";

struct Layout {
  std::string_view name;
  std::string_view header;
};

std::vector<Layout> layouts(FileKind kind) {
  switch (kind) {
  case FileKind::Constituencies:
    return {{"general-election constituencies", kGeConstituencies}, {"by-election constituencies", kByConstituencies}};
  case FileKind::Candidacies:
    return {{"2017/2019 candidacies", kGeCandidacies},
            {"2024 candidacies", kGe2024Candidacies},
            {"by-election candidacies", kByCandidacies}};
  case FileKind::Notional: return {{"notional results", kNotional}};
  }
  return {};
}

bool looksLikeHeader(const CsvRecord& first) {
  for (const auto& field : first)
    if (field == "ONS ID" || field == "ONS ID2" || field == "Constituency name") return true;
  return false;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Digits only, or digits grouped in threes by commas ("12,345": grouped is set).
std::optional<int64_t> parseCount(std::string_view s, bool& grouped) {
  grouped = s.find(',') != std::string_view::npos;
  if (s.empty() || s.size() > 15 || s.front() == ',' || s.back() == ',') return std::nullopt;
  int64_t value = 0;
  std::size_t sinceComma = 0;
  bool sawComma = false;
  for (char c : s) {
    if (c == ',') {
      if ((sawComma && sinceComma != 3) || (!sawComma && sinceComma > 3)) return std::nullopt;
      sawComma = true;
      sinceComma = 0;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
    ++sinceComma;
  }
  if (sawComma && sinceComma != 3) return std::nullopt;
  return value;
}

} // namespace

bool isUnknownMarker(std::string_view text) {
  // "[x]" not available, "[z]" not applicable, "[c]" confidential, "[u]" unreliable (the
  // Government Statistical Service's markers), and older spellings of the same.
  static const std::set<std::string_view> markers{"", "[x]", "[z]", "[c]", "[u]", "..", "-", "–", "—", "n/a", "N/A"};
  return markers.count(trim(text)) != 0;
}

Expected<CsvTable> readLibraryCsv(const CsvInput& in, FileKind kind, Problems& problems) {
  auto records = readCsvRecords(in.bytes, in.name);
  if (!records) return records.problem();
  if (records->empty()) return Problem::error(in.name, "", "empty file: no header row and no rows", "csv");
  if (looksLikeHeader(records->front())) return csvTable(std::move(*records), in.name);
  const std::size_t fields = records->front().size();
  std::string known;
  for (const auto& layout : layouts(kind)) {
    auto header = split(layout.header);
    if (header.size() == fields) {
      problems.push_back(Problem::warning(
          in.name, "row 1",
          "no header row: the " + std::to_string(fields) + " columns are read by position as the Library's " +
              std::string(layout.name) + " layout (" + std::string(layout.header.substr(0, 40)) + "...)",
          "no-header"));
      return csvTable(std::move(*records), in.name, std::move(header));
    }
    known += (known.empty() ? "" : ", ") + std::to_string(header.size()) + " (" + std::string(layout.name) + ")";
  }
  return Problem::error(in.name, "row 1",
                        "no header row (no \"ONS ID\" or \"Constituency name\" column), and " + std::to_string(fields) +
                            " columns match no Library layout the importer knows (" + known + "): add the header row",
                        "no-header");
}

void warnUnknownColumns(const CsvTable& table, const std::string& file, Problems& problems) {
  std::set<std::string> known;
  for (const auto& layout : layouts(FileKind::Constituencies))
    for (auto& name : split(layout.header)) known.insert(std::move(name));
  // Party columns of other Parliaments' files.
  for (const char* name : {"UKIP", "BRX", "ONS ID2"}) known.insert(name);
  for (const auto& name : table.header)
    if (!known.count(name))
      problems.push_back(Problem::warning(file, "row 1, column \"" + name + "\"",
                                          "a column the importer does not know: ignored (each party's votes come "
                                          "from the candidacies file, which names every party)",
                                          "unknown-column"));
}

Columns::Columns(const CsvTable& table, std::string file, Problems& problems)
    : table_(table), file_(std::move(file)), problems_(problems) {}

bool Columns::want(const char* key, std::initializer_list<std::string_view> names) {
  if (auto i = table_.column(names)) {
    index_[key] = *i;
    return true;
  }
  return false;
}

bool Columns::need(const char* key, std::initializer_list<std::string_view> names) {
  if (want(key, names)) return true;
  problems_.push_back(
      Problem::error(file_, "header", std::string("no \"") + std::string(*names.begin()) + "\" column", "csv"));
  return false;
}

const std::string& Columns::text(const CsvRecord& row, const char* key) const { return row[index_.at(key)]; }

std::string Columns::where(std::size_t rowIndex, const char* key) const {
  return table_.rowName(rowIndex) + ", column \"" + table_.header[index_.at(key)] + "\"";
}

std::optional<int64_t> Columns::count(const CsvRecord& row, std::size_t rowIndex, const char* key,
                                      const std::string& ifUnknown) {
  const std::string& s = text(row, key);
  bool grouped = false;
  if (auto value = parseCount(trim(s), grouped)) {
    if (grouped)
      problems_.push_back(Problem::warning(
          file_, where(rowIndex, key),
          "\"" + s + "\" read as " + std::to_string(*value) + " (digits grouped by commas)", "grouped-digits"));
    return value;
  }
  if (isUnknownMarker(s))
    problems_.push_back(
        Problem::warning(file_, where(rowIndex, key),
                         (s.empty() ? std::string("blank") : "\"" + s + "\"") + " marks an unknown value: " + ifUnknown,
                         "unknown-value"));
  else
    problems_.push_back(Problem::error(file_, where(rowIndex, key), "\"" + s + "\" is not a count", "csv"));
  return std::nullopt;
}

} // namespace landslide::library
