"""``cableparse validate``: text, JSON and SARIF output, code selection, fail level and exit status."""
from __future__ import annotations

import json
import subprocess
import sys

from conftest import FIXTURES, ROOT, read

CASES = FIXTURES / "validate"
TRIPOLI = CASES / "08TRIPOLI220.txt"          # conforms to every default rule
BRASILIA = FIXTURES / "golden" / "08BRASILIA93.txt"   # CM044 and CM006 warnings only


def run(*args, input=None):
    return subprocess.run([sys.executable, "-m", "cableparse", "validate", *args], capture_output=True, text=True,
                          input=input, cwd=ROOT)


def test_clean_cable_exits_0_with_a_summary():
    done = run(str(TRIPOLI))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines() == ["1 files, 0 findings, 0 unreadable"]


def test_findings_are_path_line_code_severity_message():
    broken = read(TRIPOLI).replace("E.O. 12958: DECL: 3/13/2018", "E.O. 12958: DECL: 3/13/2008")
    done = run("-", input=broken)
    assert done.returncode == 1
    first = done.stdout.splitlines()[0]
    assert first.startswith("<stdin>:21: CM052 error declassification date 2008-03-13")
    assert done.stdout.splitlines()[-1] == "1 files, 1 findings (CM052 1), 0 unreadable"


def test_warnings_exit_0_unless_the_fail_level_is_warning():
    assert run(str(BRASILIA)).returncode == 0
    assert run("--fail-level", "warning", str(BRASILIA)).returncode == 1
    assert run("--fail-level", "warning", "--exit-zero", str(BRASILIA)).returncode == 0


def test_select_and_ignore_take_codes_and_prefixes():
    selected = run("--select", "CM04", str(BRASILIA)).stdout
    assert " CM044 " in selected and " CM006 " not in selected
    ignored = run("--ignore", "CM006,CM044", str(BRASILIA)).stdout
    assert " CM0" not in ignored.replace("0 findings", "")


def test_severity_override_and_advisory_rules():
    assert " CM010 " not in run(str(BRASILIA)).stdout
    advisory = run("--advisory", "--severity", "CM010=error", str(BRASILIA))
    assert " CM010 error " in advisory.stdout and advisory.returncode == 1


def test_json_lists_cables_and_counts_by_code():
    done = run("--format", "json", str(BRASILIA), str(TRIPOLI))
    data = json.loads(done.stdout)
    assert [c["reference_id"] for c in data["cables"]] == ["08BRASILIA93", "08TRIPOLI220"]
    assert data["summary"] == {"files": 2, "findings": {"CM006": 3, "CM044": 1}}
    finding = data["cables"][0]["findings"][0]
    assert set(finding) >= {"code", "severity", "message", "line"}
    assert "2 files" in done.stderr


def test_sarif_has_rule_level_and_start_line():
    log = json.loads(run("--format", "sarif", str(BRASILIA)).stdout)
    assert log["version"] == "2.1.0"
    run_ = log["runs"][0]
    assert {r["id"] for r in run_["tool"]["driver"]["rules"]} >= {"CM001", "CM062"}
    result = next(r for r in run_["results"] if r["ruleId"] == "CM044")
    assert result["level"] == "warning"
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 14


def test_a_folder_is_read_and_bad_input_exits_2_with_one_line_each(tmp_path):
    (tmp_path / "a.txt").write_text(read(TRIPOLI), encoding="utf-8")
    (tmp_path / "prose.txt").write_text("Hello there.\nThis is no cable.\n", encoding="utf-8")
    done = run(str(tmp_path), str(tmp_path / "missing.txt"))
    assert done.returncode == 2
    assert done.stderr.count("\n") == 2 and "Traceback" not in done.stderr
    assert "prose.txt:1:1:" in done.stderr and "missing.txt: cannot read" in done.stderr
    assert done.stdout.splitlines()[-1] == "1 files, 0 findings, 2 unreadable"
