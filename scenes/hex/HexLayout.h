#pragma once
// HexLayout: a hex cartogram (HexJSON) as seat id → (q, r), and its geometry. Every seat
// is one equal pointy-topped hexagon; HexJSON's "odd-r" shifts every odd row right by
// half a hex, and in the bundled files r grows northwards, so rows are flipped here to
// run down the screen.
#include "canvas/Geometry.h"
#include "feeds/base/Expected.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace landslide {

class ResultsSnapshot;

struct HexCell {
  std::string id;   // the seat's ONS/GSS code, as the feed uses it
  std::string name; // the cartogram's name for it
  int q = 0, r = 0; // column and row as in the file (r grows northwards)
  Vec2 centre;      // in hex radii from the map's top-left corner, y down
};

// A seat code the file spells differently from the feed: replaced when the file is loaded.
struct HexCodeAlias {
  std::string_view file, feed;
};

// The 2024 file still carries five provisional Scottish codes; the Commons Library (and
// so the feeds) use the final ones. Same seats, same names.
inline constexpr HexCodeAlias kHex2024Aliases[] = {
    {"S14000006", "S14000107"}, // Ayr, Carrick and Cumnock
    {"S14000008", "S14000108"}, // Berwickshire, Roxburgh and Selkirk
    {"S14000010", "S14000109"}, // Central Ayrshire
    {"S14000040", "S14000110"}, // Kilmarnock and Loudoun
    {"S14000058", "S14000111"}, // West Aberdeenshire and Kincardine
};

inline constexpr float kSqrt3 = 1.7320508f;

class HexLayout {
public:
  // Parses HexJSON ("odd-r" only). `label` names the boundaries on air ("2024 BOUNDARIES").
  // A Problem names the JSON pointer; `file` names the map in it.
  static Expected<HexLayout> parse(std::string_view json, std::string label, std::span<const HexCodeAlias> aliases,
                                   const std::string& file = {});

  const std::string& label() const { return label_; }
  const std::vector<HexCell>& cells() const { return cells_; }
  // Index of the cell for a seat id, or nullopt when the seat is not on this map.
  std::optional<std::size_t> find(std::string_view id) const;
  // Width and height of the whole map in hex radii (pointy-top: a hex is √3 wide, 2 tall).
  Vec2 extent() const { return extent_; }
  int columns() const { return columns_; } // q span, in column pitches (√3 radii)
  int rows() const { return rows_; }

private:
  std::string label_;
  std::vector<HexCell> cells_;
  std::unordered_map<std::string, std::size_t> index_;
  Vec2 extent_;
  int columns_ = 0, rows_ = 0;
};

// Both bundled maps, parsed once (the HexMap scene owns one; no statics).
class HexLayouts {
public:
  HexLayouts(); // parses the embedded 2024 and 2010 files
  const std::vector<HexLayout>& all() const { return layouts_; }
  const Problems& errors() const { return errors_; } // empty unless a bundled file is broken

  struct Choice {
    const HexLayout* layout = nullptr; // null when no contest of the feed is on any map
    int matched = 0;                   // the feed's contests on that map
    int contests = 0;                  // the feed's contests
  };
  // The map with the most of the snapshot's contest ids (the first map on a tie).
  Choice choose(const ResultsSnapshot& snapshot) const;

private:
  std::vector<HexLayout> layouts_;
  Problems errors_;
};

} // namespace landslide
