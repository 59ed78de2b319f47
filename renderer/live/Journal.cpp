#include "Journal.h"

#include "feeds/JsonReader.h"
#include "feeds/base/Files.h"

namespace landslide {

using nlohmann::json;

std::string journalText(const std::map<int, LayerState>& layers) {
  json list = json::array();
  for (const auto& [n, s] : layers) {
    if (s.timing.outFrame) continue;
    list.push_back({{"layer", n},
                    {"scene", s.item.scene},
                    {"contest", s.item.contest},
                    {"options", s.item.options},
                    {"page", s.timing.page},
                    {"auto", s.autoUpdate}});
  }
  // replace: text from a client that is not UTF-8 must not make dump() throw on the
  // render thread.
  return json{{"format", "landslide-journal"}, {"version", 1}, {"layers", list}}.dump(2, ' ', false,
                                                                                      json::error_handler_t::replace) +
         "\n";
}

namespace {

// One layer entry, or the warning that leaves it out.
class LayerReader {
public:
  LayerReader(const std::string& file, const json& entry, std::string path)
      : file_(file), entry_(entry), path_(std::move(path)) {}

  std::optional<JournalLayer> read(Problems& problems) {
    if (!entry_.is_object()) return refuse(problems, path_, "a layer entry must be an object");
    JournalLayer l;
    l.path = path_;
    const json* layer = find("layer");
    if (!layer) return refuse(problems, path_, "a layer entry needs \"layer\"");
    if (!layer->is_number_integer() || layer->get<int64_t>() < 0 || layer->get<int64_t>() > kMaxJournalLayer)
      return refuse(problems, path_ + "/layer", "must be a layer number from 0 to " + std::to_string(kMaxJournalLayer));
    l.layer = layer->get<int>();
    const json* scene = find("scene");
    if (!scene || !scene->is_string()) return refuse(problems, path_ + "/scene", "must be a scene name (a string)");
    l.item.scene = scene->get<std::string>();
    if (const json* contest = find("contest")) {
      if (!contest->is_string()) return refuse(problems, path_ + "/contest", "must be a contest id (a string)");
      l.item.contest = contest->get<std::string>();
    }
    if (const json* options = find("options")) {
      if (!options->is_object()) return refuse(problems, path_ + "/options", "must be an object");
      l.item.options = *options;
    }
    if (const json* page = find("page")) {
      if (!page->is_number_integer() || page->get<int64_t>() < 0 || page->get<int64_t>() > 1000)
        return refuse(problems, path_ + "/page", "must be a page number (0 or more)");
      l.page = page->get<int>();
    }
    if (const json* autoUpdate = find("auto")) {
      if (!autoUpdate->is_boolean()) return refuse(problems, path_ + "/auto", "must be true or false");
      l.autoUpdate = autoUpdate->get<bool>();
    }
    return l;
  }

private:
  const json* find(const char* key) const {
    auto it = entry_.find(key);
    return it == entry_.end() ? nullptr : &*it;
  }
  std::nullopt_t refuse(Problems& problems, const std::string& path, const std::string& reason) const {
    problems.push_back(Problem::warning(file_, path, reason + "; this layer is not restored", "journal-layer"));
    return std::nullopt;
  }
  const std::string& file_;
  const json& entry_;
  std::string path_;
};

} // namespace

JournalRead readJournal(const std::string& file) {
  JournalRead out;
  auto leaveOut = [&](const std::string& path, const std::string& reason) {
    out.problems.push_back(Problem::warning(file, path, reason + "; starting with nothing on air", "journal"));
    return out;
  };
  Expected<std::string> bytes = files::readFile(file, kMaxJournalBytes);
  if (!bytes && bytes.problem().rule == "missing") return out; // a first start
  out.found = true;
  if (!bytes) return leaveOut("", bytes.problem().reason);
  JsonLimits limits;
  limits.maxBytes = kMaxJournalBytes;
  limits.maxDepth = kMaxJournalDepth;
  JsonReadResult doc = readJson(*bytes, file, limits);
  for (const Problem& p : doc.problems)
    if (p.isError()) return leaveOut(p.path, p.reason);
  const json& j = doc.value;
  if (!j.is_object() || j.value("format", json()) != "landslide-journal")
    return leaveOut("/format", "not a playout journal (\"format\" is not \"landslide-journal\")");
  if (j.value("version", json()) != 1) return leaveOut("/version", "a journal version this Landslide does not know");
  auto layers = j.find("layers");
  if (layers == j.end() || !layers->is_array()) return leaveOut("/layers", "must be a list of layers");
  for (std::size_t i = 0; i < layers->size(); ++i)
    if (auto l = LayerReader(file, (*layers)[i], "/layers/" + std::to_string(i)).read(out.problems))
      out.layers.push_back(std::move(*l));
  return out;
}

} // namespace landslide
