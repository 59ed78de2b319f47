#include "feeds/Csv.h"

#include "feeds/base/Utf8.h"

#include <csv.h>

namespace landslide {

namespace {

struct Collector {
  std::vector<CsvRecord> records;
  CsvRecord current;
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

// The 1-based line of the first invalid byte, 0 when the text is valid UTF-8.
std::size_t firstInvalidLine(std::string_view bytes) {
  if (utf8text::isValid(bytes)) return 0;
  // The valid prefix ends where dropping invalid bytes first changes the text.
  const std::string valid = utf8text::dropInvalid(bytes);
  std::size_t same = 0;
  while (same < valid.size() && same < bytes.size() && valid[same] == bytes[same]) ++same;
  std::size_t line = 1;
  for (std::size_t i = 0; i < same; ++i) line += bytes[i] == '\n' ? 1 : 0;
  return line;
}

} // namespace

std::optional<std::size_t> CsvTable::column(std::initializer_list<std::string_view> names) const {
  for (auto name : names)
    for (std::size_t i = 0; i < header.size(); ++i)
      if (header[i] == name) return i;
  return std::nullopt;
}

std::string CsvTable::rowName(std::size_t index) const { return "row " + std::to_string(firstRow + index); }

Expected<std::vector<CsvRecord>> readCsvRecords(std::string_view bytes, std::string_view fileName) {
  const std::string file(fileName);
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (const std::size_t line = firstInvalidLine(bytes))
    return Problem::error(file, "line " + std::to_string(line), "invalid UTF-8", "csv");

  csv_parser parser;
  if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0)
    return Problem::error(file, "", "could not start the CSV parser", "csv");
  Collector collector;
  const size_t used = csv_parse(&parser, bytes.data(), bytes.size(), onField, onRecord, &collector);
  const bool parsed = used == bytes.size() && csv_fini(&parser, onField, onRecord, &collector) == 0;
  const std::string why = parsed ? "" : csv_strerror(csv_error(&parser));
  csv_free(&parser);
  if (!parsed)
    return Problem::error(file, "record " + std::to_string(collector.records.size() + 1), "malformed CSV: " + why,
                          "csv");
  return std::move(collector.records);
}

Expected<CsvTable> csvTable(std::vector<CsvRecord> records, std::string_view fileName,
                            std::optional<std::vector<std::string>> header) {
  CsvTable table;
  std::size_t first = 0;
  if (header) {
    table.header = std::move(*header);
    table.firstRow = 1;
  } else {
    if (records.empty()) return Problem::error(std::string(fileName), "", "no header row", "csv");
    table.header = std::move(records.front());
    first = 1;
  }
  for (std::size_t i = first; i < records.size(); ++i) {
    auto& rec = records[i];
    if (rec.size() != table.header.size())
      return Problem::error(std::string(fileName), table.rowName(table.rows.size()),
                            "has " + std::to_string(rec.size()) + " fields; the header has " +
                                std::to_string(table.header.size()),
                            "csv");
    table.rows.push_back(std::move(rec));
  }
  return table;
}

Expected<CsvTable> readCsv(std::string_view bytes, std::string_view fileName) {
  auto records = readCsvRecords(bytes, fileName);
  if (!records) return records.problem();
  return csvTable(std::move(*records), fileName);
}

} // namespace landslide
