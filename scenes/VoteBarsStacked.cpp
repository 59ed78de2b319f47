// vote-bars on a vertical or square picture: each row stacks the name and figures over a
// bar as wide as the plate, in type sized for a phone. Tall rows (vertical) put the party
// and votes on a line of their own; shorter ones (square, many rows) keep one line.
#include "VoteBarsTween.h"

#include <algorithm>
#include <cmath>

namespace landslide {

namespace {

using namespace votebars;

constexpr float kTab = 10;

// Where a row's parts go: its text lines and its bar.
struct Stack {
  FontRole nameRole = FontRole::Title, figureRole = FontRole::Title;
  int nameStep = 0, figureStep = 0, subStep = 0;
  float top = 0, nameBase = 0, subBase = 0, barY = 0, barH = 0, height = 0;
};

Stack stackFor(const Canvas& c, const VoteBarsLayout& l, float y, float h, bool bar) {
  Stack s;
  if (l.twoLine) {
    s.barH = std::round(std::clamp(h * 0.16f, 14.0f, 26.0f));
    float capN = c.capHeight(s.nameRole), capL = c.capHeight(FontRole::Label);
    s.height = capN + 16 + capL + (bar ? 18 + s.barH : 0);
    s.top = y + (h - s.height) * 0.5f;
    s.nameBase = s.top + capN;
    s.subBase = s.nameBase + 16 + capL;
    s.barY = s.subBase + 18;
    return s;
  }
  s.nameRole = FontRole::Body, s.figureRole = FontRole::Figures;
  s.barH = std::round(std::clamp(h * 0.17f, 8.0f, 20.0f));
  const float gap = std::round(std::clamp(h * 0.14f, 6.0f, 14.0f));
  s.nameStep = stepForCapHeight(c, s.nameRole, (h - s.barH - gap) * 0.4f);
  s.figureStep = stepForCapHeight(c, s.figureRole, c.capHeight(s.nameRole, s.nameStep));
  s.subStep = stepForCapHeight(c, FontRole::Label, c.capHeight(s.nameRole, s.nameStep) * 0.8f);
  float capN = c.capHeight(s.nameRole, s.nameStep);
  s.height = capN + (bar ? gap + s.barH : 0);
  s.top = y + (h - s.height) * 0.5f;
  s.nameBase = s.subBase = s.top + capN;
  s.barY = s.nameBase + gap;
  return s;
}

void drawRule(Canvas& c, const VoteBarsLayout& l, float y, Rgba colour) {
  c.fillRect({l.content.x, y - 0.75f, l.content.w, 1.5f}, colour);
}

} // namespace

void drawStackedVoteRows(const VoteBarsPaint& p, const VoteTable& from, const VoteTable& to, float update, float alpha,
                         double since, float h) {
  Canvas& c = p.canvas;
  const Theme& theme = p.look.theme();
  const VoteBarsLayout& l = p.layout;
  const bool tween = !from.rows.empty() && update < 1;
  const float axis = tween ? mix(float(from.axis), float(to.axis), update) : float(to.axis);
  const float right = l.content.right(), width = right - l.nameX;

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
    const float y = l.rowTop(index);
    const float fold = beforeFold(p, y, h);
    shown *= fold;
    if (shown <= 0) continue;
    const Rgba white = theme.lightText.withAlpha(shown), muted = theme.mutedText.withAlpha(shown);
    const Stack s = stackFor(c, l, y, h, to.figures);

    if (tween && t.from && t.to && t.fromIndex != t.toIndex) // a sliding row hides what it passes
      c.fillRect({l.content.x, y, l.content.w, h}, theme.plate.withAlpha(shown), 0);
    float winner = row.winner ? (t.from && !t.from->winner ? u : 1.0f) : (t.from && t.from->winner ? 1 - u : 0.0f);
    if (winner > 0)
      c.gradientRect({l.content.x, y + 1, l.content.w, h - 2}, row.colour.withAlpha(0.26f * shown * winner),
                     row.colour.withAlpha(0), true);
    c.fillRect({l.content.x, s.top, kTab, s.height}, row.colour.withAlpha(shown), 2);

    // Figures on the right of the name line (share) and of the party line (votes).
    std::string shareText = p.look.share(share * grow), votesText = p.look.count(int64_t(std::llround(votes * grow)));
    float figuresW = 0;
    if (to.figures) {
      TextRun sr = c.fit(s.figureRole, shareText, width * 0.3f, s.figureStep);
      figuresW = c.text(sr, {right, s.nameBase}, white, Align::Right);
      if (!l.twoLine) {
        TextRun vr = c.fit(FontRole::Label, votesText, width * 0.22f, s.subStep);
        figuresW += 22 + c.text(vr, {right - figuresW - 22, s.nameBase}, muted, Align::Right);
      } else {
        TextRun vr = c.fit(FontRole::Label, votesText + " votes", width * 0.4f);
        c.text(vr, {right, s.subBase}, muted, Align::Right);
      }
    } else if (row.winner) {
      float cy = s.nameBase - c.capHeight(s.nameRole, s.nameStep) * 0.5f;
      figuresW = chip(c, FontRole::Label, "ELECTED", right, cy, Align::Right, row.colour.withAlpha(shown),
                      p.look.textOn(row.code, true).withAlpha(shown), 14, 9, theme.cornerRadius)
                     .w;
    }

    // The name, the winner's tick after it, and the party under it (or beside it).
    const float tickR = std::min(c.capHeight(s.nameRole, s.nameStep) * 0.5f, 15.0f);
    const float reserve = winner > 0 ? tickR * 2 + 14 : 0;
    const float nameRoom = width - figuresW - 28;
    TextRun name = c.fit(s.nameRole, row.name, (l.twoLine ? nameRoom : nameRoom * 0.64f) - reserve, s.nameStep);
    c.text(name, {l.nameX, s.nameBase}, white);
    if (winner > 0) {
      float tx = l.nameX + name.width + 14 + tickR;
      float ty = s.nameBase - c.capHeight(s.nameRole, s.nameStep) * 0.5f;
      tick(c, {tx, ty}, tickR, row.colour.withAlpha(shown * winner),
           p.look.textOn(row.code, true).withAlpha(shown * winner));
    }
    if (l.twoLine) {
      c.text(c.fit(FontRole::Label, row.party, width * 0.56f), {l.nameX, s.subBase}, muted);
    } else {
      float px = l.nameX + name.width + reserve + 18;
      float room = l.nameX + nameRoom - px;
      if (room > 40) c.text(c.fit(FontRole::Label, row.party, room, s.subStep), {px, s.nameBase}, muted);
    }

    if (!to.figures) continue;
    Rect track{l.nameX, s.barY, width, s.barH};
    c.fillRect(track, theme.track.withAlpha(shown), theme.cornerRadius);
    float w = width * float(std::clamp(share / double(axis), 0.0, 1.0)) * grow;
    if (votes > 0) w = std::max(w, 3.0f * grow);
    c.fillRect({track.x, track.y, w, track.h}, row.colour.withAlpha(alpha * presence * fold), theme.cornerRadius);
  }
}

void drawStackedChangeRows(const VoteBarsPaint& p, const ChangeTable& from, const ChangeTable& table, float update,
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
  const bool tween = update < 1 && !from.rows.empty() && from.unavailable.empty();
  const double axis = tween ? mix(float(from.axis), float(table.axis), update) : table.axis;
  const float right = l.content.right(), width = right - l.nameX;
  const float axisX = std::round(l.nameX + width * 0.5f), half = width * 0.5f;
  const float top = l.rowTop(0);
  for (size_t k = 1; k < table.rows.size(); ++k)
    drawRule(c, l, top + float(k) * h, theme.plateEdge.withAlpha(lead * 0.8f));

  const std::vector<ChangeRow> none;
  std::vector<Tween<ChangeRow>> tweens = pairRows(tween ? from.rows : none, table.rows);
  risingLast(tweens);
  for (const Tween<ChangeRow>& t : tweens) {
    const ChangeRow& row = t.to ? *t.to : *t.from;
    const bool both = t.from && t.to;
    auto [index, grow, shown, presence] = rowMotion(t, tween, update, since, alpha, theme);
    if (shown <= 0) continue;
    const float y = top + index * h;
    const float fold = beforeFold(p, y, h);
    shown *= fold;
    if (shown <= 0) continue;
    const Stack s = stackFor(c, l, y, h, true);
    if (tween && both && t.fromIndex != t.toIndex) // a sliding row hides what it passes
      c.fillRect({l.content.x, y, l.content.w, h}, theme.plate.withAlpha(shown), 0);
    c.fillRect({l.content.x, s.top, kTab, s.height}, row.colour.withAlpha(shown), 2);

    float figureW = 0;
    const float cy = s.nameBase - c.capHeight(s.nameRole, s.nameStep) * 0.5f;
    double v = both && t.from->change && row.change ? mix(float(*t.from->change), float(*row.change), update)
               : row.change                         ? *row.change
                                                    : 0.0;
    if (row.isNew)
      figureW = chip(c, FontRole::Label, "NEW", right, cy, Align::Right, row.colour.withAlpha(shown),
                     p.look.textOn(row.code, true).withAlpha(shown), 14, 9, theme.cornerRadius)
                    .w;
    else if (row.change)
      figureW = c.text(c.fit(s.figureRole, p.look.change(v * grow), width * 0.3f, s.figureStep), {right, s.nameBase},
                       theme.lightText.withAlpha(shown), Align::Right);
    std::string detail = !row.standing ? "Did not stand this time"
                         : row.isNew   ? "Did not stand in " + p.look.previousLabel()
                                       : "";
    TextRun name = c.fit(s.nameRole, row.name, (width - figureW - 28) * (l.twoLine ? 1.0f : 0.6f), s.nameStep);
    c.text(name, {l.nameX, s.nameBase}, theme.lightText.withAlpha(shown));
    if (!detail.empty()) {
      float x = l.twoLine ? l.nameX : l.nameX + name.width + 18;
      float room = l.twoLine ? width * 0.7f : width - figureW - 28 - (x - l.nameX);
      if (room > 40)
        c.text(c.fit(FontRole::Label, detail, room, s.subStep), {x, l.twoLine ? s.subBase : s.nameBase},
               theme.mutedText.withAlpha(shown));
    }

    // The bar diverges from the middle of its track: gains to the right, losses to the left.
    const Rect track{l.nameX, s.barY, width, s.barH};
    c.fillRect(track, theme.track.withAlpha(shown), theme.cornerRadius);
    if (row.change) {
      float w = half * float(std::clamp(std::fabs(v) / axis, 0.0, 1.0)) * grow;
      Rect bar = v >= 0 ? Rect{axisX, track.y, w, track.h} : Rect{axisX - w, track.y, w, track.h};
      c.fillRect(bar, row.colour.withAlpha(alpha * presence * fold), theme.cornerRadius);
    }
    c.fillRect({axisX - 1.5f, track.y - 5, 3, track.h + 10}, theme.accent.withAlpha(shown * 0.9f));
  }
}

} // namespace landslide
