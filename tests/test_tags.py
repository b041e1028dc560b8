"""TAGS lines of real cables (fixtures/snippets/tags) and the tag tables behind them."""
from __future__ import annotations

import pytest

from cableparse.lexer import tags
from snippets import parse

EXPECTED = {
    "comma_separated_without_colon": ["PGOV", "PINS", "ZI", "MDC", "ZANU-PF"],
    "continuation_line_starting_with_word_comma":
        ["KACT", "KNNP", "KSTC", "MNUC", "PARM", "PGOV", "PINR", "PINS", "PREF", "PREL", "IN", "IR"],
    "glued_and_repeated_tags": ["PREL", "PHUM", "IS", "EG", "CH", "ID", "VT"],
    "multi_word_free_text_tag": ["PHUM", "OPRC", "IT", "HUMAN RIGHTS"],
    "person_after_visit_tag_without_comma": ["OVIP", "RICE, CONDOLEEZZA", "KISL", "PGOV", "PHUM", "LE", "SY", "IS"],
    "tags_on_the_eo_line": ["ECON", "EFIN"],
    "typo_in_tag_value": ["PGOV", "PREL", "MARR", "MOPS", "MCAP", "KNNP", "PARM", "UK"],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_tags_of_real_cables(name):
    assert parse("tags", name).tags == EXPECTED[name]


@pytest.mark.parametrize("word, pieces", [
    ("PHUMBA", ["PHUM", "BA"]),
    ("KFRDKIRFCVISCMGTKOCIASECPHUMSMIGEG", ["KFRD", "KIRF", "CVIS", "CMGT", "KOCI", "ASEC", "PHUM", "SMIG", "EG"]),
    ("ETRDEINVECINPGOVCS", ["ETRD", "EINV", "ECIN", "PGOV", "CS"]),
])
def test_glued_tags_split_into_known_tags(word, pieces):
    assert tags.split_glued(word) == pieces


def test_a_word_that_is_no_glue_of_tags_stays_whole():
    assert tags.split_glued("ZANUPF") is None
    assert tags.split_items("PREL, UNGA/C-6") == ["PREL", "UNGA/C-6"]


def test_keyword_typos_are_read_exactly_then_with_one_edit():
    assert tags.read_tags_label("TAGES:  OIIP, KPAO")["label"] == "TAGES"
    assert tags.read_tags_label("TABS: EFIS, ECON")["label"] == "TABS"
    assert tags.read_tags_label("TAGZ: PREL") is not None          # one edit, with a colon
    assert tags.read_tags_label("Tagged for follow-up by the political section.") is None


def test_page_header_spliced_into_the_list_is_removed():
    line = "PREL, TBIO, UNCLASSIFIED    PAGE 02        VATICA  00283  01 OF 05  241033Z VTPREL"
    assert tags.split_items(line) == ["PREL", "TBIO", "VT", "PREL"]


def test_person_in_parentheses_and_sipdis():
    assert tags.split_items("ovip (steinberg, james b.), prel") == ["OVIP", "STEINBERG, JAMES B.", "PREL"]
    assert "SIPDIS" not in parse_tags("TAGS: ECON ETRD PGOV CA MX SIPDIS\nSUBJECT: X\n")


def parse_tags(text: str) -> list[str]:
    import cableparse
    return cableparse.parse(text).tags
