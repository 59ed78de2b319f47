#pragma once
// readCsv: RFC 4180 CSV (quoted fields, embedded commas, quotes and newlines, a leading
// UTF-8 BOM) via libcsv, into a header and rows of strings.

#include "feeds/base/Expected.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace landslide {

using CsvRecord = std::vector<std::string>;

struct CsvTable {
  std::vector<std::string> header;
  std::vector<CsvRecord> rows; // every row has header.size() fields
  std::size_t firstRow = 2;    // the file's row number of rows[0] (1 when there is no header row)

  // Index of the first column with one of these names.
  std::optional<std::size_t> column(std::initializer_list<std::string_view> names) const;
  // "row N": the file's row of rows[index], for messages.
  std::string rowName(std::size_t index) const;
};

// Every record as read, the first included; a leading BOM is dropped. Problems name the
// file and "line N" (invalid UTF-8) or "record N" (malformed CSV).
Expected<std::vector<CsvRecord>> readCsvRecords(std::string_view bytes, std::string_view fileName);

// Records as a table: `header` (when given) names the columns and every record is a row;
// otherwise the first record is the header. A row with another number of fields than the
// header is an error naming it ("row N", the header being row 1).
Expected<CsvTable> csvTable(std::vector<CsvRecord> records, std::string_view fileName,
                            std::optional<std::vector<std::string>> header = std::nullopt);

// readCsvRecords, then csvTable with the first record as the header.
Expected<CsvTable> readCsv(std::string_view bytes, std::string_view fileName);

} // namespace landslide
