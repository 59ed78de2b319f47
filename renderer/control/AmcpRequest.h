#pragma once
// Turning a tokenized AMCP line into a request, following CasparCG Server 2.3's
// AMCPProtocolStrategy::interpret_command_string and amcp_command_repository: an optional
// "/switch" token and "REQ id", the command name, a numeric "channel[-layer]" spec,
// a two-word subcommand ("CG ADD") tried before the one-word name, and the minimum
// parameter count. The errors found here are answered by the protocol layer, not by a
// command: 400 (unknown), 401 (not an address of this server), 402 (too few parameters).
// Unlike CasparCG, an address is parsed strictly (see parseAmcpAddress): a malformed one
// is a 401, never read as a shorter address.
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace landslide {

struct AmcpCommandSpec {
  std::string_view name; // "CG ADD", "INFO", …
  int minParams = 0;
  bool channel = false; // takes a channel spec (CasparCG's register_channel_command)
};

enum class AmcpParseError {
  None,
  Command,    // 400 ERROR + the line echoed
  Channel,    // 401 <NAME> ERROR
  Parameters, // 402 <NAME> ERROR
};

struct AmcpRequest {
  std::string requestId; // from "REQ id"; replies then start "RES id "
  std::string name;      // first word upper-cased ("CG"): used in 401/402 replies
  std::string command;   // the registered command ("CG ADD"): used in command replies
  int channel = -1;      // 0-based; -1 for a command without a channel
  int layer = -1;        // -1 when the spec has no layer
  std::vector<std::string> params;
  AmcpParseError error = AmcpParseError::None;

  // CasparCG's command_context::layer_index(default).
  int layerOr(int fallback) const { return layer == -1 ? fallback : layer; }
};

// The first token after the command name read as "channel[-layer]". None: it is not an
// address (it does not start with a digit or a sign and a digit), so it is a parameter.
// Invalid (a 401, whatever the command): it starts like one but is not an address here: a sign, junk or trailing text
// ("1-abc", "1-2-3", "1-"), an int overflow ("1-2147483648"), channel 0 or past the last,
// a video layer past kMaxVideoLayer. Valid: channel (0-based) and layer (-1 = none).
struct AmcpAddress {
  enum class Kind { None, Invalid, Valid };
  Kind kind = Kind::None;
  int channel = -1;
  int layer = -1;
};
AmcpAddress parseAmcpAddress(std::string_view token, int channels);

// The commands Landslide registers (AmcpHandler.h lists what they do).
std::span<const AmcpCommandSpec> amcpCommands();

// channels: how many channels exist (a channel spec past them is a 401).
AmcpRequest interpretAmcp(std::vector<std::string> tokens, std::span<const AmcpCommandSpec> commands, int channels);

// boost::lexical_cast<int> as CasparCG uses it for channel specs: the whole text must be
// an optionally signed decimal that fits an int.
bool strictInt(std::string_view text, int& value);

// std::stoi as CasparCG's CG commands use it, with its two failures told apart:
// Invalid (std::invalid_argument, answered 501) and Range (std::out_of_range, 402).
enum class StoiResult { Ok, Invalid, Range };
StoiResult stoiLike(std::string_view text, int& value);

} // namespace landslide
