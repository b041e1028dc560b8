"""``cableparse.validate``: the catalogue, the configuration, the seed, and no exception on real cables."""
from __future__ import annotations

import regex
import pytest

import cableparse
from cableparse.validate import RULES, Config
from conftest import FIXTURES, ROOT, corpus_files, golden_inputs, read

CATALOGUE = ROOT.parent / "shared" / "docs" / "marking-rules.md"
SUMMARY_ROW = regex.compile(r"^\|\s*(?P<code>CM\d{3})\s*\|\s*(?P<severity>[a-z]+)(?P<advisory>\s*\(advisory\))?\s*\|")
TRIPOLI = FIXTURES / "validate" / "08TRIPOLI220.txt"


def test_seed_has_no_error(seed_text):
    findings = cableparse.validate(cableparse.parse(seed_text))
    assert [f for f in findings if f.severity == "error"] == []


@pytest.mark.skipif(not CATALOGUE.is_file(), reason="the shared docs are not beside the clone")
def test_registry_matches_the_catalogue():
    rows = [SUMMARY_ROW.match(line) for line in CATALOGUE.read_text(encoding="utf-8").splitlines()]
    table = {m["code"]: (m["severity"], bool(m["advisory"])) for m in rows if m}
    assert len(table) == 36
    assert {code: (rule.severity.value, rule.advisory) for code, rule in RULES.items()} == table


def _broken() -> cableparse.Cable:
    text = read(TRIPOLI).replace("5.(C) P/E", "5.(SBU) P/E").replace("DECL: 3/13/2018", "DECL: 3/13/2008")
    return cableparse.parse(text)


def test_findings_are_models_with_code_severity_message_line():
    findings = cableparse.validate(_broken())
    assert [(f.code, f.severity.value) for f in findings] == [("CM052", "error"), ("CM006", "warning")]
    assert all(isinstance(f, cableparse.Finding) and f.line and f.title for f in findings)
    assert findings[0].model_dump()["line"] == 21


def test_select_ignore_and_severity_overrides():
    cable = _broken()
    assert [f.code for f in cableparse.validate(cable, select=["CM05"])] == ["CM052"]
    assert [f.code for f in cableparse.validate(cable, ignore=["CM052"])] == ["CM006"]
    assert [f.code for f in cableparse.validate(cable, severities={"CM006": "off"})] == ["CM052"]
    [raised] = cableparse.validate(cable, select=["CM006"], severities={"CM006": "error"})
    assert raised.severity == "error"


def test_advisory_rules_are_off_by_default():
    cable = cableparse.parse(read(FIXTURES / "validate" / "07MOSCOW5100.web.txt"))
    assert "CM010" not in {f.code for f in cableparse.validate(cable)}
    assert "CM010" in {f.code for f in cableparse.validate(cable, advisory=True)}
    assert "CM010" in {f.code for f in cableparse.validate(cable, select=["CM010"])}


def test_a_finding_on_a_redacted_paragraph_is_capped_at_warning():
    text = read(TRIPOLI).replace("3.(C) Sawani said", "3. XXXXXXXXXXXX said")
    [finding] = [f for f in cableparse.validate(cableparse.parse(text)) if f.code == "CM002"]
    assert finding.severity == "warning"


def _sample(step: int = 7):
    return golden_inputs() + sorted((FIXTURES / "validate").iterdir()) + corpus_files()[::step]


@pytest.mark.parametrize("path", _sample(), ids=lambda p: p.name)
def test_validate_never_raises_on_a_parsed_cable(path):
    cable = cableparse.parse(read(path))
    for finding in cableparse.validate(cable, config=Config(advisory=True, debug=True)):
        assert finding.code in RULES and (finding.line is None or finding.line >= 1)


def test_a_plain_dict_is_the_severity_map_of_the_catalogue():
    cable = cableparse.parse(read(FIXTURES / "validate" / "07MOSCOW5100.web.txt"))
    [finding] = cableparse.validate(cable, config={"CM010": "error"})
    assert (finding.code, finding.severity) == ("CM010", "error")
    assert cableparse.validate(_broken(), config={"CM006": "off", "CM052": "warning"})[0].severity == "warning"


def test_cable_date_falls_back_to_the_metadata_date():
    text = read(TRIPOLI)
    headerless = text[text.index("C O N F I D E N T I A L"):].replace("DECL: 3/13/2018", "DECL: 3/13/2008")
    cable = cableparse.parse(headerless)
    assert "CM052" not in {f.code for f in cableparse.validate(cable)}       # 1 January 2008: still before
    cable.provenance["date"] = "03/20/2008 15:03"
    assert "CM052" in {f.code for f in cableparse.validate(cable)}
