"""``cableparse parse SOURCE...``: the JSON of each cable (``--jsonl`` for one line a cable).

A source is a cable file (``.txt``, ``.html``), a folder of them, a ``cables.csv`` archive or
``-`` (standard input). Archives and folders are streamed and parsed on ``--jobs`` processes, in
input order. Each item that gives no cable is one line on stderr; a final count follows when
more than one item was read, and the exit status is then 2. On a terminal, stderr shows a
progress bar: cables, cables/s and, once the items are counted, the ETA.
"""
from __future__ import annotations

import json
import sys
import threading
import time

from ..corpus import CableStream, count_items
from ..models import Cable


def register(sub) -> None:
    p = sub.add_parser("parse", help="print the JSON of each cable")
    p.add_argument("files", nargs="+", metavar="SOURCE",
                   help="cable files (.txt, .html), folders of them, cables.csv archives; - reads standard input")
    p.add_argument("--jsonl", action="store_true", help="one JSON object per line")
    p.add_argument("--strict", action="store_true", help="fail a cable on its first malformed element")
    p.add_argument("-j", "--jobs", type=int, default=0, metavar="N",
                   help="parse on N processes (default 0: every core)")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    p.add_argument("--no-progress", action="store_true", help="no progress bar, even on a terminal")
    p.set_defaults(run=run)


def json_line(cable: Cable) -> str:
    """One cable as one line of compact JSON (run in the worker processes)."""
    return cable.model_dump_json()


def json_block(cable: Cable) -> str:
    """One cable as indented JSON."""
    return json.dumps(cable.model_dump(mode="json"), indent=2, ensure_ascii=False)


def run(args) -> int:
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    progress = Progress(sys.stderr) if sys.stderr.isatty() and not args.no_progress else None
    if progress is not None:
        progress.count_in_background(args.files)
    stream = CableStream(args.files, workers=args.jobs, strict=args.strict,
                         convert=json_line if args.jsonl else json_block, on_error=_error_printer(progress))
    try:
        with stream:
            for text in stream:
                out.write(text)
                out.write("\n")
                if progress is not None:
                    progress.advance(stream.parsed + stream.failed)
    finally:
        if progress is not None:
            progress.finish(stream.parsed + stream.failed)
        if out is not sys.stdout:
            out.close()
    items = stream.parsed + stream.failed
    if stream.failed and items > 1:
        print(f"cableparse: {stream.failed:,} of {items:,} items gave no cable", file=sys.stderr)
    return 2 if stream.failed else 0


def _error_printer(progress: "Progress | None"):
    """Each failure as one line on stderr, above the progress bar."""
    def report(error) -> None:
        if progress is not None:
            progress.clear()
        print(f"cableparse: {error}", file=sys.stderr)
    return report


class Progress:
    """``  12,345/251,287 cables  2,310 cables/s  ETA 1:40`` on one terminal line, redrawn 4 times a second."""

    INTERVAL = 0.25

    def __init__(self, stream):
        self.stream = stream
        self.total: int | None = None
        self.started = time.monotonic()
        self.drawn_at = 0.0
        self.shown = False

    def count_in_background(self, sources) -> None:
        """Count the items while parsing starts, so the ETA appears once the count is in."""
        def count() -> None:
            counts = [count_items(source) for source in sources]
            self.total = None if None in counts else sum(counts)
        threading.Thread(target=count, daemon=True).start()

    def advance(self, done: int) -> None:
        now = time.monotonic()
        if now - self.drawn_at >= self.INTERVAL:
            self.drawn_at = now
            self.draw(done, now)

    def draw(self, done: int, now: float) -> None:
        rate = done / max(now - self.started, 1e-6)
        line = f"  {done:,}"
        if self.total:
            line += f"/{self.total:,} cables {100 * done / self.total:5.1f}%"
        else:
            line += " cables"
        line += f"  {rate:,.0f} cables/s"
        if self.total and rate > 0:
            left = max(self.total - done, 0) / rate
            line += f"  ETA {int(left // 60)}:{int(left % 60):02d}"
        self.stream.write("\r" + line + "\x1b[K")
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.shown = False

    def finish(self, done: int) -> None:
        self.draw(done, time.monotonic())
        self.stream.write("\n")
        self.stream.flush()
