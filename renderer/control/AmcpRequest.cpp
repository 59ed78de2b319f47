#include "AmcpRequest.h"
#include "AmcpText.h"
#include "LayerMap.h"

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

// Digits only (no sign, no space), fitting an int.
bool digitsInt(std::string_view text, int& value) {
  if (text.empty() || !std::isdigit(static_cast<unsigned char>(text.front()))) return false;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  return ec == std::errc() && end == text.data() + text.size();
}

// The commands registered, with CasparCG 2.3's minimum parameter counts
// (AMCPCommandsImpl.cpp, register_commands).
constexpr AmcpCommandSpec kCommands[] = {
    {"CG ADD", 3, true},   {"CG PLAY", 1, true},   {"CG STOP", 1, true},   {"CG NEXT", 1, true}, {"CG REMOVE", 1, true},
    {"CG CLEAR", 0, true}, {"CG UPDATE", 2, true}, {"CG INVOKE", 2, true}, {"CLEAR", 0, true},   {"INFO", 0, true},
    {"INFO", 0, false},    {"TLS", 0, false},      {"VERSION", 0, false},  {"BYE", 0, false},
};

} // namespace

std::span<const AmcpCommandSpec> amcpCommands() { return kCommands; }

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

AmcpAddress parseAmcpAddress(std::string_view token, int channels) {
  // An address starts with a digit, or a sign and a digit; anything else is a parameter.
  std::size_t start = !token.empty() && (token[0] == '-' || token[0] == '+') ? 1 : 0;
  if (start >= token.size() || !std::isdigit(static_cast<unsigned char>(token[start]))) return {};
  AmcpAddress invalid;
  invalid.kind = AmcpAddress::Kind::Invalid;
  const std::size_t dash = token.find('-', start);
  int channel = 0, layer = -1;
  if (!digitsInt(token.substr(0, dash), channel) || channel < 1 || channel > channels) return invalid;
  if (dash != std::string_view::npos && (!digitsInt(token.substr(dash + 1), layer) || layer > kMaxVideoLayer))
    return invalid;
  return {AmcpAddress::Kind::Valid, channel - 1, layer};
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

  std::string spec;
  AmcpAddress address;
  if (!tokens.empty()) {
    spec = tokens.front();
    address = parseAmcpAddress(spec, channels);
    if (address.kind != AmcpAddress::Kind::None) tokens.pop_front();
  }

  const AmcpCommandSpec* found = nullptr;
  if (address.kind == AmcpAddress::Kind::Invalid) {
    // Not an address of this server: refused as CasparCG refuses a channel it does not
    // have (before the command is looked up), never read as a shorter address (the whole
    // channel, or another layer).
    r.error = AmcpParseError::Channel;
    return r;
  }
  if (address.kind == AmcpAddress::Kind::Valid) {
    found = findCommand(commands, r.name, true, tokens);
    if (found) {
      r.channel = address.channel;
      r.layer = address.layer;
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
