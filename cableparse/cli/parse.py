"""``cableparse parse FILE...``: the JSON of each cable (``--jsonl`` for one line a cable)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from ..api import parse
from ..errors import CableParseError


def register(sub) -> None:
    p = sub.add_parser("parse", help="print the JSON of each cable")
    p.add_argument("files", nargs="+", metavar="FILE", help="cable files (.txt, .html); - reads standard input")
    p.add_argument("--jsonl", action="store_true", help="one JSON object per line")
    p.add_argument("--strict", action="store_true", help="fail on the first malformed element")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    p.set_defaults(run=run)


def read_text(name: str) -> str:
    """The text of a file (or standard input for ``-``), decoded as UTF-8 with a Latin-1 fallback."""
    data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def run(args) -> int:
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    status = 0
    try:
        for name in args.files:
            try:
                cable = parse(read_text(name), strict=args.strict)
            except OSError as error:
                print(f"cableparse: {name}: cannot read: {error.strerror or error}", file=sys.stderr)
                status = 2
                continue
            except CableParseError as error:
                print(f"cableparse: {name}:{error.line}:{error.column}: {error.message}", file=sys.stderr)
                status = 2
                continue
            data = cable.model_dump(mode="json")
            out.write(json.dumps(data, ensure_ascii=False) if args.jsonl else json.dumps(data, indent=2, ensure_ascii=False))
            out.write("\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return status
