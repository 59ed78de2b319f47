#!/usr/bin/env bash
# The rehearse command line: one clear line and a non-zero exit for bad input, simulated
# times said so, --history keeping every revision at max speed, a timed replay.
set -u
BIN=$1
SRC=$2
LIB=$SRC/tests/data/commons-library
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0
check() { # check DESCRIPTION COMMAND...
  local what=$1
  shift
  if "$@"; then echo "ok: $what"; else echo "FAIL: $what"; fails=$((fails + 1)); fi
}
G19=(--candidacies "$LIB/ge2019/candidacies.csv" --constituencies "$LIB/ge2019/constituencies.csv"
  --previous-candidacies "$LIB/ge2017/candidacies.csv" --previous-constituencies "$LIB/ge2017/constituencies.csv")

# A file that cannot be read: one line, exit 2.
"$BIN" rehearse --candidacies "$T/none.csv" --constituencies "$T/none.csv" --out "$T/f.json" 2>"$T/err"
rc=$?
check "missing CSV exits 2 (got $rc)" test "$rc" = 2
check "missing CSV is one line" test "$(wc -l <"$T/err")" = 1
check "missing CSV names the file" grep -q "none.csv" "$T/err"

# A CSV the importer rejects: exit 1 with the importer's errors and one summary line.
printf 'nonsense\n1\n' >"$T/bad.csv"
"$BIN" rehearse --candidacies "$T/bad.csv" --constituencies "$T/bad.csv" --out "$T/f.json" 2>"$T/err"
rc=$?
check "rejected CSV exits 1 (got $rc)" test "$rc" = 1
check "rejected CSV says so" grep -q "the importer refused the files" "$T/err"

# An unreachable push URL: one line, exit 2, quickly.
"$BIN" rehearse "${G19[@]}" --speed max --push http://127.0.0.1:9 2>"$T/err"
rc=$?
check "unreachable push exits 2 (got $rc)" test "$rc" = 2
check "unreachable push says it cannot deliver" grep -q "cannot deliver revision" "$T/err"
check "unreachable push is one line" test "$(wc -l <"$T/err")" = 1

# Bad options.
"$BIN" rehearse "${G19[@]}" --speed fast --out "$T/f.json" 2>"$T/err"
check "bad --speed exits 2" test $? = 2
"$BIN" rehearse "${G19[@]}" --until 25:00 --out "$T/f.json" 2>"$T/err"
check "bad --until exits 2" test $? = 2

# 2024 has no declaration times: simulated, and said so; --history keeps every revision.
"$BIN" rehearse --candidacies "$LIB/ge2024/candidacies.csv" --constituencies "$LIB/ge2024/constituencies.csv" \
  --notional "$LIB/ge2024/notional-2019-on-2024-boundaries.csv" --date 2024-07-04 --speed max \
  --out "$T/ge2024.json" --history "$T/h24" --until 01:30 2>"$T/err"
rc=$?
check "ge2024 replay exits 0 (got $rc)" test "$rc" = 0
check "ge2024 says the times are simulated" grep -q "650 of 650 seats have no declaration time" "$T/err"
check "ge2024 summary says simulated" grep -q "times simulated" "$T/err"
check "ge2024 final feed is valid" "$BIN" feed check "$T/ge2024.json"
n=$(ls "$T/h24"/*.json | wc -l)
check "ge2024 history has one file per index line ($n)" test "$n" = "$(wc -l <"$T/h24/index.jsonl")"
check "ge2024 history has many revisions ($n)" test "$n" -gt 5
last=$(ls "$T/h24"/*.json | tail -1)
check "ge2024 --out is the history's last revision" cmp -s "$last" "$T/ge2024.json"
check "ge2024 history revisions are valid" "$BIN" feed check "$T/h24/000001.json" "$last"

# A timed replay of three seats at 3000x: each revision written to --out in turn.
"$BIN" rehearse "${G19[@]}" --only W07000049 --only W07000058 --only S14000001 --speed 3000 \
  --out "$T/three.json" --history "$T/h3" 2>"$T/err"
rc=$?
check "timed replay exits 0 (got $rc)" test "$rc" = 0
check "timed replay declares 3/3" grep -q "3/3 seats declared" "$T/err"
check "timed replay's feed is valid" "$BIN" feed check "$T/three.json"
check "timed replay's history has the start and each declaration" test "$(wc -l <"$T/h3/index.jsonl")" -ge 2
cat "$T/err"

echo "$fails failure(s)"
test "$fails" = 0
