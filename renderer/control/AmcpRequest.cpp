#include "AmcpRequest.h"
#include "AmcpText.h"

#include <cctype>
#include <charconv>
#include <deque>

namespace landslide {

namespace {

const AmcpCommandSpec* findSpec(std::span<const AmcpCommandSpec> commands, std::string_view name, bool channel) {
  for (const AmcpCommandSpec& c : commands)
    if (c.channel == channel && c.name == name) return &c;
  return nullptr;
}

// amcp_command_repository's find_command: "NAME SUB" first (consuming SUB), then "NAME".
const AmcpCommandSpec* findCommand(std::span<const AmcpCommandSpec> commands, const std::string& name, bool channel,
                                   std::deque<std::string>& tokens) {
  if (!tokens.empty()) {
    std::string sub = name + " " + toUpperAscii(tokens.front());
    if (const AmcpCommandSpec* c = findSpec(commands, sub, channel)) {
      tokens.pop_front();
      return c;
    }
  }
  return findSpec(commands, name, channel);
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

} // namespace

bool strictInt(std::string_view text, int& value) {
  if (!text.empty() && text.front() == '+') {
    text.remove_prefix(1);
    if (!text.empty() && text.front() == '-') return false;
  }
  if (text.empty()) return false;
  int v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size()) return false;
  value = v;
  return true;
}

StoiResult stoiLike(std::string_view text, int& value) {
  std::size_t i = 0;
  while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
  bool negative = false;
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) negative = text[i++] == '-';
  std::size_t digits = i;
  while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
  if (digits == i) return StoiResult::Invalid;
  long long v = 0;
  for (std::size_t k = i; k < digits; ++k) {
    v = v * 10 + (text[k] - '0');
    if (v > 2147483648LL) return StoiResult::Range;
  }
  if (negative) v = -v;
  if (v > 2147483647LL || v < -2147483648LL) return StoiResult::Range;
  value = static_cast<int>(v);
  return StoiResult::Ok; // like std::stoi, trailing text is ignored
}

AmcpRequest interpretAmcp(std::vector<std::string> tokenList, std::span<const AmcpCommandSpec> commands, int channels) {
  std::deque<std::string> tokens(std::make_move_iterator(tokenList.begin()), std::make_move_iterator(tokenList.end()));
  AmcpRequest r;
  // A leading "/switch" is discarded; an empty first token makes CasparCG's at(0) throw
  // std::out_of_range, which it reports as a channel error.
  if (!tokens.empty()) {
    if (tokens.front().empty()) {
      r.error = AmcpParseError::Channel;
      return r;
    }
    if (tokens.front().front() == '/') tokens.pop_front();
  }
  if (!tokens.empty() && equalsIgnoreCase(tokens.front(), "REQ")) {
    tokens.pop_front();
    if (tokens.empty()) {
      r.error = AmcpParseError::Parameters;
      return r;
    }
    r.requestId = tokens.front();
    tokens.pop_front();
  }
  if (tokens.empty()) {
    r.error = AmcpParseError::Command;
    return r;
  }
  r.name = toUpperAscii(tokens.front());
  tokens.pop_front();

  int channel = -1, layer = -1;
  std::string spec;
  if (!tokens.empty()) {
    spec = tokens.front();
    std::string_view s = trim(spec);
    std::string_view first = s.substr(0, s.find('-'));
    int number = 0;
    if (strictInt(first, number)) {
      channel = number - 1;
      if (first.size() < s.size()) {
        std::string_view rest = s.substr(first.size() + 1);
        int l = 0;
        if (strictInt(rest.substr(0, rest.find('-')), l)) layer = l;
      }
      tokens.pop_front();
    }
  }

  const AmcpCommandSpec* found = nullptr;
  if (channel != -1) {
    if (channel < 0 || channel >= channels) {
      r.error = AmcpParseError::Channel;
      return r;
    }
    found = findCommand(commands, r.name, true, tokens);
    if (found) {
      r.channel = channel;
      r.layer = layer;
    } else {
      // Perhaps a command without a channel whose first argument is numeric.
      tokens.push_front(spec);
      found = findCommand(commands, r.name, false, tokens);
    }
  } else {
    found = findCommand(commands, r.name, false, tokens);
  }
  if (!found) {
    r.error = AmcpParseError::Command;
    return r;
  }
  r.command = std::string(found->name);
  r.params.assign(std::make_move_iterator(tokens.begin()), std::make_move_iterator(tokens.end()));
  if (static_cast<int>(r.params.size()) < found->minParams) r.error = AmcpParseError::Parameters;
  return r;
}

} // namespace landslide
