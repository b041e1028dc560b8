"""Every text of the shared corpus parses and gives its input back byte for byte."""
from __future__ import annotations

import pytest

import cableparse
from cableparse import lexer, source
from conftest import corpus_files, golden_inputs, read

FILES = corpus_files()


@pytest.mark.skipif(not FILES, reason="the shared corpus is not beside this checkout")
def test_every_corpus_text_parses_and_round_trips():
    failures = []
    for path in FILES:
        text = read(path)
        try:
            cable = cableparse.parse(text)
        except Exception as error:  # noqa: BLE001 - collected and reported below
            failures.append(f"{path.name}: {type(error).__name__}: {error}")
            continue
        if cable.to_text() != text:
            failures.append(f"{path.name}: to_text() differs")
        elif "".join(t.text for t in cableparse.tokenize(text)) != text:
            failures.append(f"{path.name}: tokens do not join to the input")
    assert len(FILES) > 4000
    assert not failures, "\n".join(failures[:20])


@pytest.mark.parametrize("path", golden_inputs(), ids=lambda p: p.name)
def test_tokenizers_leave_no_gap_on_fixtures(path):
    assert lexer.repairs_needed(source.read(read(path)).logical) == 0


@pytest.mark.skipif(not FILES, reason="the shared corpus is not beside this checkout")
def test_tokenizers_leave_no_gap_on_the_corpus():
    """The safety net that seals gaps never has to act on a real cable."""
    repaired = [p.name for p in FILES if lexer.repairs_needed(source.read(read(p)).logical)]
    assert not repaired, repaired[:20]
