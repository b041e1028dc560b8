"""E.O. lines of real cables (fixtures/snippets/eo)."""
from __future__ import annotations

import datetime as dt

import pytest

from cableparse.lexer import eo
from snippets import parse

EXPECTED = {
    "dashed_date": ("12958", "12-29-13", dt.date(2013, 12, 29)),
    "order_11652_gds": ("11652", "GDS", None),
    "passing_text_before_the_label": ("12958", "3/13/2018", dt.date(2018, 3, 13)),
    "two_digit_year": ("12958", "09/21/10", dt.date(2010, 9, 21)),
    "passing_line_run_into_the_label": ("12958", "09/24/2018", dt.date(2018, 9, 24)),
    "captions_and_passing_run_into_the_label": ("12958", "11/21/2017", dt.date(2017, 11, 21)),
    "year_first_date_after_passing_line": ("12958", "2019/07/29", dt.date(2019, 7, 29)),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_eo_of_real_cables(name):
    order = parse("eo", name).eo
    assert (order.order, order.declassify, order.declassify_on) == EXPECTED[name]


@pytest.mark.parametrize("line, kind, declassify", [
    ("E.O. 12958: N/A", "na", "N/A"),
    ("E.O. 12958: DECL: 1.6X1", "exemption", "1.6X1"),
    ("E.O. 12958: DECL: 25X1", "exemption", "25X1"),
    ("E.O. 12356: DECL:  OADR", "legacy", "OADR"),
    ("E.O. 12958: DECL: 2019-02-12", "date", "2019-02-12"),
    ("Declassify on 8/31/2034", "date", "8/31/2034"),
    ("E.O. 12958: DECL: 08/22/2017 AGS: PGOV, PREL", "date", "08/22/2017"),
])
def test_instruction_kinds(line, kind, declassify):
    value = eo.read_eo_line(line)
    assert (value["kind"], value["declassify"]) == (kind, declassify)


def test_tags_on_the_same_line_start_after_the_instruction():
    value = eo.read_eo_line("E.O. 12958: N/A TAGS: PGOV PHUM KCRM")
    assert value["tags_at"] == len("E.O. 12958: N/A ")


def test_a_passing_line_run_into_the_label_keeps_its_parts():
    """Line breaks lost: passing text, the E.O. statement and TAGS on one line are three elements."""
    cable = parse("eo", "passing_line_run_into_the_label")
    assert cable.passing == ["DEPT FOR EUR/RPM - DAVY; EUR/WE"]
    assert cable.tags == ["PEL", "MARR", "MOPS", "NATO", "IZ", "UK"]


def test_captions_run_into_passing_text_and_the_label_are_captions():
    cable = parse("eo", "captions_and_passing_run_into_the_label")
    assert cable.captions == ["SIPDIS", "NOFORN"]
    assert "NOFORN" in cable.classification.controls
    assert cable.passing[0].startswith("STATE FOR NEA/IR")


@pytest.mark.parametrize("line, found", [
    ("S E C R E T KYIV 002414 SIPDIS DEPT FOR EUR/UMB E.O. 12958: DECL: 12/10/2018", True),
    ("C O N F I D E N T I A L LONDON 000333NOFORNSIPDIS E.O. 12958: DECL: 02/04/2019TAGS: EAIR", True),
    ("Classified By: (U) CDA Nancy McEldowney; E.O. 12958, reasons 1.4 (b,d)", False),
    ("the embassy discussed the EO 13224 designations", False),
    ("E.O. 12958: N/A", False),
])
def test_glued_label_is_found_only_with_an_order_number_after_other_text(line, found):
    assert (eo.find_glued_label(line) is not None) == found
