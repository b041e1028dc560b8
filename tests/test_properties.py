"""Round-trip properties: model → text → model, text → model → text, and tokens → text for any string.

Run many examples with ``HYPOTHESIS_PROFILE=thorough python3 -m pytest tests/test_properties.py``.
The byte-exact round trip of every real cable of ``../shared/corpus`` lives in
``test_round_trip_corpus.py``; the fixtures are checked here.
"""
from __future__ import annotations

import pytest
from hypothesis import example, given, strategies as st

import cableparse
from cableparse.strategies import cable_texts, cables
from conftest import golden_inputs, read

#: every Unicode code point, lone surrogates included: a Python str may hold any of them
ANY_CHARACTER = st.characters(codec=None, exclude_categories=())

#: fragments that steer random text into the tokenizers' paths (keywords, markings, numbers, breaks)
FRAGMENTS = st.sampled_from((
    "\n", "\r\n", "\r", " ", "  ", "1. ", "2. (C) ", "(S//NF) ", "¶3. ", "C O N F I D E N T I A L ", "UNCLAS ",
    "MOSCOW 005100", "SECTION 01 OF 02 ", "E.O. 12958: DECL: 10/18/2017", "TAGS: PREL ", "SUBJECT: ", "REF: A. ",
    "STATE 12345", "Classified By: ", "Reasons 1.4(b) and (d)", "SIPDIS", "NOFORN", "VZCZCXRO6042", "PP RUEHC ",
    "DE RUEHMO #5100 2951503", "ZNY CCCCC ZZH", "P 221503Z OCT 07", "FM AMEMBASSY MOSCOW", "TO RUEHC/SECSTATE WASHDC ",
    "INFO ", "XMT ", "Summary: ", "End Summary.", "BURNS", "NNNN", "[PREL](#)", "<pre>", "</pre>", "&#x000A;", "\t",
    "\\", "2007-10-22 15:03\t", "REYKJAVIK 00000195  002 OF 002", "PAGE 02 ", "\x00", "\ufeff", "\u2028",
))


def structured_text() -> st.SearchStrategy[str]:
    """Random text made of cable fragments and arbitrary characters."""
    return st.lists(FRAGMENTS | st.text(ANY_CHARACTER, max_size=8), max_size=60).map("".join)


@given(cables())
def test_a_drawn_cable_parses_back_to_itself(cable):
    text = cable.to_text()
    parsed = cableparse.parse(text)
    assert parsed == cable
    assert parsed.diagnostics == []
    assert parsed.to_text() == text


@given(cable_texts())
def test_a_drawn_text_gives_itself_back(text):
    assert cableparse.parse(text).to_text() == text
    assert "".join(t.text for t in cableparse.tokenize(text)) == text


@st.composite
def noisy_texts(draw):
    """A drawn cable text damaged by a few edits: inserted fragments or characters, deleted spans."""
    text = draw(cable_texts(max_paragraphs=6))
    for _ in range(draw(st.integers(1, 5))):
        at = draw(st.integers(0, len(text)))
        if draw(st.booleans()):
            text = text[:at] + draw(FRAGMENTS | st.text(ANY_CHARACTER, min_size=1, max_size=10)) + text[at:]
        else:
            text = text[:at] + text[at + draw(st.integers(1, 40)):]
    return text


@given(noisy_texts())
def test_a_noisy_text_gives_itself_back_or_is_refused(text):
    try:
        cable = cableparse.parse(text)
    except cableparse.CableParseError:
        return
    assert cable.to_text() == text
    assert "".join(t.text for t in cableparse.tokenize(text)) == text


@given(st.text(ANY_CHARACTER))
@example("")
@example("\r")
@example("\r\n\r")
@example("\ud800")
@example("C O N F I D E N T I A L MOSCOW 005100\r\n\r\n1. (C) x")
def test_tokens_join_to_any_string(text):
    assert "".join(t.text for t in cableparse.tokenize(text)) == text


@given(structured_text())
def test_tokens_join_to_any_cable_like_string(text):
    tokens = cableparse.tokenize(text)
    assert "".join(t.text for t in tokens) == text
    assert all(t.text for t in tokens)


@pytest.mark.parametrize("path", golden_inputs(), ids=lambda p: p.name)
def test_a_real_cable_gives_itself_back(path):
    text = read(path)
    assert cableparse.parse(text).to_text() == text
