#pragma once
// readCsv: RFC 4180 CSV (quoted fields, embedded commas, quotes and newlines, a leading
// UTF-8 BOM) via libcsv, into a header and rows of strings.

#include "feeds/FeedError.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace landslide {

struct CsvTable {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows; // every row has header.size() fields

  // Index of the first column with one of these names.
  std::optional<std::size_t> column(std::initializer_list<std::string_view> names) const;
};

struct CsvResult {
  CsvTable table;
  FeedErrors errors; // path is "row N" (1-based, the header is row 1)
  bool ok() const { return errors.empty(); }
};

CsvResult readCsv(std::string_view bytes, std::string_view fileName);

} // namespace landslide
