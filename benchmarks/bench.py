"""How fast cableparse is, measured against a floor taken in the same run.

    python3 benchmarks/bench.py                      # corpus figures + a 251,287-cable archive
    python3 benchmarks/bench.py --archive-size 20000 # a smaller archive
    python3 benchmarks/bench.py --no-archive         # corpus figures only

The **floor** is the cheapest thing a parser of these cables could do: split each cable into
lines and run one compiled, anchored regex match on each line. Every figure is reported as a
ratio to that floor, measured in the same process on the same cables (CPU time, best of
``--repeat`` rounds), so the ratios hold on a busy or a slow machine.

The **archive** is a synthetic ``cables.csv`` (the unofficial Cablegate dump's eight columns,
backslash-escaped quotes): ``--pool`` distinct texts (2,000) drawn from ``cableparse.strategies``
when that module can be imported (``--from strategies``), else the real corpus cables
(``--from corpus``), cycled, each row with its banner serial varied. The parser memoises readers
of lines that repeat across cables (addressees, trailers, E.O. lines); a large pool keeps the
archive from repeating more than a real one does. It is streamed with ``iter_cables(workers=...)`` in a fresh process, whose
peak RSS (and that of its largest worker) is the memory figure.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import subprocess
import sys
import time
import warnings
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import cableparse  # noqa: E402
from cableparse import TokenKind  # noqa: E402
from cableparse.corpus import count_csv_rows  # noqa: E402

SHARED_CABLES = ROOT.parent / "shared" / "corpus" / "cables"
FALLBACK_CABLES = ROOT / "fixtures" / "golden"

FLOOR_PATTERN = regex.compile(
    r"""
    ^(?P<word>[A-Z]{2,}+)    # a leading capitalised word, as most element keywords are
    \b
    """,
    regex.VERBOSE,
)

TRAILING_DIGITS = regex.compile(
    r"""
    (?P<digits>\d{1,7}+)     # the serial at the end of a banner: ... MOSCOW 005100
    (?P<rest>\s*+)$
    """,
    regex.VERBOSE,
)


# -- inputs ------------------------------------------------------------------------------------
def corpus_texts(folder: Path | None) -> list[str]:
    """The cables of the shared corpus (or the golden fixtures when it is absent)."""
    folder = folder or (SHARED_CABLES if SHARED_CABLES.is_dir() else FALLBACK_CABLES)
    files = sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".html"))
    return [p.read_bytes().decode("utf-8") for p in files]


def strategy_texts(count: int, seed: int) -> list[str] | None:
    """``count`` cable texts drawn from ``cableparse.strategies.cable_texts()``, if it exists."""
    try:
        from hypothesis import HealthCheck, given, settings
        from cableparse import strategies
    except ImportError:
        return None
    if not hasattr(strategies, "cable_texts"):
        return None
    drawn: list[str] = []

    @settings(max_examples=count, database=None, deadline=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(strategies.cable_texts())
    def draw(text):
        drawn.append(text)

    random.seed(seed)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        draw()
    return [t for t in drawn if t.strip()] or None


def serial_slot(text: str) -> tuple[str, int, str] | None:
    """The text around the serial of its banner: (before, width, after); None without one."""
    for token in cableparse.tokenize(text):
        if token.kind == TokenKind.BANNER:
            line = token.text.rstrip("\r\n")
            m = TRAILING_DIGITS.search(line)
            if not m:
                return None
            return text[:token.start + m.start("digits")], len(m["digits"]), text[token.start + m.end("digits"):]
    return None


def with_serial(slot: tuple[str, int, str], serial: int) -> str:
    """The text of ``slot`` with ``serial`` as its banner serial (same width, zero-padded)."""
    before, width, after = slot
    return f"{before}{serial % 10 ** width:0{width}d}{after}"


def write_archive(path: Path, size: int, pool: list[str], vary: bool, seed: int) -> None:
    """A ``cables.csv`` of ``size`` rows cycling through ``pool`` (banner serials varied when ``vary``)."""
    rng = random.Random(seed)
    slots = [serial_slot(text) if vary else None for text in pool]
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, quoting=csv.QUOTE_ALL, escapechar="\\", doublequote=False,
                            lineterminator="\n")
        for row in range(1, size + 1):
            index = row % len(pool)
            slot = slots[index]
            text = with_serial(slot, rng.randrange(1, 999_999)) if slot else pool[index]
            header, _, content = text.partition("\n\n") if "\n\n" in text else ("", "", text)
            writer.writerow([row, "12/28/2009 18:48", f"09BENCH{row}", "Embassy Bench", "UNCLASSIFIED", "",
                             header, content])


# -- timing ------------------------------------------------------------------------------------
def best_time(work, repeat: int) -> float:
    """The least CPU time of ``repeat`` runs of ``work()`` (CPU time: other processes do not count)."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        work()
        best = min(best, time.process_time() - started)
    return best


def floor(texts: list[str]) -> None:
    for text in texts:
        for line in text.splitlines():
            FLOOR_PATTERN.match(line)


def tokenize_all(texts: list[str]) -> None:
    for text in texts:
        cableparse.tokenize(text)


def parse_all(texts: list[str]) -> list:
    cables = []
    for text in texts:
        try:
            cables.append(cableparse.parse(text))
        except cableparse.CableParseError:
            pass
    return cables


def validate_all(texts: list[str]) -> None:
    for text in texts:
        try:
            cableparse.validate(cableparse.parse(text))
        except cableparse.CableParseError:
            pass


def corpus_figures(texts: list[str], repeat: int) -> dict:
    """Cables/s, MB/s and the ratio to the floor for tokenize, parse and (if present) validate."""
    size_mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    stages = {"floor": floor, "tokenize": tokenize_all, "parse": parse_all}
    if hasattr(cableparse, "validate"):
        stages["validate"] = validate_all
    seconds = dict.fromkeys(stages, float("inf"))
    for _ in range(repeat):              # rounds interleaved: a slower minute slows every stage alike
        for name, work in stages.items():
            seconds[name] = min(seconds[name], best_time(lambda work=work: work(texts), 1))
    return {name: {"seconds": s, "cables_per_s": len(texts) / s, "mb_per_s": size_mb / s,
                   "x_floor": s / seconds["floor"]} for name, s in seconds.items()} | \
        {"cables": len(texts), "mb": size_mb}


# -- streaming ---------------------------------------------------------------------------------
def stream_archive(path: str, workers: int) -> dict:
    """Stream ``path`` with ``iter_cables`` in this process: wall and CPU time, peak RSS (MB)."""
    started, cpu_started, own_started = time.perf_counter(), cpu_seconds(), own_cpu_seconds()
    stream = cableparse.iter_cables(path, workers=workers)
    for _ in stream:
        pass
    wall = time.perf_counter() - started
    cpu = cpu_seconds() - cpu_started
    own = own_cpu_seconds() - own_started
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"cables": stream.parsed, "failed": stream.failed, "seconds": wall, "cpu_seconds": cpu,
            "main_cpu_seconds": own,
            "cables_per_s": stream.parsed / wall, "cables_per_cpu_s": stream.parsed / cpu,
            "peak_rss_mb": peak_rss_mb(), "peak_worker_rss_mb": child, "workers": workers}


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the pool's workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def own_cpu_seconds() -> float:
    """CPU time of this process alone: reading the source, handing out work, unpickling results."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


def peak_rss_mb() -> float:
    """This process's peak RSS (``VmHWM``: unlike ``ru_maxrss`` it is not inherited across exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def stream_in_fresh_process(path: Path, workers: int) -> dict:
    """``stream_archive`` in a new interpreter, so its peak RSS is the stream's alone."""
    done = subprocess.run([sys.executable, __file__, "--stream-only", str(path), "--workers", str(workers)],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


# -- report ------------------------------------------------------------------------------------
def print_corpus(figures: dict, label: str) -> None:
    print(f"\n{label}: {figures['cables']:,} cables, {figures['mb']:.1f} MB (one core, CPU time, best of rounds)")
    print(f"  {'stage':9} {'cables/s':>10} {'MB/s':>8} {'x floor':>8}")
    for name in ("floor", "tokenize", "parse", "validate"):
        if name in figures:
            f = figures[name]
            print(f"  {name:9} {f['cables_per_s']:10,.0f} {f['mb_per_s']:8.2f} {f['x_floor']:8.1f}")


def print_stream(figures: dict, size_mb: float) -> None:
    print(f"\narchive stream: {figures['cables']:,} cables ({figures['failed']} failed), {size_mb:,.0f} MB, "
          f"{figures['workers']} workers")
    print(f"  wall {figures['seconds']:.1f} s, {figures['cables_per_s']:,.0f} cables/s, "
          f"{size_mb / figures['seconds']:.1f} MB/s")
    main = figures.get("main_cpu_seconds")
    if main is not None:
        print(f"  CPU per cable: {main / figures['cables'] * 1e6:,.0f} us in the main process, "
              f"{(figures['cpu_seconds'] - main) / figures['cables'] * 1e6:,.0f} us in the workers")
    print(f"  CPU {figures['cpu_seconds']:.1f} s (main + workers), {figures['cables_per_cpu_s']:,.0f} cables "
          f"per CPU-second; on {figures['workers']} idle cores: "
          f"{figures['cables'] / figures['cables_per_cpu_s'] / figures['workers']:.0f} s")
    print(f"  peak RSS: main process {figures['peak_rss_mb']:.0f} MB, largest worker "
          f"{figures['peak_worker_rss_mb']:.0f} MB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, help="folder of cables (default: the shared corpus)")
    parser.add_argument("--repeat", type=int, default=3, help="rounds per stage (the best counts)")
    parser.add_argument("--archive", type=Path, default=Path("/tmp/cableparse-bench/cables.csv"))
    parser.add_argument("--archive-size", type=int, default=251_287)
    parser.add_argument("--from", dest="origin", choices=("strategies", "corpus"), default=None,
                        help="where archive texts come from (default: strategies when importable)")
    parser.add_argument("--pool", type=int, default=2000,
                        help="distinct texts drawn from the strategies for the archive (default 2,000)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--no-archive", action="store_true")
    parser.add_argument("--reuse-archive", action="store_true",
                        help="stream the archive file of an earlier run when it has --archive-size rows")
    parser.add_argument("--stream-only", metavar="CSV", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.stream_only:
        print(json.dumps(stream_archive(args.stream_only, args.workers)))
        return 0
    texts = corpus_texts(args.corpus)
    print_corpus(corpus_figures(texts, args.repeat), "shared corpus")
    if args.no_archive:
        return 0
    pool = None
    if args.origin in (None, "strategies"):
        pool = strategy_texts(args.pool, seed=1)
        if pool is None and args.origin == "strategies":
            print("cableparse.strategies.cable_texts is not available", file=sys.stderr)
            return 2
    if pool is None:
        pool, origin = texts, "corpus cables"
    else:
        origin = "cableparse.strategies"
    print(f"\narchive texts: {origin}, banner serials varied in the archive ({len(pool):,} distinct texts)")
    print_corpus(corpus_figures(pool, args.repeat), "archive texts")
    args.archive.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    if args.reuse_archive and args.archive.exists() and count_csv_rows(args.archive) == args.archive_size:
        print(f"\nreusing {args.archive} ({args.archive_size:,} rows, written by an earlier run)")
    else:
        write_archive(args.archive, args.archive_size, pool, vary=True, seed=7)
        print(f"\nwrote {args.archive} ({args.archive_size:,} rows) in {time.perf_counter() - started:.0f} s")
    size_mb = args.archive.stat().st_size / 1e6
    print_stream(stream_in_fresh_process(args.archive, args.workers), size_mb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
