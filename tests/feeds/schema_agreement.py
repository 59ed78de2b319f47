#!/usr/bin/python3
"""feed check and an independent JSON Schema validator (Debian's python3-jsonschema)
must agree on every sample, example, broken-corpus and fuzz-corpus file.

The schema (feeds/schema/feed.schema.json) holds the structural rules. A few rules are
beyond JSON Schema and are checked by feed check alone (see feeds/SCHEMA.md): where the
schema accepts a file that feed check rejects, every one of feed check's errors must be
one of those rules. Where the schema rejects a file, feed check must reject it too.

usage: schema_agreement.py FEED_CLI SOURCE_DIR"""
import glob
import json
import os
import subprocess
import sys

import jsonschema

NON_SCHEMA_RULES = {"duplicate-key", "duplicate-contest-id", "duplicate-party-code", "vote-sum", "turnout",
                    "size-limit", "depth-limit", "more", "projection-sum", "duplicate-party"}


def reject_constant(name):
    raise ValueError(f"{name} is not JSON")


def all_strings_utf8(value):
    """Python's json accepts lone surrogate escapes ("\\ud800"); RFC 8259 text cannot
    carry them as characters, so such a document is not valid feed text."""
    if isinstance(value, str):
        value.encode("utf-8")
    elif isinstance(value, list):
        for v in value:
            all_strings_utf8(v)
    elif isinstance(value, dict):
        for k, v in value.items():
            all_strings_utf8(k)
            all_strings_utf8(v)


def schema_verdict(validator, path):
    """(valid, why) by the JSON Schema alone."""
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # a BOM is tolerated (feed check warns)
    try:
        text = data.decode("utf-8")
        doc = json.loads(text, parse_constant=reject_constant)
        all_strings_utf8(doc)
    except (UnicodeError, ValueError, RecursionError) as e:
        return False, f"not JSON: {type(e).__name__}: {str(e)[:100]}"
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
    if errors:
        e = errors[0]
        return False, "/" + "/".join(str(p) for p in e.absolute_path) + ": " + e.message[:120]
    return True, ""


def check_verdicts(cli, paths):
    """{path: (valid, errors)} from one `feed check --json` over every file."""
    run = subprocess.run([cli, "feed", "check", "--json", *paths], capture_output=True, timeout=600)
    if run.returncode not in (0, 1):
        raise SystemExit(f"feed check exited {run.returncode}: {run.stderr[:300]!r}")
    problems = json.loads(run.stdout.decode("utf-8", "replace"))
    errors = {p: [] for p in paths}
    for problem in problems:
        if problem["severity"] == "error":
            errors[problem["file"]].append(problem)
    if (run.returncode == 0) != all(not e for e in errors.values()):
        raise SystemExit(f"feed check's exit code {run.returncode} does not match its errors")
    return {p: (not e, e) for p, e in errors.items()}


def main():
    cli, root = sys.argv[1], sys.argv[2]
    schema = json.load(open(os.path.join(root, "feeds/schema/feed.schema.json"), encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    files = sorted(glob.glob(os.path.join(root, "feeds/samples/*.json")) +
                   glob.glob(os.path.join(root, "feeds/examples/*.json")) +
                   glob.glob(os.path.join(root, "tests/feeds/broken/*.json")) +
                   glob.glob(os.path.join(root, "tests/fuzz/corpus/*")))
    verdicts = check_verdicts(cli, files)
    disagreements = []
    counts = {"both valid": 0, "both invalid": 0, "rules beyond the schema": 0}
    for path in files:
        s_ok, why = schema_verdict(validator, path)
        c_ok, errors = verdicts[path]
        rel = os.path.relpath(path, root)
        if s_ok and c_ok:
            counts["both valid"] += 1
        elif not s_ok and not c_ok:
            counts["both invalid"] += 1
        elif s_ok and not c_ok:
            others = [e for e in errors if e["rule"] not in NON_SCHEMA_RULES]
            if others:
                disagreements.append(f"{rel}: schema valid, feed check rejects: {others[0]['path']}: {others[0]['reason']}")
            else:
                counts["rules beyond the schema"] += 1
        else:
            disagreements.append(f"{rel}: schema rejects ({why}), feed check accepts")
    print(f"{len(files)} files: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
    for d in disagreements:
        print("DISAGREE " + d)
    return 1 if disagreements or not files else 0


if __name__ == "__main__":
    sys.exit(main())
