"""``cableparse validate FILE...``: the marking findings of each cable, one a line, or JSON / SARIF.

Exit status: 0 clean, 1 a finding at or above ``--fail-level`` (unless ``--exit-zero``), 2 an
input that could not be read or is no cable (a one-line message on stderr). Folders and
``cables.csv`` archives are streamed with ``iter_cables``.
"""
from __future__ import annotations

import json
import sys
from collections import Counter

from .. import __version__
from ..corpus import CableStream
from ..models import Cable
from ..models.finding import Finding, Severity
from ..validate import RULES, Config, validate

FORMATS = ("text", "json", "sarif")
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def register(sub) -> None:
    p = sub.add_parser("validate", help="check classification markings (rules CM001-CM062)")
    p.add_argument("files", nargs="+", metavar="FILE", help="cable files, folders, cables.csv; - reads standard input")
    p.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    p.add_argument("--select", metavar="CODES", help="only these codes or prefixes, comma-separated (CM00,CM050)")
    p.add_argument("--ignore", metavar="CODES", help="skip these codes or prefixes, comma-separated")
    p.add_argument("--advisory", action="store_true", help="also run the advisory rules (CM010, CM033, CM057, CM062)")
    p.add_argument("--severity", metavar="CODE=LEVEL", action="append", default=[],
                   help="override a rule's severity: error, warning or off (repeatable)")
    p.add_argument("--fail-level", choices=("error", "warning"), default="error",
                   help="lowest severity that makes the exit status 1 (default: error)")
    p.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    p.add_argument("-j", "--jobs", "--workers", dest="workers", type=int, default=1, metavar="N",
                   help="parsing processes (0: all cores; as -j of cableparse parse)")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    p.set_defaults(run=run)


def config_of(args) -> Config:
    """The validator configuration the options ask for."""
    severities = {}
    for item in args.severity:
        code, _, level = item.partition("=")
        if level not in ("error", "warning", "off"):
            raise SystemExit(f"cableparse: --severity {item!r}: expected CODE=error|warning|off")
        severities[code.strip().upper()] = level
    return Config(select=_codes(args.select), ignore=_codes(args.ignore) or (), advisory=args.advisory,
                  severities=severities)


def _codes(text: str | None) -> tuple[str, ...] | None:
    if text is None:
        return None
    return tuple(code.strip().upper() for code in text.split(",") if code.strip())


def name_of(cable: Cable) -> str:
    """Where a cable came from: the file, or ``cables.csv[08LAPAZ751]`` for a CSV row."""
    source = cable.provenance.get("source", "<input>")
    refid = cable.provenance.get("refid")
    return f"{source}[{refid}]" if refid else source


def run(args) -> int:
    config = config_of(args)
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    failures = []

    def report(error) -> None:
        failures.append(error)
        print(f"cableparse: {error}", file=sys.stderr)

    try:
        stream = CableStream(args.files, workers=args.workers, on_error=report)
        results = ((name_of(cable), cable.reference_id, validate(cable, config=config)) for cable in stream)
        writer = {"text": write_text, "json": write_json, "sarif": write_sarif}[args.format]
        counts, files = writer(results, out)
    finally:
        if out is not sys.stdout:
            out.close()
    summary = summary_line(files, counts, len(failures))
    print(summary, file=sys.stdout if args.format == "text" and out is sys.stdout else sys.stderr)
    return exit_status(counts, failures, args)


def exit_status(counts: Counter, failures: list, args) -> int:
    if failures:
        return 2
    threshold = Severity(args.fail_level).rank
    failing = sum(n for (code, severity), n in counts.items() if Severity(severity).rank >= threshold)
    return 1 if failing and not args.exit_zero else 0


def summary_line(files: int, counts: Counter, failed: int) -> str:
    """``4426 files, 3121 findings (CM002 362, CM006 2644 …), 0 unreadable``."""
    by_code = Counter()
    for (code, _), n in counts.items():
        by_code[code] += n
    detail = ", ".join(f"{code} {n}" for code, n in sorted(by_code.items()))
    total = sum(by_code.values())
    return f"{files} files, {total} findings" + (f" ({detail})" if detail else "") + f", {failed} unreadable"


def _location(name: str, finding: Finding) -> str:
    return f"{name}:{finding.line}:" if finding.line is not None else f"{name}:"


def write_text(results, out) -> tuple[Counter, int]:
    """``cables/07MOSCOW5100.txt:28: CM010 warning subject of a CONFIDENTIAL cable …``."""
    counts, files = Counter(), 0
    for name, _, findings in results:
        files += 1
        for finding in findings:
            counts[finding.code, finding.severity.value] += 1
            out.write(f"{_location(name, finding)} {finding.code} {finding.severity.value} {finding.message}\n")
    return counts, files


def write_json(results, out) -> tuple[Counter, int]:
    """``{"cables": [{"path", "reference_id", "findings": [...]}], "summary": {...}}``."""
    counts, files, cables = Counter(), 0, []
    for name, reference_id, findings in results:
        files += 1
        for finding in findings:
            counts[finding.code, finding.severity.value] += 1
        cables.append({"path": name, "reference_id": reference_id,
                       "findings": [f.model_dump(mode="json") for f in findings]})
    by_code = Counter()
    for (code, _), n in counts.items():
        by_code[code] += n
    json.dump({"cables": cables, "summary": {"files": files, "findings": dict(sorted(by_code.items()))}},
              out, ensure_ascii=False, indent=1)
    out.write("\n")
    return counts, files


def write_sarif(results, out) -> tuple[Counter, int]:
    """A SARIF 2.1.0 log: one run, the catalogue as rules, each finding a result with its line."""
    counts, files, entries = Counter(), 0, []
    for name, _, findings in results:
        files += 1
        for finding in findings:
            counts[finding.code, finding.severity.value] += 1
            entries.append(sarif_result(name, finding))
    rules = [{"id": rule.code, "name": rule.title, "shortDescription": {"text": rule.title},
              "defaultConfiguration": {"level": rule.severity.value if not rule.advisory else "none"}}
             for rule in (RULES[code] for code in sorted(RULES))]
    log = {"$schema": SARIF_SCHEMA, "version": "2.1.0",
           "runs": [{"tool": {"driver": {"name": "cableparse", "version": __version__, "rules": rules}},
                     "results": entries}]}
    json.dump(log, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return counts, files


def sarif_result(name: str, finding: Finding) -> dict:
    location = {"artifactLocation": {"uri": name}}
    if finding.line is not None:
        location["region"] = {"startLine": finding.line}
    return {"ruleId": finding.code, "level": finding.severity.value, "message": {"text": finding.message},
            "locations": [{"physicalLocation": location}]}
