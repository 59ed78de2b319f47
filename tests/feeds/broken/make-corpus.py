#!/usr/bin/python3
"""Writes the broken-feed corpus and its manifest, expected.tsv (run from this folder).

Each file breaks one rule of feeds/SCHEMA.md (or, for warn-*, raises one warning) in an
otherwise valid three-candidate Mid Bedfordshire. The files are committed; this script
only documents how they were made and remakes them after a deliberate change."""
import copy
import json

base = {
    "format": "landslide-results", "formatVersion": 1, "name": "Broken feed corpus",
    "parties": [{"code": "LAB", "name": "Labour", "shortName": "LAB"},
                {"code": "CON", "name": "Conservative", "shortName": "CON"},
                {"code": "LD", "name": "Liberal Democrat", "shortName": "LD"}],
    "contests": [{
        "id": "E14000813", "name": "Mid Bedfordshire", "status": "declared", "revision": 1,
        "electorate": 92578, "validVotes": 35972, "rejected": 102,
        "candidates": [{"name": "Alistair Strathern", "party": "LAB", "votes": 13872, "elected": True},
                       {"name": "Festus Akinbusoye", "party": "CON", "votes": 12680},
                       {"name": "Emma Holland-Lindsay", "party": "LD", "votes": 9420}],
        "previous": {"label": "2019", "votes": [{"party": "CON", "votes": 38692}, {"party": "LAB", "votes": 14028}]}}]}


def doc(*edits):
    d = copy.deepcopy(base)
    for e in edits:
        e(d)
    return d


def c0(d):
    return d["contests"][0]


def cand(i, **kw):
    return lambda d: c0(d)["candidates"][i].update(kw)


def drop(obj_fn, key):
    return lambda d: obj_fn(d).pop(key)


cases = []


def add(name, severity, path, fragment, content):
    if not isinstance(content, (bytes, str)):
        content = json.dumps(content, ensure_ascii=False, indent=1)
    cases.append((name, severity, path, fragment, content))


def winner_only_without_elected(d):
    c = c0(d)
    c["status"] = "winner-only"
    c.pop("validVotes")
    for k in c["candidates"]:
        k.pop("votes")
        k.pop("elected", None)


def no_votes(d):
    c0(d).update(validVotes=0, rejected=0)
    for k in c0(d)["candidates"]:
        k["votes"] = 0


text = json.dumps(base, indent=1)
compact = json.dumps(base)
add("syntax-truncated.json", "error", "/contests/0/rejected", "invalid JSON at line", text[: len(text) // 2])
add("syntax-trailing-comma.json", "error", "/parties/0", "invalid JSON at line",
    '{"format":"landslide-results","formatVersion":1,"name":"x","parties":[{"code":"LAB","name":"Labour"},],"contests":[]}')
add("not-an-object.json", "error", "", "a feed document must be an object", "[]")
add("empty.json", "error", "", "empty document", "")
add("wrong-format.json", "error", "/format", 'must be "landslide-results"', doc(lambda d: d.update(format="pa-results")))
add("format-version-2.json", "error", "/formatVersion", "format version 2 is not understood",
    doc(lambda d: d.update(formatVersion=2)))
add("missing-contests.json", "error", "", 'missing required field "contests"', doc(lambda d: d.pop("contests")))
add("votes-string.json", "error", "/contests/0/candidates/1/votes", "must be a whole number, not a string",
    doc(cand(1, votes="12680")))
add("votes-negative.json", "error", "/contests/0/candidates/1/votes", "must not be negative", doc(cand(1, votes=-12680)))
add("votes-fraction.json", "error", "/contests/0/candidates/1/votes", "must be a whole number (is 12680.5)",
    doc(cand(1, votes=12680.5)))
add("votes-implausible.json", "error", "/contests/0/candidates/1/votes", "not plausible", doc(cand(1, votes=10**13)))
add("vote-sum.json", "error", "/contests/0/validVotes", "candidate votes sum to 35,972 but validVotes is 35,973",
    doc(lambda d: c0(d).update(validVotes=35973)))
add("duplicate-contest-id.json", "error", "/contests/1/id", 'duplicate contest id "E14000813" (first at /contests/0)',
    doc(lambda d: d["contests"].append(copy.deepcopy(c0(d)))))
add("duplicate-party-code.json", "error", "/parties/3/code", 'duplicate party code "LAB"',
    doc(lambda d: d["parties"].append({"code": "LAB", "name": "Labour again"})))
add("turnout-over-100.json", "error", "/contests/0/electorate", "turnout would exceed 100%",
    doc(lambda d: c0(d).update(electorate=36000)))
add("unknown-field.json", "error", "/contests/0/candidates/0/colour", 'unknown field "colour"',
    doc(cand(0, colour="#E4003B")))
add("bad-status.json", "error", "/contests/0/status", '"provisional" is not a status',
    doc(lambda d: c0(d).update(status="provisional")))
add("declared-missing-votes.json", "error", "/contests/0/candidates/2", 'missing required field "votes"',
    doc(lambda d: c0(d)["candidates"][2].pop("votes")))
add("declared-no-candidates.json", "error", "/contests/0/candidates", "needs at least one candidate",
    doc(lambda d: c0(d).update(candidates=[], validVotes=0)))
add("winner-only-no-elected.json", "error", "/contests/0/candidates", "exactly one candidate marked elected (has 0)",
    doc(winner_only_without_elected))
add("null-electorate.json", "error", "/contests/0/electorate", "must be a whole number, not null",
    doc(lambda d: c0(d).update(electorate=None)))
add("bad-colour.json", "error", "/parties/0/colour", "is not a colour", doc(lambda d: d["parties"][0].update(colour="red")))
add("bad-party-code.json", "error", "/contests/0/candidates/0/party", "is not a party code",
    doc(cand(0, party="Labour Party")))
add("bad-date.json", "error", "/date", "is not a date", doc(lambda d: d.update(date="19/10/2023")))
add("previous-negative.json", "error", "/contests/0/previous/votes/0/votes", "must not be negative",
    doc(lambda d: c0(d)["previous"]["votes"][0].update(votes=-1)))
add("id-too-long.json", "error", "/contests/0/id", "must be at most 64 characters", doc(lambda d: c0(d).update(id="E" * 65)))
add("duplicate-key.json", "error", "/contests/0/candidates/0/votes", 'duplicate key "votes"',
    compact.replace('"votes": 13872', '"votes": 13872, "votes": 13873', 1))
add("nan.json", "error", "/contests/0/candidates/0/votes", "invalid JSON at line", compact.replace("13872", "NaN", 1))
add("lone-surrogate.json", "error", "/name", "invalid JSON at line",
    compact.replace('"Broken feed corpus"', '"Broken \\ud800 corpus"'))
add("invalid-utf8.json", "error", "", "invalid UTF-8 at byte",
    compact.encode().replace(b"Mid Bedfordshire", b"Mid Bedf\xf6rdshire"))
add("overlong-utf8.json", "error", "", "invalid UTF-8 at byte",
    compact.encode().replace(b"Mid Bedfordshire", b"Mid \xc0\xafBedfordshire"))
add("deep-nesting.json", "error", "/notes" + "/0" * 30, "nesting deeper than 32 levels",
    '{"format":"landslide-results","formatVersion":1,"name":"deep","parties":[],"contests":[],"notes":'
    + "[" * 10000 + "]" * 10000 + "}")
add("bad-declared-at.json", "error", "/contests/0/declaredAt", "is not a date-time with an offset",
    doc(lambda d: c0(d).update(declaredAt="20/10/2023 01:13")))


def projection(*seats, **kw):
    block = {"label": "EXIT POLL", "publishedAt": "2023-10-19T22:00:00+01:00",
             "seats": [{"party": p, "seats": n} for p, n in seats]}
    block.update(kw)
    return lambda d: d.update(projection=block)


add("projection-over-contests.json", "error", "/projection/seats", "projects 2 seats, more than the 1 contest",
    doc(projection(("LAB", 1), ("CON", 1))))
add("projection-duplicate-party.json", "error", "/projection/seats/1/party",
    'party "LAB" is projected twice (first at /projection/seats/0)', doc(projection(("LAB", 1), ("LAB", 0))))
add("projection-bad-published-at.json", "error", "/projection/publishedAt", "is not a date-time with an offset",
    doc(projection(("LAB", 1), publishedAt="19 October 2023 22:00")))
# Warnings: the document is accepted and the warning shown to the operator.
add("warn-projection-unknown-party.json", "warning", "/projection/seats/1/party",
    'party code "YRKS" is not in the party table', doc(projection(("LAB", 1), ("YRKS", 0))))
add("warn-unknown-party.json", "warning", "/contests/0/candidates/2/party", 'party code "YRKS" is not in the party table',
    doc(cand(2, party="YRKS")))
add("warn-elected-flag.json", "warning", "/contests/0/candidates/1/elected", "marked elected but did not top the count",
    doc(lambda d: c0(d)["candidates"][0].pop("elected"), cand(1, elected=True)))
add("warn-no-elected.json", "warning", "/contests/0/candidates", "no candidate is marked elected",
    doc(lambda d: c0(d)["candidates"][0].pop("elected")))
add("warn-declared-no-votes.json", "warning", "/contests/0/validVotes", "declared with no votes", doc(no_votes))
add("warn-double-encoded.json", "warning", "/contests/0/candidates/1/name", "looks double-encoded",
    doc(cand(1, name="Ã\u0081ine Groogan")))
add("warn-bom.json", "warning", "", "byte-order mark", b"\xef\xbb\xbf" + compact.encode())

manifest = ["# Broken-feed corpus (made by make-corpus.py): FILE<TAB>SEVERITY<TAB>JSON POINTER<TAB>REASON FRAGMENT.",
            "# An error must reject the document with that error at that path; a warning must let",
            "# the document through with that warning."]
for name, severity, path, fragment, content in cases:
    if isinstance(content, bytes):
        with open(name, "wb") as f:
            f.write(content)
    else:
        with open(name, "w", encoding="utf-8") as f:
            f.write(content)
    manifest.append("\t".join([name, severity, path, fragment]))
with open("expected.tsv", "w", encoding="utf-8") as f:
    f.write("\n".join(manifest) + "\n")
