"""SUBJECT lines of real cables (fixtures/snippets/subject)."""
from __future__ import annotations

import pytest

from cableparse.lexer import subject
from snippets import parse

EXPECTED = {
    "continuation_line": ('ICELAND: PEACEKEEPING TAKES ON A MORE CIVILIAN LOOK AFTER REPORT ON 2004 "CHICKEN STREET '
                          'INCIDENT"', None),
    "label_alone_and_glued_ref": ("ARAB LEAGUE AGREES TO JOIN PIRACY CONTACT GROUP", None),
    "portion_marking_s_nf": ("NIGERIA: KANO BUSINESSMAN ALLEGES YAR'ADUA CORRUPTION", "(S/NF)"),
    "ref_glued_inside_a_word": ("WHO WOULD REPLACE GORDON BROWN AS UK PRIME", "(C/NF)"),
    "subj_keyword": ("Fake T-Shirts Prompt Rare IPR Conviction in Costa Rica", None),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_subject_of_real_cables(name):
    cable = parse("subject", name)
    marking = cable.subject_marking.text if cable.subject_marking else None
    assert (cable.subject, marking) == EXPECTED[name]


def test_a_glued_ref_becomes_the_reference_block():
    cable = parse("subject", "ref_glued_inside_a_word")
    assert [r.reference_id for r in cable.references] == ["08LONDON1939", "08LONDON1704"]


def test_a_parenthesised_word_is_no_marking():
    marking, title = subject.split_marking("(CUBA IS) A TEST")
    assert marking is None and title == "(CUBA IS) A TEST"


def test_csv_backslashes_entities_and_markers_are_taken_out():
    value = subject.read_subject("HRC: SPECIAL SESSION \\\nON PALESTINE &#8217;S \\\nGENEVA 00002654  001.2 OF 004")
    assert value["text"] == "HRC: SPECIAL SESSION ON PALESTINE \u2019S"


def test_classified_by_glued_inside_the_last_word():
    import cableparse
    cable = cableparse.parse("SUBJECT: SCENESETTER FOR AMBASSADOR CROCKER'S VISIT TO CAIROClassified By: DEPUTY CHIEF "
                             "OF MISSION STUART JONES. REASONS: 1.4 (B) and (D)\n\n1. (C) Text.\n")
    assert cable.subject == "SCENESETTER FOR AMBASSADOR CROCKER'S VISIT TO CAIRO"
    assert cable.classified_by.name == "STUART JONES"
    assert cable.classified_by.reasons == ["1.4(b)", "1.4(d)"]
