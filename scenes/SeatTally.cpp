// seat-tally. One horizontal bar per party on a common scale, with the majority line as a
// vertical rule through every row: each figure sits beside its own bar, small parties stay
// legible, and whether anyone has crossed the line reads at a glance. (A single stacked
// "race to 326" bar loses the parties under ten seats and has nowhere to put their figures.)
#include "SeatTally.h"

#include "kit/NationalPanel.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace landslide {

namespace {

constexpr const char* kTitle = "STATE OF THE PARTIES";
constexpr float kRule = 3; // the majority line's width

const Projection* projectionOf(const ResultsSnapshot* s) {
  if (!s || !s->election().projection || s->election().projection->seats.empty()) return nullptr;
  return &*s->election().projection;
}

// The most seats any party has or is projected to have.
double mostSeats(const ResultsSnapshot& s) {
  double most = 0;
  for (const PartyTotals& p : s.totals().parties)
    most = std::max({most, double(p.seats), double(p.projected.value_or(0))});
  return most;
}

// "EXIT POLL: LAB 410": the projection's label and its largest party.
std::string projectionHeadline(const Look& look, const Projection& projection) {
  const PartyTotals* top = nullptr;
  for (const PartyTotals& p : look.snapshot()->totals().parties)
    if (p.projected && (!top || *p.projected > *top->projected)) top = &p;
  std::string label = upperText(projection.label.empty() ? std::string("PROJECTION") : projection.label);
  if (!top) return label;
  return label + ": " + look.shortName(top->code) + " " + std::to_string(*top->projected);
}

std::string seats(double n) { return std::to_string(std::lround(n)); }

struct Pass {
  const NationalPaint& p;
  double since; // seconds since this page's rows began to enter
  float alpha;  // the page's opacity
  float h;      // row height
  double scale; // seats a full track stands for
  int line;     // the majority line
  bool projection;
  float lineX = 0; // where the majority line is drawn
};

float majorityX(const NationalLayout& l, double scale, int line) {
  return std::round(l.barX + l.barW * float(std::clamp(double(line) / scale, 0.0, 1.0)));
}

void drawRows(const Pass& pass, const std::vector<RowTween>& rows) {
  const NationalPaint& p = pass.p;
  Canvas& c = p.canvas;
  const NationalLayout& l = p.layout;
  const Theme& theme = p.look.theme();
  const float top = l.rowTop(0);
  for (const RowTween& tw : rows) {
    const PartyRow& row = tw.row;
    RowEntrance e = rowEntrance(theme, pass.since, tw.index);
    float y = top + tw.index * pass.h, cy = l.textCentre(y, pass.h), by = l.barCentre(y, pass.h);
    const float lineH = l.lineHeight(pass.h);
    float shown = e.shown * pass.alpha * tw.presence * beforeFold(p, y, pass.h);
    if (shown <= 0) continue;
    if (tw.sliding) c.fillRect({l.content.x, y, l.content.w, pass.h}, theme.plate.withAlpha(shown));
    // A party past the line carries the winner's tick, from the moment its count passes it.
    bool majority = !pass.projection && !row.code.empty() && std::lround(row.seats * e.grow) >= pass.line;
    float tickR = std::min(lineH * 0.19f, 15.0f);
    // Stacked, the majority line crosses the party's line too: the name stops short of it.
    float clear = l.stacked ? std::max(0.0f, l.nameX + l.nameW - (pass.lineX - 20)) : 0.0f;
    float nameW = drawRowName(p, row, y, pass.h, shown, (majority ? tickR * 2 + 14 : 0) + clear);
    if (majority)
      tick(c, {l.nameX + nameW + 14 + tickR, cy}, tickR, row.colour.withAlpha(shown),
           p.look.textOn(row.code, true).withAlpha(shown));

    const float barH = l.barHeightFor(pass.h);
    Rect track{l.barX, by - barH * 0.5f, l.barW, barH};
    c.fillRect(track, theme.track.withAlpha(shown), theme.cornerRadius);
    auto length = [&](double n) { return l.barW * float(std::clamp(n / pass.scale, 0.0, 1.0)) * e.grow; };
    const float solid = pass.alpha * tw.presence * beforeFold(p, y, pass.h);
    if (pass.projection && row.projected) {
      float w = length(*row.projected);
      c.fillRect({track.x, track.y, w, track.h}, row.colour.withAlpha(0.34f * solid), theme.cornerRadius);
      if (w > 4) c.fillRect({track.x + w - 3, track.y, 3, track.h}, row.colour.withAlpha(solid));
    }
    float w = length(row.seats);
    if (row.seats > 0) w = std::max(w, 3.0f * e.grow);
    c.fillRect({track.x, track.y, w, track.h}, row.colour.withAlpha(solid), theme.cornerRadius);

    // Figures count up with their bars.
    drawFigure(p, 1, seats(row.seats * e.grow), cy, lineH, theme.lightText.withAlpha(shown));
    if (pass.projection) {
      if (row.projected) drawFigure(p, 0, seats(*row.projected * e.grow), cy, lineH, theme.lightText.withAlpha(shown));
    } else {
      drawFigure(p, 0, theme.formatDecimal(std::round(row.net * e.grow), 0, true), cy, lineH,
                 theme.mutedText.withAlpha(shown));
    }
  }
}

// The majority line through every row, labelled in the headings.
void drawMajorityLine(const NationalPaint& p, double scale, int line, float bottom, float alpha) {
  if (alpha <= 0) return;
  Canvas& c = p.canvas;
  const NationalLayout& l = p.layout;
  const Theme& theme = p.look.theme();
  float x = majorityX(l, scale, line);
  float base = l.headingBase();
  std::string label = std::to_string(line) + " FOR A MAJORITY";
  float w = c.measure(FontRole::Label, label);
  // Stacked, the figures' headings sit right of the line: the label ends at the notch.
  float lx = l.stacked ? std::max(l.nameX + c.measure(FontRole::Label, "PARTY") + 24, x - 14 - w)
                       : std::clamp(x - w * 0.5f, l.barX, l.barX + l.barW - w);
  c.text(FontRole::Label, label, {lx, base}, theme.lightText.withAlpha(alpha));
  float top = base + 10;
  Vec2 notch[] = {{x - 7, top}, {x + 7, top}, {x, top + 8}};
  c.fillConvex(notch, theme.accent.withAlpha(alpha));
  if (bottom > top) c.fillRect({x - kRule * 0.5f, top, kRule, bottom - top}, theme.accent.withAlpha(alpha * 0.92f));
}

} // namespace

Expected<SeatTallyOptions> parseSeatTallyOptions(const nlohmann::json& options) {
  OptionReader r(options);
  SeatTallyOptions o;
  r.common(o);
  r.integer("topN", o.topN, 1, 12);
  return finished(r, std::move(o));
}

double seatScale(int majorityLine, double most) {
  // Round to half a power of ten of the line: 50 for the Commons, 5 for a 129-seat house.
  const double step = std::max(1.0, std::pow(10.0, std::floor(std::log10(std::max(majorityLine, 1)))) / 2);
  return std::max(roundUp(1.5 * majorityLine, step), roundUp(1.08 * most, step));
}

void SeatTally::draw(const SceneInput& in, Canvas& canvas) const {
  if (!in.results) return;
  const SeatTallyOptions& o = optionsOf<SeatTallyOptions>(in);
  const Theme& theme = *in.theme;
  const Motion m(in);
  if (m.enter() * (1 - m.exit()) <= 0) return;
  const Look look(in, in.results);
  const int n = o.topN > 0 ? o.topN : theme.topN;
  const float update = m.update();
  std::optional<Look> before;
  if (update < 1) before.emplace(in, in.previous);
  const Projection* projection = projectionOf(in.results);
  const bool two = in.timing.page >= 1 && projection;

  auto rows = [&](RankBy by) {
    std::vector<PartyRow> was = before ? nationalRows(*before, by, n) : std::vector<PartyRow>{};
    std::vector<PartyRow> now = nationalRows(look, by, n);
    return std::pair{tweenRows(before ? was : now, now, update), now};
  };
  auto [page1, table1] = rows(RankBy::Seats);
  std::vector<RowTween> page2;
  std::vector<PartyRow> table2;
  if (two) std::tie(page2, table2) = rows(RankBy::Projected);
  size_t count1 = table1.size(), count2 = table2.size();

  const std::string projLabel = projection ? upperText(projection->label) : std::string();
  auto widest = [&](std::initializer_list<std::pair<FontRole, std::string>> texts) {
    float w = 0;
    for (const auto& [role, text] : texts) w = std::max(w, canvas.measure(role, text));
    return std::min(w, 260.0f);
  };
  const bool empty = count1 == 0;
  if (empty) count1 = 2; // room for the message
  NationalLayout layout(
      canvas, theme, count1,
      {widest({{FontRole::Figures, "+888"}, {FontRole::Label, "CHANGE"}, {FontRole::Label, projLabel}}),
       widest({{FontRole::Figures, "888"}, {FontRole::Label, "SEATS"}})});
  const double E = theme.entrance.seconds, P = theme.page.seconds;
  float turn = two ? m.page() : 0;
  float h2 = two ? layout.rowHeightFor(count2) : layout.rowH;
  float rowsH = mix(layout.rowH * float(count1), h2 * float(count2), turn);

  const NationalCount now = nationalCount(*in.results);
  const NationalCount was = before ? nationalCount(*in.previous) : now;
  const int line = now.majorityLine;
  double scale = seatScale(line, mostSeats(*in.results));
  if (before) scale = mixd(seatScale(was.majorityLine, mostSeats(*in.previous)), scale, update);
  Rgba accent = table1.empty() || table1.front().seats <= 0 ? theme.plateEdge : table1.front().colour;

  NationalPaint p = beginPanel(canvas, look, m, layout, layout.headerH + rowsH, accent);
  Canvas::ClipScope clip(canvas, p.plate);
  const float headerAlpha = m.enter(0.1 * E, 0.6 * E) * p.alpha;
  NationalCount shownCount = now;
  shownCount.declared = int(std::lround(mixd(was.declared, now.declared, update)));
  std::vector<NationalChip> chips{{declaredText(shownCount), theme.plateEdge, theme.lightText, 1}};
  if (two) {
    const std::string headline = projectionHeadline(look, *projection);
    const PartyRow* lead = table2.empty() ? nullptr : &table2.front();
    Rgba fill = lead && !lead->code.empty() ? lead->colour : theme.plateEdge;
    Rgba ink = lead && !lead->code.empty() ? look.textOn(lead->code, true) : theme.lightText;
    chips.push_back({headline, fill, ink, m.page(0.3 * P, 0.7 * P)});
  }
  drawHeader(p, upperText(o.title.value_or(kTitle)), look.subtitle(), chips, headerAlpha);

  const float fade = two ? 1 - m.page(0, kNationalPageOut * P) : 1;
  drawHeading(p, 1, "SEATS", headerAlpha * fade);
  drawHeading(p, 0, "CHANGE", headerAlpha * fade);
  canvas.text(FontRole::Label, "PARTY", {layout.nameX, layout.headingBase()}, theme.mutedText.withAlpha(headerAlpha));
  const float rowsTop = layout.rowTop(0);
  if (empty) drawEmpty(p, "RESULTS TO FOLLOW", layout.rowH, headerAlpha * fade);
  if (fade > 0) {
    drawRowRules(p, count1, layout.rowH, headerAlpha * fade);
    Pass pass{p,
              two ? 1e9 : m.sinceTake() - kNationalRowsStart * E,
              p.alpha * fade,
              layout.rowH,
              scale,
              line,
              false,
              majorityX(layout, scale, line)};
    drawRows(pass, page1);
  }
  if (two) {
    const float in2 = headerAlpha * (1 - fade);
    drawHeading(p, 1, "WON", in2);
    drawHeading(p, 0, projLabel, in2);
    NationalPaint p2 = p;
    drawRowRules(p2, count2, h2, in2);
    Pass pass{p2, m.sincePage() - kNationalPageOut * P, p.alpha, h2, scale, line, true, majorityX(layout, scale, line)};
    drawRows(pass, page2);
  }
  // The line draws down the rows as they enter.
  const float reach = m.enter(kNationalRowsStart * E, E + theme.stagger * double(count1));
  drawMajorityLine(p, scale, line, std::min(rowsTop + (rowsH - 4) * reach, p.foldEdge), headerAlpha);
}

bool SeatTally::animating(const SceneInput& in) const {
  if (!in.results) return false;
  const SeatTallyOptions& o = optionsOf<SeatTallyOptions>(in);
  const Theme& theme = *in.theme;
  const int n = o.topN > 0 ? o.topN : theme.topN;
  // The last row (and the majority line after it) settles one stagger per row late.
  const Look look(in, in.results);
  const double rows = double(std::max<size_t>(nationalRows(look, RankBy::Seats, n).size(), 2));
  const double E = theme.entrance.seconds, P = theme.page.seconds;
  const double entrance = kNationalRowsStart * E + theme.stagger * rows + E;
  // Without a projection NEXT changes nothing, so a page turn moves nothing.
  double page = -10;
  if (projectionOf(in.results))
    page =
        kNationalPageOut * P + theme.stagger * double(nationalRows(look, RankBy::Projected, n).size()) + std::max(E, P);
  return Motion(in).busy(entrance, page, theme.exit.seconds);
}

} // namespace landslide
