"""Whole archives: iter_cables over cables.csv, folders and files; failures reported; workers in order."""
from __future__ import annotations

import csv
import io
import time
import pickle
from pathlib import Path

import pytest

import cableparse
from cableparse import corpus
from cableparse.corpus import CableError, count_items

from conftest import FIXTURES, GOLDEN, SHARED_CORPUS, read

SAMPLE_CSV = (SHARED_CORPUS / "csv" / "GavinMendelGleason-mapper-cables_sample.csv") \
    if (SHARED_CORPUS / "csv").is_dir() else FIXTURES / "csv" / "cables_sample.csv"
HTML_FOLDER = SHARED_CORPUS / "html" if (SHARED_CORPUS / "html").is_dir() else GOLDEN


def golden_cables() -> list[str]:
    """Golden cables that a cables.csv row can hold: a header block, a blank line, a body."""
    texts = [read(p) for p in sorted(GOLDEN.glob("*.txt"))]
    return [t for t in texts if "\n\n" in t.strip("\n")]


def write_rows(path: Path, texts: list[str], first_id: int = 1) -> None:
    """A cables.csv in the dump's own form: every field quoted, quotes escaped with a backslash."""
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, quoting=csv.QUOTE_ALL, escapechar="\\", doublequote=False, lineterminator="\n")
        for number, text in enumerate(texts, first_id):
            header, _, content = text.partition("\n\n")
            writer.writerow([number, "12/28/2009 18:48", f"09TEST{number}", "Embassy Test", "UNCLASSIFIED", "",
                             header, content])


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    pytest.skip("no /proc/self/status here")


# -- cables.csv ------------------------------------------------------------------------------
def test_csv_rows_become_cables_with_their_columns_as_provenance():
    stream = cableparse.iter_cables(SAMPLE_CSV)
    cables = list(stream)
    assert [c.reference_id for c in cables] == ["66BUENOSAIRES2481", "72TEHRAN1164"]
    assert stream.parsed == 2 and stream.failed == 0
    first = cables[0].provenance
    assert first["id"] == "1" and first["date"] == "12/28/1966 18:48" and first["origin"] == "Embassy Buenos Aires"
    assert first["references"] == "66STATE106206" and first["source"] == str(SAMPLE_CSV)
    assert cables[0].to_text().startswith("P R 281848Z DEC 66\nFM AMEMBASSY BUENOS AIRES\n")
    assert '"PREFERENTIAL JURISDICTION"' in cables[0].to_text()      # \" unescaped by the reader


@pytest.mark.skipif(not (SHARED_CORPUS / "variants").is_dir(), reason="shared corpus absent")
def test_csv_row_text_is_header_blank_line_content():
    for cable in cableparse.iter_cables(SAMPLE_CSV):
        variant = SHARED_CORPUS / "variants" / f"{cable.reference_id}__cables-csv-sample.txt"
        assert cable.to_text() == read(variant)


def test_broken_rows_are_reported_and_the_stream_goes_on(tmp_path):
    good = golden_cables()[:2]
    path = tmp_path / "cables.csv"
    write_rows(path, good[:1])
    with path.open("a", encoding="utf-8") as stream:
        stream.write('"2","1/1/2009 10:00","09SHORT2","Embassy X"\n')                      # four columns
        stream.write('"3","1/1/2009 10:00","09BROKEN3","Embassy X","C","","head"er","body"\n')  # stray quote
        stream.write('"4","1/1/2009 10:00","09PROSE4","Embassy X","U","","","Hello.\nNo cable here."\n')
    with path.open("a", encoding="utf-8") as stream:
        writer = csv.writer(stream, quoting=csv.QUOTE_ALL, escapechar="\\", doublequote=False, lineterminator="\n")
        header, _, content = good[1].partition("\n\n")
        writer.writerow([5, "1/1/2009 10:00", "09GOOD5", "Embassy X", "U", "", header, content])
    seen: list[CableError] = []
    stream = cableparse.iter_cables(path, on_error=seen.append)
    cables = list(stream)
    assert [c.to_text() for c in cables] == good
    assert stream.failed == 3 and seen == stream.errors
    assert "found 4" in seen[0].message
    assert "broken cables.csv row" in seen[1].message
    assert "[09PROSE4]" in seen[2].item and seen[2].line == 3       # after the empty header and the blank line and "expected a cable" in seen[2].message
    assert str(seen[2]).startswith(f"{path}:")


# -- folders and files ------------------------------------------------------------------------
def test_a_folder_of_pages_is_streamed_in_sorted_order():
    files = sorted(p for p in HTML_FOLDER.iterdir() if p.suffix in (".txt", ".html"))
    stream = cableparse.iter_cables(HTML_FOLDER)
    cables = list(stream)
    assert stream.parsed + stream.failed == len(files) == count_items(HTML_FOLDER)
    assert stream.failed == 0, stream.errors
    assert [c.provenance["source"] for c in cables] == [str(p) for p in files]
    assert [c.to_text() for c in cables] == [read(p) for p in files]


def test_unreadable_and_non_cable_files_are_errors_in_place(tmp_path):
    texts = golden_cables()[:3]
    (tmp_path / "a.txt").write_text(texts[0], encoding="utf-8")
    (tmp_path / "b.txt").symlink_to(tmp_path / "missing.txt")                 # cannot be read
    (tmp_path / "c.txt").write_text("Dear all,\nlunch is at noon.\n", encoding="utf-8")
    sub = tmp_path / "d"
    sub.mkdir()
    (sub / "e.txt").write_text(texts[1], encoding="utf-8")
    (sub / "notes.md").write_text("not read", encoding="utf-8")
    (tmp_path / "f.txt").write_bytes(texts[2].encode("latin-1", "replace"))   # not UTF-8: read as Latin-1
    errors = []
    stream = cableparse.iter_cables(tmp_path, on_error=errors.append)
    cables = list(stream)
    assert len(cables) == 3 and stream.failed == 2
    assert [Path(c.provenance["source"]).name for c in cables] == ["a.txt", "e.txt", "f.txt"]
    assert errors[0].item.endswith("b.txt") and "cannot read" in errors[0].message
    assert errors[1].item.endswith("c.txt") and (errors[1].line, errors[1].column) == (1, 1)


def test_a_single_file_and_a_list_of_sources():
    one = GOLDEN / "08REYKJAVIK195.txt"
    assert [c.reference_id for c in cableparse.iter_cables(one)] == ["08REYKJAVIK195"]
    both = list(cableparse.iter_cables([one, SAMPLE_CSV]))
    assert [c.reference_id for c in both] == ["08REYKJAVIK195", "66BUENOSAIRES2481", "72TEHRAN1164"]


def test_counting_rows_and_files_cheaply(tmp_path):
    path = tmp_path / "cables.csv"
    write_rows(path, golden_cables() * 3)
    assert count_items(path) == 3 * len(golden_cables())
    assert count_items(SAMPLE_CSV) == 2


# -- workers ------------------------------------------------------------------------------------
def test_parallel_output_equals_serial_output(tmp_path):
    texts = golden_cables() * 6                                  # enough rows to start the pool
    path = tmp_path / "cables.csv"
    write_rows(path, texts)
    serial = list(cableparse.iter_cables(path, workers=1))
    parallel_stream = cableparse.iter_cables(path, workers=2)
    parallel = list(parallel_stream)
    assert parallel_stream.workers == 2 and len(parallel) == len(texts)
    assert [c.to_text() for c in parallel] == [c.to_text() for c in serial] == texts
    assert [c.model_dump() for c in parallel] == [c.model_dump() for c in serial]
    assert [c.provenance["id"] for c in parallel] == [str(i) for i in range(1, len(texts) + 1)]


def test_parallel_failures_keep_their_place(tmp_path):
    texts = golden_cables() * 4
    texts[37] = "Nothing\nto see.\n"
    path = tmp_path / "cables.csv"
    write_rows(path, texts)
    stream = cableparse.iter_cables(path, workers=2)
    cables = list(stream)
    assert stream.failed == 1 and "[09TEST38]" in stream.errors[0].item
    assert [c.provenance["id"] for c in cables] == [str(i) for i in range(1, len(texts) + 1) if i != 38]


def test_cables_and_errors_pickle():
    for path in sorted(GOLDEN.iterdir()):
        if path.suffix not in (".txt", ".html"):
            continue
        cable = cableparse.parse(read(path))
        cable.provenance["source"] = str(path)
        back = pickle.loads(pickle.dumps(cable))
        assert back == cable and back.model_dump() == cable.model_dump()
        assert back.to_text() == cable.to_text() and back.provenance == cable.provenance
    error = CableError("cables.csv:3[09X1]", "expected a cable", 1, 1)
    assert pickle.loads(pickle.dumps(error)) == error


# -- memory -------------------------------------------------------------------------------------
def test_streaming_twenty_thousand_rows_keeps_memory_flat(tmp_path):
    path = tmp_path / "cables.csv"
    small = [read(GOLDEN / "09TRIPOLI254.txt"), read(GOLDEN / "7575LIBREVILLE1895.txt")]
    write_rows(path, small * 10_000)
    stream = cableparse.iter_cables(path, workers=2)
    growth_from = None
    for count, _ in enumerate(stream, 1):
        if count == 2_000:
            growth_from = rss_mb()
    assert stream.parsed == 20_000 and stream.failed == 0
    assert rss_mb() - growth_from < 25, "RSS grew while streaming: the stream holds on to cables"


def write_open_quote_rows(tmp_path: Path) -> tuple[Path, list[str]]:
    """A cables.csv of golden rows 1, 3 and 4 around a row 2 whose last field's quote never closes."""
    texts = golden_cables()[:3]
    path = tmp_path / "cables.csv"
    write_rows(path, texts[:1])
    with path.open("a", encoding="utf-8") as stream:
        stream.write('"2","1/1/2009 10:00","09OPEN2","Embassy X","U","","head","body never closed\nmore\n')
    write_rows(tmp_path / "rest.csv", texts[1:], first_id=3)
    with path.open("a", encoding="utf-8") as stream:
        stream.write((tmp_path / "rest.csv").read_text(encoding="utf-8"))
    return path, texts


def test_an_unterminated_quote_costs_the_rows_it_runs_into_and_not_more(tmp_path):
    path, texts = write_open_quote_rows(tmp_path)
    stream = cableparse.iter_cables(path)
    cables = list(stream)
    assert stream.failed == 1 and "broken cables.csv row" in stream.errors[0].message
    assert [c.to_text() for c in cables] == [texts[0], texts[2]]       # row 3 was swallowed by row 2's field
    assert cables[1].provenance["id"] == "4"


def test_a_row_that_is_not_utf8_is_read_as_latin1(tmp_path):
    text = read(GOLDEN / "08REYKJAVIK195.txt").replace("REYKJAVIK", "REYKJAVÍK", 1)
    path = tmp_path / "cables.csv"
    write_rows(path, [text])
    path.write_bytes(path.read_bytes().replace("REYKJAVÍK".encode("utf-8"), "REYKJAVÍK".encode("latin-1")))
    cables = list(cableparse.iter_cables(path))
    assert len(cables) == 1 and "REYKJAVÍK" in cables[0].to_text()


# -- cutting a cables.csv into runs of rows ------------------------------------------------------
def items_of(path: Path, size: int) -> tuple[list, list[tuple]]:
    """The runs ``csv_chunks`` cuts ``path`` into, and the (name, text, provenance, error) of their rows."""
    with path.open("rb") as stream:
        chunks = list(corpus.csv_chunks(stream, str(path), size=size))
    return chunks, [(i.name, i.text, i.provenance, i.error) for chunk in chunks for i in corpus.expand(chunk)]


def test_csv_chunks_cut_between_rows_and_read_the_same_rows(tmp_path):
    path = tmp_path / "cables.csv"
    write_rows(path, golden_cables() * 3)
    with path.open("rb") as stream:
        whole = [(i.name, i.text, i.provenance, i.error) for i in corpus.csv_items(stream, str(path))]
    for size in (1, 700, 5000, 1 << 20):
        chunks, items = items_of(path, size)
        assert items == whole, size
        assert all(chunk.rows.startswith(b'"') for chunk in chunks)
        assert b"".join(chunk.rows for chunk in chunks) == path.read_bytes()
    assert len(items_of(path, 700)[0]) > 10            # small sizes do cut the file


def test_an_unterminated_quote_runs_no_further_than_its_chunk(tmp_path):
    path, texts = write_open_quote_rows(tmp_path)
    data = path.read_bytes()
    open_row_line = data.count(b"\n", 0, data.index(b'"2","1/1/2009')) + 1
    _, items = items_of(path, 1)                         # every row in a chunk of its own
    errors = [(name, error) for name, _, _, error in items if error]
    assert len(errors) == 1 and errors[0][0].endswith(f":{open_row_line}") and "broken" in errors[0][1]
    assert [text for _, text, _, error in items if not error] == texts   # row 3 is not swallowed


def test_a_row_longer_than_a_chunk_stays_whole_and_is_cut_in_linear_time():
    big = b'"1","12/28/2009 18:48","09BIG1","Embassy X","U","","head","' + b"word " * 800_000 + b'"\n'
    data = big + b'"2","12/28/2009 18:48","09SMALL2","Embassy X","U","","head","body"\n'
    started = time.process_time()
    chunks = list(corpus.csv_chunks(io.BytesIO(data), "big.csv", size=1024))
    assert time.process_time() - started < 2.0        # 4 MB read 1 KB at a time would be quadratic
    assert [chunk.rows for chunk in chunks] == [big, data[len(big):]]
    assert chunks[1].first_line == 1
