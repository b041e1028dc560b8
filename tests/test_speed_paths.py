"""The shortcuts taken for speed give what the plain way gives (docs/performance.md, second round)."""
from __future__ import annotations

import random

import pytest

from cableparse import lexer, source
from cableparse.build.context import Context
from cableparse.lexer import portion, tags
from cableparse.tokens import KIND, TokenKind

from conftest import golden_inputs, read


def test_kind_namespace_names_every_member_itself():
    """``KIND.TEXT`` is the enum member, so tokens and comparisons are unchanged."""
    assert {name: getattr(KIND, name) for name in TokenKind.__members__} == dict(TokenKind.__members__)
    assert all(getattr(KIND, name) is member for name, member in TokenKind.__members__.items())


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_of_counts_as_a_full_count_does_in_any_order(newline):
    """Line numbers counted on from the last offset asked equal a count from the start,
    whichever order the builders ask in (a subject after the paragraphs, markers from the top)."""
    text = newline.join(f"LINE {i} OF THE CABLE" + " " * (i % 3) for i in range(60)) + newline
    src = source.Source(text, source.Rendering.RAW, text)
    tokens, body_at, tail_at = lexer.lex_zones(text)
    ctx = Context(tokens, src, body_at, tail_at)
    offsets = list(range(0, len(text) + 1, 7)) + [len(text)]
    random.Random(5).shuffle(offsets)
    breaks = [p for p, c in enumerate(text) if c == "\n" or (c == "\r" and text[p + 1:p + 2] != "\n")]
    for offset in offsets:
        assert ctx.line_of(offset) == sum(p < offset for p in breaks) + 1, offset


def test_golden_line_numbers_match_a_full_count():
    """On the golden inputs: every paragraph's line is the line its number stands on."""
    from cableparse import parse

    for path in golden_inputs():
        text = read(path)
        if "\r" in text or path.suffix != ".txt":
            continue
        cable = parse(text)
        lines = text.split("\n")
        for paragraph in cable.paragraphs:
            if paragraph.number is not None:
                assert str(paragraph.number) in lines[paragraph.line - 1], (path.name, paragraph.number)


def test_portion_marking_copies_are_independent():
    """The memoised reading hands out a fresh dict and list each time: changing one leaves the next alone."""
    first = portion.read_portion_marking("(S//NF)")
    first["controls"].append("ORCON")
    first["text"] = "changed"
    second = portion.read_portion_marking("(S//NF)")
    assert second["controls"] == ["NOFORN"] and second["text"] == "(S//NF)"
    assert portion.read_portion_marking("(AFGHANISTAN)") is None


def test_glued_phrase_found_through_the_index():
    """``HUMAN RIGHTSPOLMIL``: the phrase whose last word is glued to more tags, looked up by its head."""
    assert tags.split_items("HUMAN RIGHTSPOLMIL, PREL") == ["HUMAN RIGHTS", "POL", "MIL", "PREL"]
    index = tags.phrases_by_head()
    assert ("RIGHTS", "HUMAN RIGHTS") in index[("HUMAN",)]
    assert sum(len(v) for v in index.values()) == len(tags.tag_phrases())


@pytest.mark.parametrize("text", [
    "1. (C) Summary: talks stalled. End Summary.\n2. (C) More.\n",
    "1. (C) SUMMARY AND COMMENT: the minister \u2019s view. END SUMMARY AND COMMENT.\n",   # not ASCII
    "Stra\u00dfe first. 1. (U) summary: x y. end summary\n",                             # \u00df upper-cases to SS
])
def test_summary_keyword_tests_on_capitals_agree_with_the_span_tests(text):
    """``find_open`` / ``find_close`` with the cable's capitals find what the span-by-span tests find,
    and ``capitals`` declines text whose upper-casing is not ASCII (offsets could move)."""
    from cableparse.lexer import summary

    upper = summary.capitals(text)
    assert (upper is None) == (not text.isascii())
    for start in range(len(text)):
        for stop in (start + 40, len(text)):
            for find in (summary.find_open, summary.find_close):
                plain, fast = find(text, start, stop), find(text, start, stop, upper)
                assert (plain and plain.span()) == (fast and fast.span()), (find.__name__, start, stop)


def test_memoised_tail_readers_answer_as_their_patterns_do():
    """``is_trailer`` and ``read_signer_line`` give the same answer asked twice, and long lines
    (never memoised) are still judged by their length limits."""
    from cableparse.lexer import signature

    for line in ["NNNN", "CONFIDENTIAL", "CLINTON", "Burns", "END COMMENT.", "x" * 250, "N" * 201]:
        assert signature.is_trailer(line) == signature.is_trailer(line) == \
            (len(line) <= 200 and signature.TRAILER.match(line) is not None)
        first = signature.read_signer_line(line)
        assert first == signature.read_signer_line(line)
    assert signature.read_signer_line("CLINTON") == "CLINTON"
    assert signature.read_signer_line("A" * 41) is None and signature.is_trailer("N" * 201) is False


def test_filing_time_is_the_nearest_of_three_years():
    """The shortcut for a filing day near the DTG gives the candidate nearest the DTG among the
    year before, the DTG's year and the year after, as a full search does (ties: earliest)."""
    import datetime as dt

    from cableparse import dates

    rng = random.Random(11)
    for _ in range(20_000):
        near = dt.datetime(rng.randint(1966, 2011), 1, 1, tzinfo=dates.UTC) + dt.timedelta(minutes=rng.randint(0, 527_000))
        day, hour, minute = rng.randint(1, 366), rng.randint(0, 24), rng.randint(0, 59)
        candidates = [dt.datetime(year, 1, 1, tzinfo=dates.UTC) + dt.timedelta(days=day - 1, hours=hour, minutes=minute)
                      for year in (near.year - 1, near.year, near.year + 1)
                      if day <= (366 if dates._leap(year) else 365)]
        expected = min(candidates, key=lambda c: abs(c - near)) if candidates else None   # day 366, no leap year
        assert dates.decode_filing_time(f"{day:03d}{hour:02d}{minute:02d}", near) == expected


@pytest.mark.parametrize("reader, line", [
    ("header.read_addressee", "RUEHC/SECSTATE WASHDC PRIORITY 4779"),
    ("header.read_routing", "PP RUEHWEB RUEHC"),
    ("header.read_security", "ZNY CCCCC ZZH"),
    ("header.read_fm", "FM AMEMBASSY MOSCOW"),
    ("portion.read_portion_marking", "(S//NF)"),
    ("eo.read_eo_line", "E.O. 12958: DECL: 10/18/2017"),
    ("captions.read_caption_line", "NOFORN SIPDIS"),
])
def test_memoised_readers_hand_out_their_own_copies(reader, line):
    """Changing what a memoised reader returned (a value, a list in it) leaves the next answer alone."""
    import importlib

    module_name, name = reader.split(".")
    read = getattr(importlib.import_module(f"cableparse.lexer.{module_name}"), name)
    first = read(line)
    assert first, reader
    expected = {key: list(value) if isinstance(value, list) else value for key, value in first.items()}
    for key, value in first.items():
        if isinstance(value, list):
            value.append("CHANGED")
        first[key] = "CHANGED"
    assert read(line) == expected
