#pragma once
// Figures derived from a contest's raw counts. Nothing here is read from a feed's own
// percentages. Shares and changes are in percent / percentage points; every party code
// here is canonical (continuity applied: LABCOOP -> LAB, BRX -> REF).

#include "feeds/Election.h"
#include "feeds/Outcome.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace landslide {

struct DerivedCandidate {
  std::size_t index = 0;                // into Contest::candidates
  const Candidate* candidate = nullptr; // the raw candidate (lives in the same snapshot)
  std::string party;                    // canonical party code
  double share = 0;                     // % of valid votes, 0..100 (0 while counts unknown)
  std::optional<double> change;         // points vs previous; only when the party has one candidate here
  bool isNew = false;                   // party did not stand last time
  bool winner = false;                  // the derived winner (by count, or by lot in a tie)
};

struct PartyResult {
  std::string code; // canonical party code ("IND" once per independent)
  int64_t votes = 0;
  double share = 0; // % of valid votes
  std::optional<int64_t> previousVotes;
  std::optional<double> previousShare; // % of previous valid votes
  std::optional<double> change;        // points; absent for independents and new parties
  bool isNew = false;                  // stands now, did not before (never set for independents)
  bool standing = true;                // false: stood last time only (votes 0, change = -previousShare)
  std::size_t candidateCount = 0;
  std::optional<std::size_t> candidateIndex; // independents: which Contest::candidates entry
};

struct SwingFigure {
  std::string from;  // party the swing is away from
  std::string to;    // party the swing is towards
  double points = 0; // Butler two-party swing, >= 0 for the default figure
};

enum class TurnoutBasis {
  BallotsCast, // (valid + rejected) / electorate
  ValidVotes,  // valid / electorate: when rejected ballots are unknown on either side
};
std::string_view basisName(TurnoutBasis basis); // "ballots cast", "valid votes"

struct DerivedContest {
  std::string id;
  std::string name;
  ContestStatus status = ContestStatus::Awaiting;
  int64_t revision = 0;
  bool countsKnown = false; // shares and majority are meaningful
  bool provisional = false; // recount: figures may change
  bool corrected = false;
  int64_t validVotes = 0; // as used for shares (feed's validVotes, else the sum)
  std::optional<int64_t> previousValidVotes;
  std::vector<std::pair<std::string, int64_t>> previousByParty; // canonical, independents pooled (for totals)

  std::string winner; // canonical codes, "" when unknown
  std::string runnerUp;
  std::string previousWinner;
  bool gain = false;               // winner differs from previous winner
  std::string result;              // "gain", "hold" or "" (no result / no previous)
  Outcome outcome = Outcome::None; // what happened; graphics say it through kit/Captions.h
  // outcomeCaption() with the feed's short names ("LAB GAIN FROM CON", "CON HOLD" …): for
  // `feed derive` and the console's lists, never drawn (a layer may rename parties).
  std::string caption;
  bool tie = false; // top two level on votes (winner then by lot, if flagged)

  std::optional<int64_t> majority;   // votes between first and second candidates
  std::optional<double> majorityPct; // % of valid votes
  std::optional<double> turnoutPct;  // turnoutBasis / electorate
  TurnoutBasis turnoutBasis = TurnoutBasis::BallotsCast;
  std::optional<double> previousTurnoutPct; // on turnoutChangeBasis
  std::optional<double> turnoutChange;      // points, both sides on turnoutChangeBasis
  TurnoutBasis turnoutChangeBasis = TurnoutBasis::BallotsCast;

  std::optional<SwingFigure> swing;       // gain: previous winner -> winner; hold: between top two
  std::string challenger;                 // gain: the winner; hold: the runner-up
  std::optional<double> challengerNeeded; // Butler swing the challenger needed (points)

  std::vector<DerivedCandidate> candidates; // votes descending (ties: winner first, then feed order)
  std::vector<PartyResult> parties;         // votes descending, then non-standing parties

  const PartyResult* party(std::string_view code) const; // first entry with that canonical code
};

// Butler swing from -> to in points: half of (change of `to` minus change of `from`).
// nullopt unless both parties have a previous share (a party not standing now counts
// as 0 % now). Positive means votes moved towards `to`.
std::optional<double> butlerSwing(const DerivedContest& contest, std::string_view from, std::string_view to);

struct PartyTotals {
  std::string code; // canonical party code
  int seats = 0;    // contests won (result known)
  int gains = 0;
  int losses = 0;
  int net() const { return gains - losses; }
  int64_t votes = 0;            // over contests with final counts
  double share = 0;             // % of valid votes in those contests
  std::optional<double> change; // points vs the previous results of the same contests
  int previousSeats = 0;        // contests whose previous winner was this party (all contests)
  int seatsNeeded = 0;          // more seats needed for a majority (0 once it has one)
  std::optional<int> projected; // the projection's seats, when the feed has one
};

struct ElectionTotals {
  int contests = 0;
  int declared = 0;     // contests with a result (declared, winner-only, corrected)
  int toDeclare = 0;    // contests - declared
  int counted = 0;      // contests whose counts enter the national share ("based on N seats")
  int majorityLine = 0; // more than half the contests: 326 of 650
  int64_t validVotes = 0;
  std::vector<PartyTotals> parties; // seats desc, then votes desc, then code

  const PartyTotals* party(std::string_view code) const;
};

// One of the defender's seats, as the challenger's target.
struct BattlegroundTarget {
  std::string id;         // contest id
  std::string name;       // seat name
  double needed = 0;      // Butler swing (points) the challenger needs: half the previous lead
  bool declared = false;  // a winner is known
  bool fallen = false;    // declared, and the challenger won it
  bool wouldFall = false; // needed < the national swing so far (uniform national swing)
  std::string winner;     // canonical code of the winner, "" while awaiting
};

// The swingometer's model: every seat the defender held last time (with previous
// counts), ranked by the swing needed to take it (smallest first; a challenger that did
// not stand there counts at 0 %).
struct Battleground {
  std::string challenger, defender;    // canonical codes ("" when the feed has no previous results)
  std::optional<double> nationalSwing; // Butler swing defender -> challenger over counted seats
  int counted = 0;                     // seats that swing is based on
  std::vector<BattlegroundTarget> targets;
  int fallen = 0;    // targets the challenger has actually won
  int wouldFall = 0; // targets with needed < nationalSwing
};

} // namespace landslide
