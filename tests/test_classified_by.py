"""Classified By statements of real cables (fixtures/snippets/classified_by)."""
from __future__ import annotations

import pytest

from cableparse.lexer import classified_by
from snippets import parse

EXPECTED = {
    "doubled_label": ("Daniel R. Russel", ["1.5(b)", "1.5(d)"]),
    "in_paragraph_1990s": ("TOM MCDONALD", ["1.5(b)", "1.5(d)"]),
    "section_with_period": ("William J. Burns", ["1.4(b)", "1.4(d)"]),
    "title_with_slash_and_acting": ("Terry Breese", ["1.4(b)", "1.4(d)"]),
    "wrapped_reasons": ("Richard Virden", ["1.4(b)", "1.4(d)"]),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_classified_by_of_real_cables(name):
    statement = parse("classified_by", name).classified_by
    assert (statement.name, statement.reasons) == EXPECTED[name]


@pytest.mark.parametrize("text, reasons", [
    ("1.4 (b) and (d)", ["1.4(b)", "1.4(d)"]),
    ("1.5 B,D.", ["1.5(b)", "1.5(d)"]),
    ("1,4 (C) AND (D)", ["1.4(c)", "1.4(d)"]),
    ("1/4 (B", ["1.4(b)"]),
    ("1.4. (B) and (D)", ["1.4(b)", "1.4(d)"]),
    ("1.4 a,b,and d", ["1.4(a)", "1.4(b)", "1.4(d)"]),
    ("1.4(G)(E)", ["1.4(g)", "1.4(e)"]),
    ("Reason: 1.4", ["1.4"]),
])
def test_reasons_are_normalised(text, reasons):
    assert classified_by.normalise_reasons(text) == reasons


@pytest.mark.parametrize("statement, name", [
    ("Classified By: Interagency Provincial Affairs Deputy Coordinator Hoyt Y\nee for reasons 1.4 (b) and (d)", "Hoyt Yee"),
    ("Classified By: Ambassaor Joseph LeBaron for reasons 1.4 (b and d).", "Joseph LeBaron"),
    ("Classified By: Charge d'Affaires, a.i., Arnold A. Chacon", "Arnold A. Chacon"),
    ("CLASSIFIED BY: ACTING DEPUTY PRINCIPAL OFFICER LAURENT CHARBONNET.  REA\nSONS: 1.4 (B,D)", "LAURENT CHARBONNET"),
    ("Classified By: Ambassador Richard L. Baltimore, III.\nReasons: 1.4 (b) and (d).", "Richard L. Baltimore, III"),
    ("CLASSIFIED BY AMBASSADOR TO SUDAN TIMOTHY CARNEY.\nREASON 1.5(D).", "TIMOTHY CARNEY"),
    ("Classifed By: DCM Robert Deutsch, reasons 1.5, b/d.", "Robert Deutsch"),
    ("CLASSIFIED BY SECTION 1.5 (B) AND (D).", None),
])
def test_name_split_from_title(statement, name):
    assert classified_by.read_statement(statement)["name"] == name


def test_charles_is_no_misspelt_charge():
    assert classified_by.read_statement("Classified By: Ambasasdor Charles Glazer, Reasons 1.4 (b)")["name"] == \
        "Charles Glazer"


def test_letters_without_a_section_are_not_read_from_words():
    statement = classified_by.read_statement("Classified By: D/Ambassador Ricciardone; Reasons (b) and (d)")
    assert (statement["name"], statement["reasons"]) == ("Ricciardone", ["(b)", "(d)"])
