// The election-level projection block (exit poll or forecast): label, when it was
// published, projected seats per party. Validated like the contests: every problem is
// a FeedError with its JSON path, and a bad block rejects the document.

#include "feeds/FieldReader.h"
#include "feeds/Instant.h"
#include "feeds/JsonReader.h"
#include "feeds/PartyTable.h"
#include "feeds/Validate.h"

#include <unordered_map>

namespace landslide {

using json = FeedJson;

std::optional<Projection> readProjection(FieldReader& r, const json& doc, const PartyTable& parties,
                                         std::size_t contests) {
  auto it = doc.find("projection");
  if (it == doc.end() || it->is_null()) return std::nullopt;
  const std::string path = "/projection";
  if (!r.isObject(*it, path, "a projection")) return std::nullopt;
  const std::size_t errorsBefore = r.errorCount();
  r.onlyKeys(*it, path, {"label", "publishedAt", "seats"});
  Projection p;
  p.label = r.string(*it, path, "label", true, 1, 60).value_or("");
  if (auto at = r.string(*it, path, "publishedAt", false)) {
    if (!parseInstant(*at))
      r.error(path + "/publishedAt",
              "\"" + printable(*at) + "\" is not a date-time with an offset like \"2024-07-04T22:00:00+01:00\"",
              "pattern");
    else
      p.publishedAt = *at;
  }
  auto seats = it->find("seats");
  if (seats == it->end()) {
    r.error(path, "missing required field \"seats\"", "required");
    return std::nullopt;
  }
  if (!r.isArray(*seats, path + "/seats", "projected seats")) return std::nullopt;
  std::unordered_map<std::string, std::size_t> seen;
  int64_t total = 0;
  for (std::size_t i = 0; i < seats->size(); ++i) {
    const std::string sp = FieldReader::element(path + "/seats", i);
    const json& v = (*seats)[i];
    if (!r.isObject(v, sp, "a projected party")) continue;
    r.onlyKeys(v, sp, {"party", "seats"});
    auto code = r.code(v, sp, "party", true);
    auto n = r.count(v, sp, "seats", true);
    if (!code || !n) continue;
    if (auto [pos, fresh] = seen.emplace(*code, i); !fresh) {
      r.error(sp + "/party",
              "party \"" + *code + "\" is projected twice (first at " + path + "/seats/" + std::to_string(pos->second) +
                  ")",
              "duplicate-party");
      continue;
    }
    if (!parties.inFeed(*code) && parties.name(*code) == *code)
      r.warning(sp + "/party", "party code \"" + *code + "\" is not in the party table: shown as other",
                "unknown-party");
    total += *n;
    p.seats.push_back({*code, static_cast<int>(std::min<int64_t>(*n, 100000))});
  }
  if (total > static_cast<int64_t>(contests))
    r.error(path + "/seats",
            "projects " + std::to_string(total) + " seats, more than the " + std::to_string(contests) +
                (contests == 1 ? " contest" : " contests") + " in the feed",
            "projection-sum");
  if (r.errorCount() != errorsBefore) return std::nullopt;
  return p;
}

} // namespace landslide
