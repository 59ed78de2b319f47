#include "feeds/FeedWriter.h"

#include "feeds/Validate.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace landslide {

using ojson = nlohmann::ordered_json;

namespace {

bool allScalars(const ojson& v) {
  for (const auto& e : v)
    if (e.is_structured()) return false;
  return true;
}

// A JSON string. Plain printable ASCII needs no escaping (nearly every string here);
// anything else goes through nlohmann's serializer, which escapes control characters
// and replaces invalid UTF-8. Building a serializer per value is what made writing
// slow, so the common cases avoid it.
void appendString(std::string_view s, std::string& out) {
  const bool plain = std::all_of(s.begin(), s.end(), [](char ch) {
    const auto c = static_cast<unsigned char>(ch);
    return c >= 0x20 && c < 0x7F && c != '"' && c != '\\';
  });
  if (plain) {
    out += '"';
    out += s;
    out += '"';
    return;
  }
  out += ojson(std::string(s)).dump(-1, ' ', false, ojson::error_handler_t::replace);
}

void appendScalar(const ojson& v, std::string& out) {
  switch (v.type()) {
  case ojson::value_t::string: appendString(v.get_ref<const std::string&>(), out); return;
  case ojson::value_t::number_integer: out += std::to_string(v.get<int64_t>()); return;
  case ojson::value_t::number_unsigned: out += std::to_string(v.get<uint64_t>()); return;
  case ojson::value_t::boolean: out += v.get<bool>() ? "true" : "false"; return;
  case ojson::value_t::number_float: {
    const double d = v.get<double>();
    if (!std::isfinite(d)) break; // as nlohmann writes it: null
    // Shortest round-trip form, with ".0" on whole numbers as nlohmann writes them.
    char buf[32];
    const auto end = std::to_chars(buf, buf + sizeof buf, d).ptr;
    const std::string_view text(buf, static_cast<std::size_t>(end - buf));
    out += text;
    if (text.find_first_of(".e") == std::string_view::npos) out += ".0";
    return;
  }
  default: break;
  }
  out += "null";
}

void layout(const ojson& v, int indent, std::string& out) {
  if (!v.is_structured()) {
    appendScalar(v, out);
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
      if (object) {
        appendString(it.key(), out);
        out += ": ";
      }
      appendScalar(*it, out);
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
    if (object) {
      appendString(it.key(), out);
      out += ": ";
    }
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
    if (c.electorate) cj["electorate"] = *c.electorate;
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
    if (c.declaredAt) cj["declaredAt"] = *c.declaredAt;
    contests.push_back(std::move(cj));
  }
  doc["contests"] = std::move(contests);
  if (e.projection) {
    ojson pj;
    pj["label"] = e.projection->label;
    if (!e.projection->publishedAt.empty()) pj["publishedAt"] = e.projection->publishedAt;
    ojson seats = ojson::array();
    for (const auto& s : e.projection->seats) seats.push_back(ojson{{"party", s.partyCode}, {"seats", s.seats}});
    pj["seats"] = std::move(seats);
    doc["projection"] = std::move(pj);
  }
  return doc;
}

std::string writeFeed(const Election& election) { return compactPretty(feedToJson(election)); }

} // namespace landslide
