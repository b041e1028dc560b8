"""The classification banner (format doc §4.1) on real snippets from the corpus.

Each file in ``fixtures/snippets/banner`` is the verbatim top of a corpus cable, up to its banner
and a line or two after it, named after the irregularity it pins.
"""
from __future__ import annotations

import pytest

import cableparse
from cableparse.lexer import banner as lexer_banner
from conftest import FIXTURES, read

SNIPPETS = FIXTURES / "snippets" / "banner"


def parse(name: str) -> cableparse.Cable:
    return cableparse.parse(read(SNIPPETS / f"{name}.txt"))


def summary(cable):
    c = cable.classification
    section = (cable.section.number, cable.section.total) if cable.section else None
    return c.level.value, cable.origin, cable.serial, section


@pytest.mark.parametrize("path", sorted(SNIPPETS.glob("*.txt")), ids=lambda p: p.stem)
def test_snippet_round_trips_and_reads_a_banner(path):
    text = read(path)
    cable = cableparse.parse(text)
    assert cable.to_text() == text
    assert cable.classification is not None and cable.classification.source == "banner"
    assert cableparse.lexer.repairs_needed(text) == 0


@pytest.mark.parametrize("name,want", [
    ("spaced_confidential", ("CONFIDENTIAL", "TBILISI", 1732, (1, 4))),
    ("unspaced_confidential_pdf_copy", ("CONFIDENTIAL", "PARIS", 1007, None)),
    ("misspaced_co_n_f_i_d_e_n_t_i_a_l", ("CONFIDENTIAL", "PARIS", 1501, (1, 6))),
    ("lower_case_spaced_secret", ("SECRET", "STATE", 135366, None)),
    ("lower_case_spaced_with_section", ("CONFIDENTIAL", "ANKARA", 348, (1, 4))),
    ("unclas_plain", ("UNCLASSIFIED", "BARCELONA", 169, (1, 2))),
    ("unclas_e_f_t_o", ("UNCLASSIFIED", "LONDON", 2521, None)),
    ("leading_double_quote", ("CONFIDENTIAL", "TEL AVIV", 4107, (1, 2))),
    ("year_inside_banner", ("CONFIDENTIAL", "LIBREVILLE", 1895, None)),
    ("section_n_of_m", ("CONFIDENTIAL", "REYKJAVIK", 195, (1, 2))),
    ("stuttered_first_letter", ("SECRET", "PARIS", 1699, (1, 2))),
    ("stuttered_unclas", ("UNCLASSIFIED", "MANAGUA", 1002, None)),
    ("captions_glued_to_serial", ("CONFIDENTIAL", "LONDON", 255, None)),
    ("section_total_glued_to_origin", ("SECRET", "QRIPOLI", 583, (2, 3))),
    ("glued_after_cable_dated_note", ("CONFIDENTIAL", "CAIRO", 8938, None)),
    ("banner_in_csv_row_field", ("SECRET", "STATE", 30927, None)),
])
def test_banner_values(name, want):
    assert summary(parse(name)) == want


def test_efto_is_a_control_of_unclas_e_f_t_o():
    cable = parse("unclas_e_f_t_o")
    assert "EFTO" in cable.classification.controls
    assert cable.classification.text == "UNCLAS E F T O LONDON 002521"
    assert cable.reference_id == "09LONDON2521"


def test_leading_quote_is_not_part_of_the_banner_text():
    assert parse("leading_double_quote").classification.text.startswith("C O N F I D E N T I A L SECTION 01")


def test_glued_captions_give_noforn():
    cable = parse("captions_glued_to_serial")
    assert "NOFORN" in cable.classification.controls
    assert cable.reference_id == "10LONDON255"


def test_year_inside_banner_gives_the_id_and_the_doubled_year_id_is_known():
    cable = parse("year_inside_banner")
    assert cable.reference_id == "75LIBREVILLE1895"
    assert cableparse.canonical_reference_id("7575LIBREVILLE1895") == "75LIBREVILLE1895"


def test_cable_dated_note_is_its_own_token_and_gives_the_year():
    text = read(SNIPPETS / "glued_after_cable_dated_note.txt")
    tokens = cableparse.tokenize(text)
    note = next(t for t in tokens if t.text.startswith("Cable dated:"))
    banner = next(t for t in tokens if t.kind == "banner")
    assert note.text == "Cable dated:2005-11-29T14:19:00" and note.value["year"] == 2005
    assert banner.text.startswith("C O N F I D E N T I A L CAIRO 008938")
    assert cableparse.parse(text).reference_id == "05CAIRO8938"


def test_section_total_glued_to_origin_takes_the_post_from_the_header():
    cable = parse("section_total_glued_to_origin")
    assert cable.reference_id == "09TRIPOLI583"
    assert cableparse.canonical_reference_id("09SECTION02OF03QRIPOLI583") == cable.reference_id


@pytest.mark.parametrize("line", [
    "C O N F I D E N T I A L SECTION 01 OF 02 TEL AVIV",     # no serial
    "CONFIDENTIAL",                                         # a repeated level word alone
    "SECRETARY RICE MET MOSCOW 2007",                       # prose
    "TOP SECRETS OF BERN 12",                               # a word that only starts like a level
])
def test_not_a_banner(line):
    assert lexer_banner.read_banner(line) is None


@pytest.mark.parametrize("line,level", [
    ("T O P S E C R E T SECTION 01 OF 02 STATE 012345", "TOP SECRET"),
    ("LIMITED OFFICIAL USE STATE 150591", "UNCLASSIFIED"),
    ("UNCLASSIFIED BUENOS AIRES 2481", "UNCLASSIFIED"),
    ("SE C R E T SECTION 01 OF 02 XXXXXXXXXXXX 000004", "SECRET"),
    ("C ONFIDENTIAL BAKU 000744", "CONFIDENTIAL"),
])
def test_level_words_of_the_grammar(line, level):
    assert lexer_banner.read_banner(line)["level"].value == level
