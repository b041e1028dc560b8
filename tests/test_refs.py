"""REF blocks of real cables (fixtures/snippets/refs)."""
from __future__ import annotations

import pytest

from cableparse.lexer import refs
from snippets import parse

EXPECTED = {
    "and_serial_list": [("A", "04BRASILIA2799"), ("A", "04BRASILIA2764"), ("B", "04PORTAUPRINCE2325")],
    "doubled_letters": [("A", "04STATE56282"), ("B", "04STATE56666"), ("C", "04STATE41252"), ("C", "04STATE44603"),
                        ("D", "04BRASILIA616")],
    "letter_in_the_label": [("A", "01VATICAN5286"), ("B", "01VATICAN5546")],
    "lettered_with_written_years": [(chr(ord("A") + i), rid) for i, rid in enumerate([
        "07TBILISI1605", "07TBILISI1352", "07TBILISI1100", "06TBILISI2601", "06TBILISI2590", "06TBILISI2425",
        "06TBILISI2390", "06TBILISI1532", "06STATE80908", "06TBILISI1064", "06TBILISI619", "06TBILISI397",
        "06MOSCOW546", "06TBILISI140", "05TBILISI3171"])],
    "parenthesised_letters_without_space": [("A", "01STATE175414"), ("B", "01ISLAMABAD5601")],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_cable_references_of_real_cables(name):
    cable = parse("refs", name)
    assert [(r.label, r.reference_id) for r in cable.references] == EXPECTED[name]
    assert all(r.kind == "cable" for r in cable.references)


def test_an_email_is_a_reference_of_its_kind():
    [reference] = parse("refs", "email_reference").references
    assert (reference.label, reference.kind, reference.reference_id) == ("A", "email", None)
    assert reference.text == "RICHARD-WITMER EMAIL 10/9"


def test_a_year_less_reference_takes_the_citing_cables_year():
    reference = parse("refs", "and_serial_list").references[0]
    assert reference.year_inferred is True


@pytest.mark.parametrize("item, year, origin, serials", [
    ("QUITO 4525-91", "91", "QUITO", ["4525"]),
    ("PANAMA 00930/08", "08", "PANAMA", ["00930"]),
    ("(99) ROME 2196", "99", "ROME", ["2196"]),
    ("10-OTTAWA-57", "10", "OTTAWA", ["57"]),
    ("09CAIRO0561", "09", "CAIRO", ["0561"]),
    ("STATE (01) 201265", "01", "STATE", ["201265"]),
    ("Kabul 936/935", None, "Kabul", ["936", "935"]),
    ("05 SANTIAG0 465", "05", "SANTIAG0", ["465"]),
    ("STATE 123 AND 456 AND 789", None, "STATE", ["123", "456", "789"]),
    ("PARIS 12, 14 AND 16", None, "PARIS", ["12", "14", "16"]),
])
def test_written_forms_of_a_cable_reference(item, year, origin, serials):
    [found] = refs.read_item(item)
    assert (found["kind"], found["year"], found["origin"], found["serials"]) == ("cable", year, origin, serials)


def test_a_non_station_is_no_cable():
    assert refs.read_item("PARIS POINTS JULY 15")[0]["kind"] == "other"
    assert refs.read_item("SECDEF MSG DTG 301601z SEP 08")[0]["kind"] == "other"


def test_letters_out_of_sequence_are_text():
    assert refs.split_items("E-mails J. Speaks-K. Allen") == [(None, "E-mails J. Speaks-K. Allen")]
