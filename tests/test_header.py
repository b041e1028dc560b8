"""The routing header (format doc §3) on real header snippets from the corpus.

Each file in ``fixtures/snippets/header`` is the verbatim top of a corpus cable, up to its banner,
and is named after the irregularity it pins.
"""
from __future__ import annotations

import datetime as dt

import pytest

import cableparse
from cableparse.lexer import header as lexer_header
from conftest import FIXTURES, read

SNIPPETS = FIXTURES / "snippets" / "header"
UTC = dt.timezone.utc


def parse(name: str) -> cableparse.Cable:
    return cableparse.parse(read(SNIPPETS / f"{name}.txt"))


def addressee(cable, name: str):
    return next(a for a in cable.header.to + cable.header.info if a.name == name)


def as_tuple(a):
    return (a.route, a.name, a.precedence, a.mcn, a.excluded)


@pytest.mark.parametrize("path", sorted(SNIPPETS.glob("*.txt")), ids=lambda p: p.stem)
def test_snippet_round_trips_and_needs_no_repair(path):
    text = read(path)
    assert cableparse.parse(text).to_text() == text
    assert cableparse.lexer.repairs_needed(text) == 0


def test_routing_indicators_continue_on_next_line():
    header = parse("routing_indicators_continue_on_next_line").header
    assert header.precedence == "RR"
    assert header.routing_indicators[:3] == ["RUEHAG", "RUEHAST", "RUEHDA"]
    assert len(header.routing_indicators) == 14
    assert (header.station, header.serial, header.filing_time) == ("RUEHLA", 169, "3131658")


def test_blank_line_between_fl2_and_de_stays_in_the_header():
    header = parse("blank_line_between_fl2_and_de").header
    assert (header.transmission_id, header.precedence, header.routing_indicators) == ("VZCZCXYZ0016", "PP", ["RUEHWEB"])
    assert (header.station, header.serial, header.security) == ("RUEHMU", 1002, "UUUUU")


def test_de_line_with_section_number_and_filing_time():
    header = parse("de_line_with_section_number").header
    assert (header.station, header.serial, header.filing_time) == ("RUEHRK", 195, "2531700")
    assert header.dtg == dt.datetime(2008, 9, 9, 17, 0, tzinfo=UTC)
    assert header.filed_at == dt.datetime(2008, 9, 9, 17, 0, tzinfo=UTC)


def test_security_letters_not_repeated_five_times():
    assert parse("security_letters_not_repeated_five_times").header.security == "UUUAA"


def test_dtg_followed_by_operating_signal():
    header = parse("dtg_followed_by_operating_signal").header
    assert header.dtg == dt.datetime(2006, 8, 20, 15, 19, tzinfo=UTC)
    assert header.dtg_text == "201519Z AUG 06"


def test_dtg_year_1966_without_fl1_to_fl4():
    cable = parse("dtg_year_1966_without_fl1_to_fl4")
    assert cable.header.dtg == dt.datetime(1966, 12, 28, 18, 48, tzinfo=UTC)
    assert (cable.header.action_precedence, cable.header.info_precedence) == ("PRIORITY", "ROUTINE")
    assert cable.header.transmission_id is None
    assert cable.reference_id == "66BUENOSAIRES2481"


@pytest.mark.parametrize("year,want", [("66", 1966), ("99", 1999), ("00", 2000), ("10", 2010), ("2007", 2007)])
def test_two_digit_years_pivot_at_fifty(year, want):
    assert cableparse.dates.full_year(year) == want


def test_precedence_misspelt_prioity_is_priority():
    cable = parse("precedence_misspelt_prioity")
    assert as_tuple(addressee(cable, "AMMBASSY NEW DELHI")) == (None, "AMMBASSY NEW DELHI", "PRIORITY", 415, [])


@pytest.mark.parametrize("word,want", [("PIORITY", "PRIORITY"), ("PRIOITY", "PRIORITY"), ("IMMEDAITE", "IMMEDIATE"),
                                       ("ROUTNE", "ROUTINE"), ("PRIORITY", "PRIORITY"), ("OPRIORITY", None),
                                       ("PARIS", None), ("PRIMARY", None)])
def test_precedence_words_fuzzy_within_two_edits_same_first_letter(word, want):
    assert lexer_header.precedence_word(word) == want


def test_mcn_three_digits():
    cable = parse("mcn_three_digits")
    assert as_tuple(addressee(cable, "AMEMBASSY DHAKA")) == ("RUEHKA", "AMEMBASSY DHAKA", None, 757, [])


def test_mcn_without_routing_indicator_keeps_zero_padding_out():
    cable = parse("mcn_without_ri_three_digits")
    assert as_tuple(cable.header.to[0]) == (None, "SECSTATE WASHDC", "PRIORITY", 872, [])
    assert as_tuple(addressee(cable, "AMCONSUL ISTANBUL")) == (None, "AMCONSUL ISTANBUL", "PRIORITY", 12, [])


def test_trailing_one_or_two_digits_belong_to_the_name():
    assert lexer_header.read_addressee("RUAYJAA/CTF 72") == {"route": "RUAYJAA", "name": "CTF 72", "precedence": None,
                                                              "mcn": None}
    assert lexer_header.read_addressee("RUEUITH/DET 1 39LG ANKARA TU")["name"] == "DET 1 39LG ANKARA TU"
    cable = parse("trailing_two_digit_number_is_part_of_name")
    assert all(a.mcn is None or a.mcn >= 10 for a in cable.header.info)


def test_niact_immediate_with_zen_and_mcn_ranges():
    cable = parse("niact_immediate")
    first = cable.header.to[0]
    assert as_tuple(first) == (None, "AMEMBASSY BELMOPAN", "NIACT IMMEDIATE", 2276, [])
    assert as_tuple(addressee(cable, "AMEMBASSY KYIV")) == ("RUEHKV", "AMEMBASSY KYIV", "NIACT IMMEDIATE", 7881, [])


def test_prosign_nn_is_kept_unmapped():
    header = parse("prosign_nn").header
    assert header.precedence == "NN"
    assert as_tuple(header.to[0]) == ("RUEHHE", "AMEMBASSY HELSINKI", "NIACT IMMEDIATE", 0, [])


def test_xmt_excludes_from_the_collective_above_not_the_line_above():
    cable = parse("xmt_excludes_from_collective_above")
    assert as_tuple(addressee(cable, "ARAB LEAGUE COLLECTIVE")) == ("RUEHEE", "ARAB LEAGUE COLLECTIVE", None, None,
                                                                    ["AMEMBASSY KHARTOUM"])
    assert addressee(cable, "AMEMBASSY TRIPOLI").excluded == []
    assert all(a.name != "AMEMBASSY KHARTOUM" for a in cable.header.to + cable.header.info)


def test_xmt_then_the_same_post_as_an_addressee():
    cable = parse("xmt_then_same_post_as_addressee")
    assert [as_tuple(a) for a in cable.header.to] == [
        (None, "SECURITY OFFICER COLLECTIVE", "PRIORITY", None, ["AMCONSUL JOHANNESBURG"]),
        (None, "AMEMBASSY TRIPOLI", "PRIORITY", None, [])]
    assert [as_tuple(a) for a in cable.header.info] == [
        (None, "AMCONSUL CASABLANCA", "PRIORITY", None, []),
        (None, "AMCONSUL JOHANNESBURG", None, None, [])]


def test_lone_info_xmt_names_no_addressee():
    text = "INFO XMT FOOBAR\n\nUNCLAS STATE 000001\n\nSUBJECT: TEST\n"
    cable = cableparse.parse(text)
    assert not (cable.header and (cable.header.to or cable.header.info))
    assert [t.kind for t in cableparse.tokenize(text)][0] == "xmt"


def test_page_header_inside_the_to_line_is_skipped():
    cable = parse("page_header_inside_to_line")
    assert [as_tuple(a) for a in cable.header.to] == [
        (None, "ALL DIPLOMATIC POSTS COLLECTIVE", "PRIORITY", None, []),
        (None, "AMEMBASSY TRIPOLI", "PRIORITY", None, [])]
    assert cable.header.info == []


def test_page_header_inside_the_info_line_is_skipped():
    cable = parse("page_header_inside_info_line")
    assert [as_tuple(a) for a in cable.header.info] == [(None, "AMEMBASSY BAGHDAD", "PRIORITY", None, [])]


def test_office_distribution_info_is_no_addressee():
    cable = parse("office_distribution_info_is_no_addressee")
    assert [a.name for a in cable.header.info] == ["SECDEF WASHINGTON DC"]
    assert [a.name for a in cable.header.to] == ["NSC WASHDC", "SECSTATE WASHDC"]
    assert not [d for d in cable.diagnostics if d.code == "CP002"]


def test_partial_extract_with_legacy_page_header():
    cable = parse("partial_extract_with_legacy_page_header")
    header = cable.header
    assert header.partial
    assert header.sender.name == "AMEMBASSY HARARE"
    assert [a.name for a in header.info] == ["NSC WASHDC", "SOUTHERN AFRICAN DEVELOPMENT COMMUNITY"]
    assert not [d for d in cable.diagnostics if d.code == "CP002"]


def test_partial_extract_bare_dtg_and_record_dump():
    cable = parse("partial_extract_bare_dtg_and_record_dump")
    assert cable.header.partial
    assert cable.header.dtg == dt.datetime(2004, 4, 7, 0, 28, tzinfo=UTC)
    assert cable.reference_id == "04BOGOTA3619"


def test_data_row_repeats_the_header_once():
    cable = parse("data_row_repeats_header_banner_after_tab")
    header = cable.header
    assert [a.name for a in header.to] == ["SECSTATE WASHDC"]
    assert [a.name for a in header.info] == ["IRAN COLLECTIVE", "EUROPEAN POLITICAL COLLECTIVE"]
    assert cable.reference_id == "06BERN1280"
    assert cable.classification.text.startswith("C O N F I D E N T I A L SECTION 01 OF 02 BERN 001280")


def test_header_of_another_serial_than_the_banner_identifies_the_cable():
    cable = parse("header_of_another_serial_than_banner")
    assert (cable.origin, cable.serial) == ("BOGOTA", 4036)
    assert cable.reference_id == "08LAPAZ751"


@pytest.mark.parametrize("line,year", [
    ("Cable dated:2002-11-15T12:40:00S E C R E T SECTION 01 OF 05 ANKARA 008305S/CT", 2002),
    ("ID:190812 Cable dated:2009-02-06T13:05:00C O N F I D E N T I A L", 2009),
    ("date: 4/7/2004 0:28", 2004),
    ("2000-06-07", 2000),
    ("Thursday, 13 August 2009, 08:54", 2009),
    ("Date: \tFri Jun 16 10:23:00 2006", 2006),
    ("Thursday, 13 Augustus 2009", None),
    ("SUBJECT: 2009 ELECTIONS", None),
])
def test_date_statements(line, year):
    found = lexer_header.read_date_statement(line)
    assert (found["year"] if found else None) == year


def test_glued_transmission_header_dtg_states_the_year():
    text = "NFAT-00 SAS-00 /006W ------------------8A8E22 271459Z /38 O 271459Z SEP 00 FM AMEMBASSY HARARE TO"
    assert lexer_header.find_glued_dtg(text)["year"] == "00"
    assert lexer_header.find_glued_dtg("REF: SECDEF R162245Z OCT 08 ON THE MATTER") is None


def test_year_stated_by_a_glued_section_header_gives_the_reference_id():
    cable = parse("year_from_glued_section_header")
    assert cable.header.dtg is None
    assert cable.reference_id == "00HARARE5461"


def test_record_dump_one_field_a_line_is_a_copy():
    cable = parse("record_dump_one_field_a_line")
    assert [a.name for a in cable.header.to] == ["SECSTATE WASHDC"]
    assert [a.name for a in cable.header.info] == ["ALL US CONSULATES IN MEXICO COLLECTIVE", "AMEMBASSY CARACAS",
                                                  "NSC WASHDC"]
    assert not [d for d in cable.diagnostics if d.code == "CP002"]


def test_record_dump_of_another_cable_does_not_change_this_one():
    cable = parse("record_dump_of_another_cable")
    assert (cable.origin, cable.serial) == ("ASUNCION", 561)      # the banner below is the dumped cable's
    assert cable.header.serial == 595 and cable.reference_id == "09ASUNCION595"
    assert len(cable.header.info) == 4


def test_telegram_viewer_title_above_the_header():
    cable = parse("telegram_viewer_title_above_header")
    assert cable.header.transmission_id == "VZCZCXRO6560"
    assert cable.classification.text == "C O N F I D E N T I A L TRIPOLI 000453"
    assert not [d for d in cable.diagnostics if d.code == "CP002"]
