"""Whole archives: cables streamed from a ``cables.csv``, a folder, one file or standard input.

``iter_cables(source)`` reads its source lazily, one item at a time (a run of CSV rows, a file),
so memory stays constant in the number of cables. With ``workers=n`` the parsing runs on ``n``
processes of a standard-library process pool; batches of items go out and come back in input
order, and at most a few batches per worker are in flight, so the order and the memory bound
both hold. A ``cables.csv`` is cut at row starts into runs of about ``CSV_CHUNK`` bytes whose
rows the workers read themselves, and each batch of results comes back as one pickle made and
read with the garbage collector paused (``gcpause``).

An item that gives no cable (a malformed CSV row, an unreadable file, a text that is no cable)
never stops the stream and is never dropped silently: it becomes a :class:`CableError`, which is
counted on the stream (``stream.failed``), kept among the first ``MAX_KEPT_ERRORS`` in
``stream.errors`` and handed to ``on_error`` when one is given::

    stream = cableparse.iter_cables("cables.csv", workers=4, on_error=print)
    for cable in stream:
        ...
    print(stream.parsed, "cables,", stream.failed, "failures")
"""
from __future__ import annotations

import csv
import io
import itertools
import os
import pickle
import sys
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import regex

from .api import parse
from .errors import CableParseError
from .gcpause import GcPaused
from .models import Cable

#: the columns of the unofficial Cablegate ``cables.csv``, in order
CSV_COLUMNS = ("id", "date", "refid", "origin", "classification", "references", "header", "content")
#: the columns kept on each cable as ``Cable.provenance``
CSV_PROVENANCE = CSV_COLUMNS[:6]
#: the files a folder is read for
CABLE_SUFFIXES = (".txt", ".html", ".htm")
#: a field longer than this (characters) is a broken row, not a cable
MAX_FIELD = 16 * 1024 * 1024
#: errors kept on the stream; the count goes on past it
MAX_KEPT_ERRORS = 1000
#: a batch sent to a worker closes at this many items or this many characters
BATCH_ITEMS = 48
BATCH_CHARS = 1 << 20
#: batches in flight per worker
IN_FLIGHT_PER_WORKER = 3
#: a cables.csv is cut into runs of whole rows of about this many bytes, each read by one worker
CSV_CHUNK = 1 << 17

CSV_ROW_START = regex.compile(
    rb"""
    ^"[0-9]{1,9}+",                     # the quoted row number, "17",
    "[0-9]{1,2}+/[0-9]{1,2}+/[0-9]{4}         # the quoted creation date, "12/28/1966
    """,
    regex.VERBOSE | regex.MULTILINE,
)
CSV_ROW_START_TEXT = regex.compile(CSV_ROW_START.pattern.decode("ascii"), regex.VERBOSE)


@dataclass(frozen=True, slots=True)
class CableError:
    """An item of the source that gave no cable: ``cables.csv:345[66LIMA1]:3:1: expected a cable ...``.

    ``item`` names the file, or for a CSV row the file, the CSV line the row starts on and the
    row's refid; ``line`` and ``column`` (1-based, in the item's cable text) are known when the
    text was read but is no cable.
    """

    item: str
    message: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        where = self.item if self.line is None else f"{self.item}:{self.line}:{self.column}"
        return f"{where}: {self.message}"


@dataclass(slots=True)
class Item:
    """One unit of input: its name, its text (or the path to read it from) and its provenance."""

    name: str
    text: str | None = None
    path: str | None = None
    provenance: dict[str, str] = field(default_factory=dict)
    error: str | None = None
    rows: bytes | None = None      # whole rows of a cables.csv, read where they are parsed
    first_line: int = 0            # the physical line of the CSV that ``rows`` starts after


def iter_cables(source: str | os.PathLike, *, workers: int | None = 1, strict: bool = False,
                on_error: Callable[[CableError], Any] | None = None) -> "CableStream":
    """Stream the cables of ``source``: a ``cables.csv``, a folder, a file, or ``"-"`` (stdin).

    ``source`` may also be a list of such sources, read one after the other.

    ``workers`` processes parse in parallel (``None`` or 0: all cores); cables come in input
    order either way. Failures are reported, not raised: see :class:`CableStream`.
    """
    return CableStream(source, workers=workers, strict=strict, on_error=on_error)


class CableStream:
    """An iterator of cables that counts and reports the items that gave none.

    ``parsed`` and ``failed`` count cables and failures so far; ``errors`` keeps the first
    ``MAX_KEPT_ERRORS`` failures; ``on_error`` sees every one, in input order. ``convert`` (a
    module-level function, run in the workers) turns each cable into what is yielded instead.
    """

    def __init__(self, source, *, workers: int | None = 1, strict: bool = False,
                 on_error: Callable[[CableError], Any] | None = None, convert: Callable[[Cable], Any] | None = None):
        self.source = source
        self.workers = resolve_workers(workers)
        self.strict = strict
        self.on_error = on_error
        self.convert = convert
        self.parsed = 0
        self.failed = 0
        self.errors: list[CableError] = []
        self._results = self._run()

    def __iter__(self) -> "CableStream":
        return self

    def __next__(self):
        for result in self._results:
            if isinstance(result, CableError):
                self._report(result)
                continue
            self.parsed += 1
            return result
        raise StopIteration

    def __enter__(self) -> "CableStream":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Stop reading and shut the worker pool down."""
        self._results.close()

    def _report(self, error: CableError) -> None:
        self.failed += 1
        if len(self.errors) < MAX_KEPT_ERRORS:
            self.errors.append(error)
        if self.on_error is not None:
            self.on_error(error)

    def _run(self) -> Iterator[Any]:
        items = iter_sources(self.source)
        if self.workers > 1:
            head = list(itertools.islice(items, 1))
            enough = 2 if head and head[0].rows is not None else BATCH_ITEMS   # two runs of CSV rows
            head += itertools.islice(items, enough - len(head))
            if len(head) == enough:
                items = itertools.chain(head, items)
                del head                 # the chain alone holds the first items, until they are sent
                yield from parse_in_pool(items, self.workers, self.strict, self.convert)
                return
            items = iter(head)  # too few items to be worth starting processes
        for item in items:
            for one in expand(item):
                yield parse_item(one, self.strict, self.convert)


def resolve_workers(workers: int | None) -> int:
    """The number of processes: ``None`` or 0 means every core."""
    if not workers:
        return os.cpu_count() or 1
    if workers < 0:
        raise ValueError(f"workers must be 0 (all cores) or more, not {workers}")
    return workers


# -- parsing ---------------------------------------------------------------------------------
def parse_item(item: Item, strict: bool = False, convert: Callable[[Cable], Any] | None = None):
    """The cable of one item (or ``convert`` of it), or the :class:`CableError` it gave."""
    if item.error is not None:
        return CableError(item.name, item.error)
    try:
        text = item.text if item.text is not None else read_text(item.path)
    except OSError as error:
        return CableError(item.name, f"cannot read: {error.strerror or error}")
    try:
        cable = parse(text, strict=strict)
    except CableParseError as error:
        return CableError(item.name, error.message, error.line, error.column)
    except Exception as error:  # a parser bug must not end a stream of 250,000 cables
        return CableError(item.name, f"internal error: {type(error).__name__}: {error}")
    if item.provenance:
        cable.provenance.update(item.provenance)
    return convert(cable) if convert is not None else cable


def parse_batch(batch: list[Item], strict: bool, convert) -> list:
    """The results of a batch of items, in order."""
    return [parse_item(one, strict, convert) for item in batch for one in expand(item)]


def parse_batch_pickled(batch: list[Item], strict: bool, convert) -> bytes:
    """What a worker does: ``parse_batch``, pickled, all with the collector paused.

    The receiving side unpickles it with ``unpickle_results`` (also paused): left to the pool,
    both happen with collections running over every object made (see ``gcpause``). The objects
    of a batch are freed by reference counting once its bytes are made.
    """
    with GcPaused():
        return pickle.dumps(parse_batch(batch, strict, convert), protocol=pickle.HIGHEST_PROTOCOL)


def unpickle_results(data: bytes) -> list:
    """The results ``parse_batch_pickled`` made, read back in the calling process."""
    with GcPaused():
        return pickle.loads(data)


def expand(item: Item) -> Iterator[Item]:
    """The item itself, or for a run of CSV rows the item of each row (read here, in the worker)."""
    if item.rows is None:
        yield item
    else:
        yield from csv_items(io.BytesIO(item.rows), item.name, item.first_line)


def parse_in_pool(items: Iterable[Item], workers: int, strict: bool, convert) -> Iterator[Any]:
    """Results of ``items`` parsed on ``workers`` processes, in input order, few batches in flight."""
    pending: deque = deque()
    limit = workers * IN_FLIGHT_PER_WORKER
    with ProcessPoolExecutor(max_workers=workers) as pool:
        try:
            for batch in batches(items):
                pending.append(pool.submit(parse_batch_pickled, batch, strict, convert))
                if len(pending) >= limit:
                    yield from unpickle_results(pending.popleft().result())
            while pending:
                yield from unpickle_results(pending.popleft().result())
        finally:
            for future in pending:
                future.cancel()


def batches(items: Iterable[Item]) -> Iterator[list[Item]]:
    """Items grouped into batches of at most ``BATCH_ITEMS`` items or about ``BATCH_CHARS`` characters.

    A run of CSV rows (``Item.rows``, ``CSV_CHUNK`` bytes) is a batch of its own.
    """
    batch: list[Item] = []
    size = 0
    for item in items:
        if item.rows is not None:
            if batch:
                yield batch
                batch, size = [], 0
            yield [item]
            continue
        batch.append(item)
        size += len(item.text) if item.text is not None else 8192
        if len(batch) >= BATCH_ITEMS or size >= BATCH_CHARS:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


# -- reading ---------------------------------------------------------------------------------
def iter_sources(source) -> Iterator[Item]:
    """The items of one source, or of each source of a list or tuple of them in turn."""
    if isinstance(source, (list, tuple)):
        for one in source:
            yield from iter_items(one)
    else:
        yield from iter_items(source)


def iter_items(source) -> Iterator[Item]:
    """The items of a source: CSV rows, the cable files of a folder, one file, or stdin."""
    if str(source) == "-":
        yield from stdin_items()
        return
    path = Path(source)
    if path.is_dir():
        for file in iter_folder(path):
            yield Item(str(file), path=str(file), provenance={"source": str(file)})
    elif is_csv(path):
        try:
            stream = path.open("rb")
        except OSError as error:
            yield Item(str(path), error=f"cannot read: {error.strerror or error}")
            return
        with stream:
            yield from csv_chunks(stream, str(path))
    else:
        yield Item(str(path), path=str(path), provenance={"source": str(path)})


def is_csv(path: Path) -> bool:
    """A ``cables.csv`` archive is known by its suffix."""
    return path.suffix.lower() == ".csv"


def iter_folder(folder: Path) -> Iterator[Path]:
    """The cable files under ``folder`` in path order, a subfolder's files where its name sorts."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        if entry.is_dir():
            yield from iter_folder(Path(entry.path))
        elif entry.name.lower().endswith(CABLE_SUFFIXES):
            yield Path(entry.path)


def stdin_items() -> Iterator[Item]:
    """Standard input: a ``cables.csv`` stream when its first line is a CSV row, else one cable."""
    stream = sys.stdin.buffer
    head = stream.peek(64)[:64] if hasattr(stream, "peek") else b""
    if CSV_ROW_START.match(head):
        yield from csv_chunks(stream, "<stdin>")
        return
    yield Item("<stdin>", text=decode(stream.read()), provenance={"source": "<stdin>"})


def read_text(path: str) -> str:
    """The text of a file, decoded as UTF-8 with a Latin-1 fallback."""
    with open(path, "rb") as stream:
        return decode(stream.read())


def decode(data: bytes) -> str:
    """UTF-8 where the bytes are UTF-8, else Latin-1 (every byte is a character there)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def csv_chunks(stream, name: str, size: int = CSV_CHUNK) -> Iterator[Item]:
    """A ``cables.csv`` byte stream cut into items of whole rows (``Item.rows``), in order.

    The cut falls before a line that opens a row (``"17","12/28/1966 …``), found by a byte
    search, so the rows themselves are read by ``csv_items`` wherever the item is parsed: in a
    worker, not in the process that hands out the work. A row longer than ``size`` stays whole.
    """
    carry, first_line, want = b"", 0, size
    while block := stream.read(want):
        data = carry + block
        cut = _last_row_start(data)
        if cut == 0 and len(data) <= 2 * MAX_FIELD:
            carry, want = data, len(data)  # no row starts after the first yet: read as much again
            continue
        cut = cut or len(data)
        yield Item(name, rows=data[:cut], first_line=first_line)
        first_line += data.count(b"\n", 0, cut)
        carry, want = data[cut:], size
    if carry:
        yield Item(name, rows=carry, first_line=first_line)


def _last_row_start(data: bytes) -> int:
    """The offset of the last line of ``data`` (after its first) that opens a row, or 0."""
    at = data.rfind(b'\n"')
    while at >= 0 and not CSV_ROW_START.match(data, at + 1):
        at = data.rfind(b'\n"', 0, at)
    return at + 1 if at >= 0 else 0


def csv_items(stream, name: str, first_line: int = 0) -> Iterator[Item]:
    """The rows of a ``cables.csv`` byte stream as items; a broken row becomes an error item.

    Quotes inside fields are escaped with a backslash (``\\"``). The bytes are read as UTF-8; a
    row with bytes that are not UTF-8 is read as Latin-1. After a row the CSV reader cannot read,
    reading resynchronises at the next line that starts a row: a broken quote costs the rows it
    runs into up to the end of its run (``csv_chunks``), not the rest of the archive.
    """
    if csv.field_size_limit() < MAX_FIELD:
        csv.field_size_limit(MAX_FIELD)
    text = io.TextIOWrapper(stream, encoding="utf-8", errors="surrogateescape", newline="")
    try:
        lines: Iterable[str] = text
        done = first_line              # physical lines before the current reader's first
        while lines is not None:
            reader = csv.reader(lines, escapechar="\\", strict=True)
            yield from _csv_reader_items(reader, done, name)
            done += reader.line_num
            lines, skipped = _next_row_start(text)
            done += skipped
    finally:
        text.detach()                  # the caller's stream stays open


def _csv_reader_items(reader, done: int, name: str) -> Iterator[Item]:
    """Items of ``reader`` up to its end or its first broken row (reported as an error item)."""
    while True:
        first = done + reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield Item(f"{name}:{first}", error=f"a broken cables.csv row: {error}")
            return
        item = csv_row_item([_latin1_if_not_utf8(field) for field in row], f"{name}:{first}", name)
        if item is not None:
            yield item


def _next_row_start(text) -> tuple[Iterator[str] | None, int]:
    """The lines from the next one that opens a row (None at the end), and how many were skipped."""
    skipped = 0
    for line in text:
        if CSV_ROW_START_TEXT.match(line):
            return itertools.chain([line], text), skipped
        skipped += 1
    return None, skipped


def _latin1_if_not_utf8(field: str) -> str:
    """A field as Latin-1 when its bytes were not UTF-8 (they came through as surrogates)."""
    if field.isascii():
        return field
    try:
        field.encode("utf-8")
        return field
    except UnicodeEncodeError:
        return field.encode("utf-8", "surrogateescape").decode("latin-1")


def csv_row_item(row: list[str], where: str, name: str) -> Item | None:
    """The item of one CSV row: header + blank line + content, the other columns as provenance."""
    if not row or row == [""]:
        return None
    if len(row) != len(CSV_COLUMNS):
        return Item(where, error=f"a cables.csv row has {len(CSV_COLUMNS)} columns "
                                 f"({', '.join(CSV_COLUMNS)}); found {len(row)}")
    header, content = row[6], row[7]
    text = f"{header}\n\n{content}"
    provenance = dict(zip(CSV_PROVENANCE, row))
    provenance["source"] = name
    return Item(f"{where}[{row[2] or 'row ' + row[0]}]", text=text, provenance=provenance)


def count_items(source) -> int | None:
    """How many items ``source`` holds, counted cheaply (row starts, file names); None for stdin."""
    if str(source) == "-":
        return None
    path = Path(source)
    if path.is_dir():
        return sum(1 for _ in iter_folder(path))
    if is_csv(path):
        return count_csv_rows(path)
    return 1


def count_csv_rows(path: Path, chunk_size: int = 1 << 24) -> int | None:
    """Rows of a ``cables.csv``: the lines that open a row, counted in large binary chunks."""
    count = 0
    carry = b""
    try:
        with path.open("rb") as stream:
            while chunk := stream.read(chunk_size):
                data = carry + chunk
                cut = data.rfind(b"\n") + 1
                count += sum(1 for _ in CSV_ROW_START.finditer(data, 0, cut))
                carry = data[cut:]
        return count + (1 if CSV_ROW_START.match(carry) else 0)
    except OSError:
        return None
