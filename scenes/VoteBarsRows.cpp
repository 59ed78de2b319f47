// The rows of vote-bars' two pages. Row positions and values come from the layout and
// eased progress only, so a row can be drawn mid-entrance, mid-update or settled.
#include "VoteBarsTween.h"

#include <algorithm>
#include <cmath>

namespace landslide {

namespace {

using namespace votebars;

constexpr float kTab = 10;

struct RowText {
  TextRun name, party;
  float nameBase = 0, partyBase = 0, partyX = 0;
};

// Candidate over party on tall rows; side by side, at a size the row can hold, on short ones.
RowText rowText(Canvas& c, const VoteBarsLayout& l, float y, float h, const std::string& name, const std::string& party,
                float reserve) {
  RowText t;
  if (l.twoLine) {
    t.name = c.fit(FontRole::Body, name, l.nameW - reserve);
    t.party = c.fit(FontRole::Label, party, l.nameW);
    t.nameBase = y + h * 0.47f;
    t.partyBase = y + h * 0.47f + c.capHeight(FontRole::Label) + 16;
    t.partyX = l.nameX;
    return t;
  }
  int nameStep = stepForCapHeight(c, FontRole::Body, h * 0.34f),
      partyStep = stepForCapHeight(c, FontRole::Label, h * 0.28f);
  float partyW = std::min(c.measure(FontRole::Label, party, partyStep), l.nameW * 0.36f);
  t.name = c.fit(FontRole::Body, name, l.nameW - partyW - reserve - 16, nameStep);
  t.party = c.fit(FontRole::Label, party, l.nameW - t.name.width - reserve - 16, partyStep);
  t.nameBase = centredBaseline(c, FontRole::Body, y + h * 0.5f, t.name.step);
  t.partyBase = t.nameBase;
  t.partyX = l.nameX + t.name.width + reserve + 16;
  return t;
}

void drawRule(Canvas& c, const VoteBarsLayout& l, float y, Rgba colour) {
  c.fillRect({l.content.x, y - 0.75f, l.content.w, 1.5f}, colour);
}

int figureStep(const Canvas& c, const VoteBarsLayout& l, float h) {
  return l.twoLine ? 0 : stepForCapHeight(c, FontRole::Figures, h * 0.36f);
}

} // namespace

void drawVoteRows(const VoteBarsPaint& p, const VoteTable& from, const VoteTable& to, float update, float alpha,
                  double since, float h) {
  Canvas& c = p.canvas;
  const Theme& theme = p.look.theme();
  const VoteBarsLayout& l = p.layout;
  const bool tween = !from.rows.empty() && update < 1;
  const float axis = tween ? mix(float(from.axis), float(to.axis), update) : float(to.axis);
  const int fstep = figureStep(c, l, h);
  const float tickR = std::min(h * 0.19f, 15.0f);

  for (size_t k = 1; k < to.rows.size(); ++k)
    drawRule(c, l, l.rowTop(0) + float(k) * h, theme.plateEdge.withAlpha(alpha * 0.8f));

  const std::vector<VoteRow> none;
  std::vector<Tween<VoteRow>> tweens = pairRows(tween ? from.rows : none, to.rows);
  risingLast(tweens);
  for (const Tween<VoteRow>& t : tweens) {
    const VoteRow& row = t.to ? *t.to : *t.from;
    float u = t.from && t.to ? update : t.to ? update : 1 - update;
    auto [index, grow, shown, presence] = rowMotion(t, tween, update, since, alpha, theme);
    if (shown <= 0) continue;
    double share = t.from && t.to ? mix(float(t.from->share), float(row.share), u) : row.share;
    double votes = t.from && t.to ? mix(float(t.from->votes), float(row.votes), u) : double(row.votes);
    float y = l.rowTop(index);
    float cy = y + h * 0.5f;
    const float fold = beforeFold(p, y, h);
    shown *= fold;
    if (shown <= 0) continue;
    const Rgba white = theme.lightText.withAlpha(shown);

    if (tween && t.from && t.to && t.fromIndex != t.toIndex) // a sliding row hides what it passes
      c.fillRect({l.content.x, y, l.content.w, h}, theme.plate.withAlpha(shown), 0);
    float winner = row.winner ? (t.from && !t.from->winner ? u : 1.0f) : (t.from && t.from->winner ? 1 - u : 0.0f);
    if (winner > 0)
      c.gradientRect({l.content.x, y + 1, l.content.w, h - 2}, row.colour.withAlpha(0.26f * shown * winner),
                     row.colour.withAlpha(0), true);
    c.fillRect({l.content.x, y + h * 0.14f, kTab, h * 0.72f}, row.colour.withAlpha(shown), 2);

    RowText text = rowText(c, l, y, h, row.name, row.party, winner > 0 ? tickR * 2 + 14 : 0);
    c.text(text.name, {l.nameX, text.nameBase}, white);
    c.text(text.party, {text.partyX, text.partyBase}, theme.mutedText.withAlpha(shown));
    if (winner > 0) {
      float tx = l.nameX + text.name.width + 14 + tickR;
      float ty = text.nameBase - c.capHeight(FontRole::Body, text.name.step) * 0.5f;
      tick(c, {tx, ty}, tickR, row.colour.withAlpha(shown * winner),
           p.look.textOn(row.code, true).withAlpha(shown * winner));
    }

    float barH = std::round(h * (l.twoLine ? 0.42f : 0.5f));
    Rect track{l.barX, cy - barH * 0.5f, l.barW, barH};
    if (!to.figures) {
      if (row.winner)
        chip(c, FontRole::Label, "ELECTED", l.barX, cy, Align::Left, row.colour.withAlpha(shown),
             p.look.textOn(row.code, true).withAlpha(shown), 14, 9, theme.cornerRadius);
      continue;
    }
    c.fillRect(track, theme.track.withAlpha(shown), theme.cornerRadius);
    float w = l.barW * float(std::clamp(share / double(axis), 0.0, 1.0)) * grow;
    if (votes > 0) w = std::max(w, 3.0f * grow);
    c.fillRect({track.x, track.y, w, track.h}, row.colour.withAlpha(alpha * presence * fold), theme.cornerRadius);

    // Figures count up with their bar.
    std::string v = p.look.count(int64_t(std::llround(votes * grow)));
    std::string s = p.look.share(share * grow);
    float base = centredBaseline(c, FontRole::Figures, cy, fstep);
    c.text(c.fit(FontRole::Figures, v, l.votesRight - l.barX - l.barW - 20, fstep), {l.votesRight, base},
           theme.mutedText.withAlpha(shown), Align::Right);
    c.text(c.fit(FontRole::Figures, s, l.shareRight - l.votesRight - 24, fstep), {l.shareRight, base}, white,
           Align::Right);
  }
}

void drawChangeRows(const VoteBarsPaint& p, const ChangeTable& from, const ChangeTable& table, float update,
                    float alpha, double since, float h) {
  Canvas& c = p.canvas;
  const Theme& theme = p.look.theme();
  const VoteBarsLayout& l = p.layout;
  const double E = theme.entrance.seconds;
  float lead = theme.entrance.easing(progress(since, 0, 0.5 * E)) * alpha;
  if (lead <= 0) return;
  if (!table.unavailable.empty()) {
    float cy = l.rowTop(0) + h;
    c.text(FontRole::Title, table.unavailable,
           {l.content.x + l.content.w * 0.5f, centredBaseline(c, FontRole::Title, cy)}, theme.mutedText.withAlpha(lead),
           Align::Centre, l.content.w);
    return;
  }
  // A revision landing on page two moves the bars and figures as page one's do.
  const bool tween = update < 1 && !from.rows.empty() && from.unavailable.empty();
  const double axis = tween ? mix(float(from.axis), float(table.axis), update) : table.axis;
  const float axisX = std::round(l.barX + l.barW * 0.5f), half = l.barW * 0.5f;
  const float top = l.rowTop(0), bottom = top + h * float(table.rows.size());
  for (float f : {-0.5f, 0.5f})
    c.fillRect({axisX + half * f - 0.75f, top + 8, 1.5f, bottom - top - 16}, theme.plateEdge.withAlpha(lead));
  for (size_t k = 1; k < table.rows.size(); ++k)
    drawRule(c, l, top + float(k) * h, theme.plateEdge.withAlpha(lead * 0.8f));
  const int fstep = figureStep(c, l, h);

  const std::vector<ChangeRow> none;
  std::vector<Tween<ChangeRow>> tweens = pairRows(tween ? from.rows : none, table.rows);
  risingLast(tweens);
  for (const Tween<ChangeRow>& t : tweens) {
    const ChangeRow& row = t.to ? *t.to : *t.from;
    const bool both = t.from && t.to;
    auto [index, grow, shown, presence] = rowMotion(t, tween, update, since, alpha, theme);
    if (shown <= 0) continue;
    float y = top + index * h, cy = y + h * 0.5f;
    const float fold = beforeFold(p, y, h);
    shown *= fold;
    if (shown <= 0) continue;
    if (tween && both && t.fromIndex != t.toIndex) // a sliding row hides what it passes
      c.fillRect({l.content.x, y, l.content.w, h}, theme.plate.withAlpha(shown), 0);
    c.fillRect({l.content.x, y + h * 0.14f, kTab, h * 0.72f}, row.colour.withAlpha(shown), 2);
    std::string detail = !row.standing ? "Did not stand this time"
                         : row.isNew   ? "Did not stand in " + p.look.previousLabel()
                                       : "";
    RowText text = rowText(c, l, y, h, row.name, detail, 0);
    c.text(text.name, {l.nameX, detail.empty() && l.twoLine ? centredBaseline(c, FontRole::Body, cy) : text.nameBase},
           theme.lightText.withAlpha(shown));
    if (!detail.empty()) c.text(text.party, {text.partyX, text.partyBase}, theme.mutedText.withAlpha(shown));

    float base = centredBaseline(c, FontRole::Figures, cy, fstep);
    Rgba ink = p.look.textOn(row.code, true).withAlpha(shown);
    if (row.isNew) {
      chip(c, FontRole::Label, "NEW", l.shareRight, cy, Align::Right, row.colour.withAlpha(shown), ink, 14, 9,
           theme.cornerRadius);
      continue;
    }
    if (!row.change) continue;
    float barH = std::round(h * (l.twoLine ? 0.42f : 0.5f));
    double v = both && t.from->change ? mix(float(*t.from->change), float(*row.change), update) : *row.change;
    float w = half * float(std::clamp(std::fabs(v) / axis, 0.0, 1.0)) * grow;
    Rect bar = v >= 0 ? Rect{axisX, cy - barH * 0.5f, w, barH} : Rect{axisX - w, cy - barH * 0.5f, w, barH};
    c.fillRect(bar, row.colour.withAlpha(alpha * presence * fold), theme.cornerRadius);
    c.text(c.fit(FontRole::Figures, p.look.change(v * grow), l.shareRight - l.votesRight, fstep), {l.shareRight, base},
           theme.lightText.withAlpha(shown), Align::Right);
  }
  c.fillRect({axisX - 1.5f, top + 4, 3, bottom - top - 8}, theme.accent.withAlpha(lead * 0.9f));
}

} // namespace landslide
