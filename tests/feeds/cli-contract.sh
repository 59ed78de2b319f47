#!/usr/bin/env bash
# The feed commands' contract: exit codes, "FILE: PATH: reason" on stderr, derived
# JSON on stdout, and the importer reading counts only (Library columns blanked).
#   cli-contract.sh FEED_CLI SOURCE_DIR
set -euo pipefail
cli=$1
root=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
broken=$root/tests/feeds/broken
samples=$root/feeds/samples

# feed check: valid -> exit 0, the verdict on stdout.
"$cli" feed check "$samples/by-elections-2023-10-19.json" >"$tmp/out" 2>"$tmp/err" || fail "valid sample rejected"
grep -q "valid, 2 contest(s)" "$tmp/out" || fail "no verdict line: $(cat "$tmp/out")"

# Invalid -> exit 1 and every error as FILE: PATH: reason.
if "$cli" feed check "$broken/vote-sum.json" >"$tmp/out" 2>"$tmp/err"; then fail "vote-sum accepted"; fi
grep -qx "$broken/vote-sum.json: /contests/0/validVotes: candidate votes sum to 35,972 but validVotes is 35,973 (difference -1)" \
  "$tmp/err" || fail "vote-sum line: $(cat "$tmp/err")"
# All errors, not just the first.
printf '%s' '{"format":"landslide-results","formatVersion":1,"name":"two","parties":[],"contests":[{"id":"A","name":"A","status":"declared","revision":1,"electorate":10,"validVotes":5,"candidates":[{"name":"x","party":"LAB","votes":-1},{"name":"y","party":"CON","votes":"2"}]}]}' >"$tmp/two.json"
if "$cli" feed check "$tmp/two.json" 2>"$tmp/err" >/dev/null; then fail "two errors accepted"; fi
[ "$(grep -c "^$tmp/two.json: /contests/0/candidates/[01]/votes: " "$tmp/err")" = 2 ] || fail "not every error: $(cat "$tmp/err")"

# Several files: any invalid one makes the exit 1; each valid one says so.
if "$cli" feed check "$samples/runcorn-and-helsby-2025.json" "$broken/vote-sum.json" >"$tmp/out" 2>"$tmp/err"; then
  fail "a broken file among several accepted"
fi
grep -q "runcorn-and-helsby-2025.json: valid" "$tmp/out" || fail "valid file among several not reported"
grep -q "vote-sum.json: /contests/0/validVotes: " "$tmp/err" || fail "error among several not reported"

# Warnings are printed, exit 0.
"$cli" feed check "$broken/warn-unknown-party.json" >/dev/null 2>"$tmp/err" || fail "warning made it fail"
grep -q "warning: party code \"YRKS\" is not in the party table" "$tmp/err" || fail "warning not shown"

# Missing file -> exit 1 with the file named.
if "$cli" feed check "$tmp/nope.json" 2>"$tmp/err"; then fail "missing file accepted"; fi
grep -q "^$tmp/nope.json: " "$tmp/err" || fail "missing file message: $(cat "$tmp/err")"

# feed derive: the figures a results desk needs.
"$cli" feed derive "$samples/by-elections-2023-10-19.json" --contest E14000813 >"$tmp/mb.json"
/usr/bin/python3 - "$tmp/mb.json" <<'PY' || fail "Mid Bedfordshire figures"
import json, sys
c = json.load(open(sys.argv[1]))["contest"]
assert c["caption"] == "LAB GAIN FROM CON", c["caption"]
assert (c["winner"], c["runner_up"], c["previous_winner"], c["result"]) == ("LAB", "CON", "CON", "gain")
assert c["majority"] == 1192 and round(c["majority_pct"], 1) == 2.9
assert round(c["turnout_pct"], 1) == 44.1 and round(c["turnout_change"], 1) == -29.9
assert c["swing"] == {"from": "CON", "to": "LAB", "points": 20.52}, c["swing"]
assert round(c["change"]["LAB"], 1) == 12.4 and round(c["share"]["LAB"], 2) == 34.07
PY
"$cli" feed derive "$samples/ge2024.json" >"$tmp/ge.json" 2>/dev/null
/usr/bin/python3 - "$tmp/ge.json" <<'PY' || fail "GE2024 totals"
import json, sys
d = json.load(open(sys.argv[1]))
seats = {p["code"]: p["seats"] for p in d["totals"]["parties"]}
assert len(d["contests"]) == 650 and d["totals"]["declared"] == 650
assert seats["LAB"] == 411 and seats["CON"] == 121 and seats["LD"] == 72, seats
PY
if "$cli" feed derive "$samples/ge2024.json" --contest NOPE >/dev/null 2>"$tmp/err"; then fail "unknown contest accepted"; fi

# feed derive: the national picture. Each figure is checked against the contests of the
# same output (or the feed itself), not against numbers written here.
/usr/bin/python3 - "$tmp/ge.json" <<'PY' || fail "GE2024 national picture"
import json, sys
d = json.load(open(sys.argv[1]))
assert list(d) == ["election", "source", "source_revision", "contests", "totals", "projection", "battleground",
                   "latest_declared"], list(d)
t = d["totals"]
assert list(t) == ["contests", "declared", "to_declare", "counted", "majority_line", "valid_votes", "parties"], list(t)
assert (t["to_declare"], t["majority_line"]) == (0, 326)
for p in t["parties"]:
    assert list(p) == ["code", "seats", "gains", "losses", "net", "votes", "share", "change", "previous_seats",
                       "seats_needed"], list(p)  # no projection: no "projected"
    assert p["previous_seats"] == sum(c["previous_winner"] == p["code"] for c in d["contests"]), p
    assert p["seats_needed"] == max(0, 326 - p["seats"]), p
assert d["projection"] is None
b = d["battleground"]
assert (b["challenger"], b["defender"], b["counted"]) == ("LAB", "CON", 650), b["challenger"]
cons = {c["id"]: c for c in d["contests"]}
assert [x["id"] for x in b["targets"]] and all(cons[x["id"]]["previous_winner"] == "CON" for x in b["targets"])
assert len(b["targets"]) == sum(c["previous_winner"] == "CON" for c in d["contests"])
needed = [x["needed"] for x in b["targets"]]
assert needed == sorted(needed)
assert b["fallen"] == sum(x["fallen"] for x in b["targets"]) == sum(cons[x["id"]]["winner"] == "LAB" for x in b["targets"])
assert b["would_fall"] == sum(x["would_fall"] for x in b["targets"]) > 0
assert all(x["would_fall"] == (x["needed"] < b["national_swing"]) for x in b["targets"] if abs(x["needed"] - b["national_swing"]) > 0.01)
l = d["latest_declared"]
assert l["count"] == 650 and len(l["ids"]) == 20 and len(set(l["ids"])) == 20
PY
"$cli" feed derive "$samples/ge2019.json" >"$tmp/ge19.json" 2>/dev/null
/usr/bin/python3 - "$tmp/ge19.json" "$samples/ge2019.json" <<'PY' || fail "GE2019 latest declared"
import json, sys
d, feed = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
# Newest first (all +00:00, so text order is time order); equal times: later in the feed first.
order = sorted(range(len(feed["contests"])), key=lambda i: (feed["contests"][i]["declaredAt"], i), reverse=True)
assert d["latest_declared"]["ids"] == [feed["contests"][i]["id"] for i in order[:20]], d["latest_declared"]
assert d["battleground"]["national_swing"] < 0  # 2019 swung from Labour to the Conservatives
PY
"$cli" feed derive "$root/tests/scenes/fixtures/ge2024-midnight.json" --challenger LD --defender CON --latest 5 \
  >"$tmp/mid.json" 2>/dev/null
/usr/bin/python3 - "$tmp/mid.json" "$root/tests/scenes/fixtures/ge2024-midnight.json" <<'PY' || fail "mid-night derive"
import json, sys
d, feed = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
t = d["totals"]
assert t["to_declare"] == t["contests"] - t["declared"] > 0
proj = {s["party"]: s["seats"] for s in feed["projection"]["seats"]}
assert d["projection"]["label"] == feed["projection"]["label"]
assert d["projection"]["published_at"] == feed["projection"]["publishedAt"]
assert {s["party"]: s["seats"] for s in d["projection"]["seats"]} == proj
for p in t["parties"]:
    assert p["projected"] == proj.get(p["code"]), p
assert (d["battleground"]["challenger"], d["battleground"]["defender"]) == ("LD", "CON")
assert d["latest_declared"]["count"] == t["declared"] and len(d["latest_declared"]["ids"]) == 5
PY
if "$cli" feed derive "$samples/ge2024.json" --challenger LABCOOP --defender LAB >/dev/null 2>"$tmp/err"; then
  fail "the same party on both sides accepted"
fi
grep -q "the challenger and the defender are the same party (LAB)" "$tmp/err" || fail "same-party message: $(cat "$tmp/err")"

# import: reads counts only. Blank the Library's own figures in copies of the CSVs;
# the feed must come out identical.
data=$root/tests/data/commons-library
/usr/bin/python3 - "$data" "$tmp" <<'PY'
import csv, io, os, sys
src, dst = sys.argv[1], sys.argv[2]
blank = {"Result", "First party", "Second party", "Majority", "Share", "Change"}
for name in ["by-elections-2019-2024/candidacies.csv", "by-elections-2019-2024/constituencies.csv",
             "ge2019/candidacies.csv", "ge2019/constituencies.csv"]:
    raw = open(os.path.join(src, name), encoding="utf-8-sig", newline="").read()
    rows = list(csv.reader(io.StringIO(raw)))
    cols = [i for i, h in enumerate(rows[0]) if h in blank]
    for r in rows[1:]:
        for i in cols:
            r[i] = ""
    os.makedirs(os.path.join(dst, os.path.dirname(name)), exist_ok=True)
    with open(os.path.join(dst, name), "w", encoding="utf-8", newline="") as f:
        csv.writer(f, quoting=csv.QUOTE_ALL).writerows(rows)
PY
for dir in "$data" "$tmp"; do
  "$cli" import commons-library \
    --candidacies "$dir/by-elections-2019-2024/candidacies.csv" \
    --constituencies "$dir/by-elections-2019-2024/constituencies.csv" \
    --previous-candidacies "$dir/ge2019/candidacies.csv" --previous-constituencies "$dir/ge2019/constituencies.csv" \
    --name "Blank test" --previous-label 2019 --out "$tmp/$(basename "$dir").json" 2>/dev/null
done
cmp "$tmp/commons-library.json" "$tmp/$(basename "$tmp").json" || fail "blanking the Library's figures changed the feed"
grep -q '"Result"\|"Majority"' "$tmp/commons-library.json" && fail "feed carries Library figures"

# import errors: an unknown seat is named.
if "$cli" import commons-library --candidacies "$data/ge2019/candidacies.csv" \
  --constituencies "$data/ge2019/constituencies.csv" --only X99 --out "$tmp/x.json" 2>"$tmp/err"; then
  fail "unknown --only accepted"
fi
grep -q "no seat with ONS id X99" "$tmp/err" || fail "unknown seat message: $(cat "$tmp/err")"

# A candidacy for a seat the constituencies file lacks fails the import (exit 1), naming
# file and row; --allow-unknown-seats makes it a warning and exit 0.
fx=$root/tests/feeds/fixtures/commons-library
"$cli" import commons-library --candidacies "$fx/unknown-seat/candidacies.csv" \
  --constituencies "$fx/ge2019-three/constituencies.csv" --out "$tmp/u.json" 2>"$tmp/err" && rc=0 || rc=$?
test "$rc" = 1 || fail "unknown seat in the candidacies exits $rc, not 1"
grep -q 'unknown-seat/candidacies.csv: row 4, column "ONS ID": seat "E14000813" (Mid Bedfordshire) is not in' \
  "$tmp/err" || fail "unknown seat in the candidacies: $(cat "$tmp/err")"
test -e "$tmp/u.json" && fail "a refused import wrote its feed"
"$cli" import commons-library --candidacies "$fx/unknown-seat/candidacies.csv" \
  --constituencies "$fx/ge2019-three/constituencies.csv" --allow-unknown-seats --out "$tmp/u.json" 2>"$tmp/err" ||
  fail "--allow-unknown-seats still refused: $(cat "$tmp/err")"
grep -q 'row 4, column "ONS ID": warning: seat "E14000813"' "$tmp/err" || fail "no unknown-seat warning: $(cat "$tmp/err")"
echo "cli contract holds"
