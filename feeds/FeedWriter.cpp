#include "feeds/FeedWriter.h"

#include "feeds/Validate.h"

#include <cstdio>

namespace landslide {

using ojson = nlohmann::ordered_json;

namespace {

bool allScalars(const ojson& v) {
  for (const auto& e : v)
    if (e.is_structured()) return false;
  return true;
}

void layout(const ojson& v, int indent, std::string& out) {
  auto scalar = [](const ojson& s) { return s.dump(-1, ' ', false, ojson::error_handler_t::replace); };
  if (!v.is_structured()) {
    out += scalar(v);
    return;
  }
  const bool object = v.is_object();
  const char open = object ? '{' : '[';
  const char close = object ? '}' : ']';
  if (v.empty()) {
    out += open;
    out += close;
    return;
  }
  if (allScalars(v)) {
    // Short records (a candidate, a previous vote) read best on one line.
    out += open;
    bool first = true;
    for (auto it = v.begin(); it != v.end(); ++it) {
      if (!first) out += ", ";
      first = false;
      if (object) out += scalar(it.key()) + ": ";
      out += scalar(*it);
    }
    out += close;
    return;
  }
  const std::string pad(static_cast<std::size_t>(indent + 2), ' ');
  out += open;
  out += '\n';
  bool first = true;
  for (auto it = v.begin(); it != v.end(); ++it) {
    if (!first) out += ",\n";
    first = false;
    out += pad;
    if (object) out += scalar(it.key()) + ": ";
    layout(*it, indent + 2, out);
  }
  out += '\n';
  out += std::string(static_cast<std::size_t>(indent), ' ');
  out += close;
}

std::string colourText(uint32_t rgb) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%06X", rgb & 0xFFFFFFu);
  return buf;
}

} // namespace

std::string compactPretty(const ojson& value) {
  std::string out;
  layout(value, 0, out);
  out += '\n';
  return out;
}

ojson feedToJson(const Election& e) {
  ojson doc;
  doc["format"] = kFormatName;
  doc["formatVersion"] = e.formatVersion;
  doc["name"] = e.name;
  if (!e.date.empty()) doc["date"] = e.date;
  ojson parties = ojson::array();
  for (const auto& p : e.parties) {
    ojson pj;
    pj["code"] = p.code;
    pj["name"] = p.name;
    if (!p.shortName.empty()) pj["shortName"] = p.shortName;
    if (p.colour) pj["colour"] = colourText(*p.colour);
    if (!p.countsAs.empty()) pj["countsAs"] = p.countsAs;
    if (p.independent) pj["independent"] = true;
    if (p.speaker) pj["speaker"] = true;
    parties.push_back(std::move(pj));
  }
  doc["parties"] = std::move(parties);
  ojson contests = ojson::array();
  for (const auto& c : e.contests) {
    ojson cj;
    cj["id"] = c.id;
    cj["name"] = c.name;
    cj["status"] = statusName(c.status);
    cj["revision"] = c.revision;
    cj["electorate"] = c.electorate;
    if (c.validVotes) cj["validVotes"] = *c.validVotes;
    if (c.rejected) cj["rejected"] = *c.rejected;
    ojson cands = ojson::array();
    for (const auto& cand : c.candidates) {
      ojson k;
      k["name"] = cand.name;
      k["party"] = cand.partyCode;
      if (cand.hasVotes) k["votes"] = cand.votes;
      if (cand.elected) k["elected"] = true;
      cands.push_back(std::move(k));
    }
    cj["candidates"] = std::move(cands);
    if (c.previous) {
      ojson pj;
      if (!c.previous->label.empty()) pj["label"] = c.previous->label;
      if (c.previous->electorate) pj["electorate"] = *c.previous->electorate;
      if (c.previous->validVotes) pj["validVotes"] = *c.previous->validVotes;
      if (c.previous->rejected) pj["rejected"] = *c.previous->rejected;
      ojson votes = ojson::array();
      for (const auto& v : c.previous->votes) votes.push_back(ojson{{"party", v.partyCode}, {"votes", v.votes}});
      pj["votes"] = std::move(votes);
      cj["previous"] = std::move(pj);
    }
    if (!c.notes.empty()) cj["notes"] = c.notes;
    contests.push_back(std::move(cj));
  }
  doc["contests"] = std::move(contests);
  return doc;
}

std::string writeFeed(const Election& election) { return compactPretty(feedToJson(election)); }

} // namespace landslide
