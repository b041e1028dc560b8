"""Every rule of marking-rules.md: a real cable that breaks it, and a real cable that conforms.

The cables are real (``fixtures/validate/``, copied from the shared corpus). A case either uses a
cable that breaks the rule as it is, or breaks a conforming cable with one small edit of its text;
the conforming side is the original or the same cable with the fault repaired.
"""
from __future__ import annotations

import pytest

import cableparse
from cableparse.validate import RULES, Config
from conftest import FIXTURES, read

CASES = FIXTURES / "validate"
TRIPOLI = "08TRIPOLI220.txt"          # CONFIDENTIAL, SECTION 01 OF 03, (C) paragraphs 1-11, 2008
MOSCOW = "07MOSCOW5100.web.txt"       # the seed: CONFIDENTIAL, unmarked subject
SAO_PAULO = "06SAOPAULO532.txt"       # UNCLAS with (SBU) paragraphs, SENSITIVE on a passing line
LONDON = "08LONDON2814.txt"           # UNCLAS SENSITIVE, one numbered (SBU) paragraph

BANNER = "C O N F I D E N T I A L SECTION 01 OF 03 TRIPOLI 000220"
STATEMENT = "CLASSIFIED BY: Chris Stevens, CDA, Embassy Tripoli, Dept of State. REASON: 1.4 (b), (d)"

# (code, cable, edits that break it, edits that make it conform); no edit: the real text as it is
CASES_TABLE = [
    ("CM001", TRIPOLI, [("3.(C) Sawani", "3.(CN) Sawani")], []),
    ("CM002", TRIPOLI, [("3.(C) Sawani", "3. Sawani")], []),
    ("CM003", TRIPOLI, [("5.(C) P/E", "5.(S) P/E")], []),
    ("CM003", "08QUITO247.txt", [], [("C O N F I D E N T I A L", "S E C R E T")]),
    ("CM004", TRIPOLI, [(BANNER, BANNER.replace("C O N F I D E N T I A L", "S E C R E T"))], []),
    ("CM005", TRIPOLI, [(BANNER, "UNCLAS SECTION 01 OF 03 TRIPOLI 000220")], []),
    ("CM005", "08TRIPOLI319.txt", [], [("UNCLAS", "C O N F I D E N T I A L")]),
    ("CM006", TRIPOLI, [("5.(C) P/E", "5.(SBU) P/E")], []),
    ("CM007", SAO_PAULO, [("ALSO FOR POLAD SENSITIVE SIPDIS", "ALSO FOR POLAD SIPDIS")], []),
    ("CM007", LONDON, [("SENSITIVE \n", "")], []),
    ("CM008", TRIPOLI, [("1.(C) Summary", "1.(S - ENTIRE TEXT) Summary")],
     [("1.(C) Summary", "1.(C - ENTIRE TEXT) Summary")]),
    ("CM009", MOSCOW, [("SUBJECT: FM LAVROV", "SUBJECT: (S) FM LAVROV")],
     [("SUBJECT: FM LAVROV", "SUBJECT: (C) FM LAVROV")]),
    ("CM010", MOSCOW, [], [("SUBJECT: FM LAVROV", "SUBJECT: (U) FM LAVROV")]),
    ("CM020", TRIPOLI, [("ZNY CCCCC ZZH", "ZNY SSSSS ZZH")], []),
    ("CM020", "09ASUNCION595.txt", [], [("ZNY CCCCC ZZH", "ZNR UUUUU ZZH")]),
    ("CM021", TRIPOLI, [("ZNY CCCCC ZZH", "ZNR CCCCC ZZH")], []),
    ("CM021", "06MADRID2908.txt", [], [("ZNY SSSAA ZZH", "ZNY SSSSS ZZH")]),
    ("CM022", "08TRIPOLI220.html", [("'unclassified'>CONFIDENTIAL</a>\n</td>", "'unclassified'>SECRET//NOFORN</a>\n</td>")],
     []),
    ("CM023", TRIPOLI, [("SECTION 01 OF 03", "SECTION 04 OF 03")], []),
    ("CM023", "09RANGOON378.txt", [], [("SECTION 01 OF 02", "SECTION 01 OF 04")]),
    ("CM023", TRIPOLI, [("\nFAMILY VISITS\n", "\nSECRET\n")], [("\nFAMILY VISITS\n", "\nCONFIDENTIAL\n")]),
    ("CM030", TRIPOLI, [("5.(C) P/E", "5.(C/NF) P/E")],
     [("5.(C) P/E", "5.(C/NF) P/E"), ("SIPDIS SIPDIS", "NOFORN SIPDIS")]),
    ("CM031", "09STATE30049.txt", [], [("¶12. (C/Rel Aus)", "¶12. (C)")]),
    ("CM032", TRIPOLI, [("5.(C) P/E", "5.(C/OC) P/E")],
     [("5.(C) P/E", "5.(C/OC) P/E"), ("SIPDIS SIPDIS", "ORCON SIPDIS")]),
    ("CM033", TRIPOLI, [("SIPDIS SIPDIS", "NOFORN SIPDIS")],
     [("SIPDIS SIPDIS", "NOFORN SIPDIS"), ("5.(C) P/E", "5.(C/NF) P/E")]),
    ("CM034", TRIPOLI, [("5.(C) P/E", "5.(C/NF/REL TO GBR) P/E")], [("5.(C) P/E", "5.(C/NF) P/E")]),
    ("CM034", "09BOGOTA3559.txt", [], [("(S/NF/rel Panama)", "(S/NF)")]),
    ("CM040", TRIPOLI, [(STATEMENT, "")], []),
    ("CM041", TRIPOLI, [("Chris Stevens, CDA, Embassy Tripoli, Dept of State.", "CDA.")], []),
    ("CM042", TRIPOLI, [(" REASON: 1.4 (b), (d)", "")], []),
    ("CM043", TRIPOLI, [("REASON: 1.4 (b), (d)", "REASON: 1.2 (b), (d)")], []),
    ("CM043", TRIPOLI, [("REASON: 1.4 (b), (d)", "REASON: 1.5 (h)")], []),
    ("CM043", "09BAKU30.txt", [], [("1.2 (b,d)", "1.4 (b,d)")]),
    ("CM044", TRIPOLI, [("REASON: 1.4 (b), (d)", "REASON: 1.5 (b), (d)")], []),
    ("CM045", TRIPOLI, [(BANNER, "UNCLAS SECTION 01 OF 03 TRIPOLI 000220")], []),
    ("CM050", TRIPOLI, [("E.O. 12958: DECL: 3/13/2018", "E.O. 12958: N/A")], []),
    ("CM051", TRIPOLI, [("E.O. 12958:", "E.O. 12598:")], []),
    ("CM051", TRIPOLI, [("DECL: 3/13/2018", "DECL: MR")], []),
    ("CM052", TRIPOLI, [("DECL: 3/13/2018", "DECL: 3/13/2008")], []),
    ("CM052", "10DHAKA27.txt", [], [("DECL: 01/10/10", "DECL: 01/10/20")]),
    ("CM053", TRIPOLI, [("DECL: 3/13/2018", "DECL: 3/14/2033")], [("DECL: 3/13/2018", "DECL: 3/13/2033")]),
    ("CM053", "07CAIRO974.txt", [], [("04/03/2047", "04/03/2017")]),
    ("CM054", SAO_PAULO, [("E.O. 12958: N/A", "E.O. 12958: DECL: 05/16/2016")], []),
    ("CM054", "85BEIRUT1725.txt", [], [("DECL:OADR", "N/A")]),
    ("CM055", TRIPOLI, [("E.O. 12958:", "E.O. 13526:")], []),
    ("CM056", TRIPOLI, [("DECL: 3/13/2018", "DECL: OADR")], []),
    ("CM057", "96ANKARA12278.txt", [], [("DECL:11/15/17", "DECL:11/15/06")]),
    ("CM060", TRIPOLI, [("4.(C) Asked", "3.(C) Asked")], []),
    ("CM060", "10DAMASCUS8.txt", [], []),
    ("CM061", TRIPOLI, [("11.(C) Comment", "12.(C) Comment")], []),
    ("CM061", "08HAVANA103.txt", [], []),
    ("CM062", LONDON, [], [("¶1. (SBU) The Point", "(SBU) The Point")]),
]


def edited(name: str, edits: list[tuple[str, str]]) -> str:
    """The fixture's text with each ``old`` replaced, once, by ``new`` (an edit that misses fails)."""
    text = read(CASES / name)
    for old, new in edits:
        assert text.count(old) == 1, f"{name}: {old!r} occurs {text.count(old)} times"
        text = text.replace(old, new)
    return text


def codes(text: str) -> list[str]:
    findings = cableparse.validate(cableparse.parse(text), config=Config(advisory=True, debug=True))
    return [f.code for f in findings]


def _id(case) -> str:
    return f"{case[0]}-{case[1]}-{'edited' if case[2] else 'real'}"


@pytest.mark.parametrize("case", CASES_TABLE, ids=[_id(c) for c in CASES_TABLE])
def test_rule_fires_on_violating_cable(case):
    code, name, breaking, _ = case
    assert code in codes(edited(name, breaking))


#: a real numbering fault (no edit to break it) has no one-edit repair: its conforming case is
#: another cable's row of the table
CONFORMING_TABLE = [c for c in CASES_TABLE if c[2] or c[3] or c[0] not in ("CM060", "CM061")]


@pytest.mark.parametrize("case", CONFORMING_TABLE, ids=[_id(c) for c in CONFORMING_TABLE])
def test_rule_silent_on_conforming_cable(case):
    code, name, _, repairing = case
    assert code not in codes(edited(name, repairing))


def test_numbering_rules_have_a_conforming_case():
    assert {"CM060", "CM061"} <= {c[0] for c in CONFORMING_TABLE}


def test_every_catalogue_rule_has_a_case():
    assert {case[0] for case in CASES_TABLE} == set(RULES)


def test_finding_is_at_the_faulty_line():
    text = edited(TRIPOLI, [("5.(C) P/E", "5.(S) P/E")])
    [finding] = [f for f in cableparse.validate(cableparse.parse(text)) if f.code == "CM003"]
    assert text.splitlines()[finding.line - 1].startswith("5.(S) P/E")
    assert finding.severity == "error" and finding.evidence == "(S)"
