#include "feeds/Csv.h"

#include <csv.h>
#include <utf8.h>

namespace landslide {

namespace {

struct Collector {
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> current;
};

void onField(void* data, size_t len, void* ctx) {
  auto* c = static_cast<Collector*>(ctx);
  c->current.emplace_back(data ? static_cast<const char*>(data) : "", data ? len : 0);
}

void onRecord(int, void* ctx) {
  auto* c = static_cast<Collector*>(ctx);
  c->records.push_back(std::move(c->current));
  c->current.clear();
}

} // namespace

std::optional<std::size_t> CsvTable::column(std::initializer_list<std::string_view> names) const {
  for (auto name : names)
    for (std::size_t i = 0; i < header.size(); ++i)
      if (header[i] == name) return i;
  return std::nullopt;
}

CsvResult readCsv(std::string_view bytes, std::string_view fileName) {
  CsvResult result;
  auto error = [&](std::string where, std::string reason) {
    result.errors.push_back(
        FeedError{std::string(fileName), std::move(where), std::move(reason), FeedError::Severity::Error, "csv"});
  };
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (auto bad = utf8::find_invalid(bytes.begin(), bytes.end()); bad != bytes.end()) {
    std::size_t line = 1;
    for (auto it = bytes.begin(); it != bad; ++it) line += *it == '\n' ? 1 : 0;
    error("line " + std::to_string(line), "invalid UTF-8");
    return result;
  }

  csv_parser parser;
  if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0) {
    error("", "could not start the CSV parser");
    return result;
  }
  Collector collector;
  const size_t used = csv_parse(&parser, bytes.data(), bytes.size(), onField, onRecord, &collector);
  const bool parsed = used == bytes.size() && csv_fini(&parser, onField, onRecord, &collector) == 0;
  if (!parsed)
    error("record " + std::to_string(collector.records.size() + 1),
          std::string("malformed CSV: ") + csv_strerror(csv_error(&parser)));
  csv_free(&parser);
  if (!parsed) return result;
  if (collector.records.empty()) {
    error("", "no header row");
    return result;
  }
  result.table.header = std::move(collector.records.front());
  for (std::size_t i = 1; i < collector.records.size(); ++i) {
    auto& rec = collector.records[i];
    if (rec.size() != result.table.header.size()) {
      error("row " + std::to_string(i + 1), "has " + std::to_string(rec.size()) + " fields; the header has " +
                                                std::to_string(result.table.header.size()));
      continue;
    }
    result.table.rows.push_back(std::move(rec));
  }
  return result;
}

} // namespace landslide
