"""The command line: JSON out, exit status 2 and a one-line message for what is no cable."""
from __future__ import annotations

import json
import subprocess
import sys

from conftest import GOLDEN, ROOT


def run(*args, input=None):
    return subprocess.run([sys.executable, "-m", "cableparse", *args], capture_output=True, text=True,
                          input=input, cwd=ROOT)


def test_parse_prints_the_json_of_a_cable():
    done = run("parse", str(GOLDEN / "08REYKJAVIK195.txt"))
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["reference_id"] == "08REYKJAVIK195"
    assert data["classification"]["level"] == "CONFIDENTIAL"


def test_parse_reads_standard_input_as_jsonl(seed_text):
    done = run("parse", "--jsonl", "-", input=seed_text)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["signers"] == ["BURNS"]


def test_prose_exits_2_with_one_line():
    done = run("parse", "-", input="Hello there.\nThis is no cable.\n")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert ":1:1:" in done.stderr


# -- archives, folders, standard input streams -----------------------------------------------
SAMPLE_CSV = ROOT / "fixtures" / "csv" / "cables_sample.csv"


def test_a_cables_csv_is_streamed_as_jsonl_on_two_processes(tmp_path):
    out = tmp_path / "cables.jsonl"
    done = run("parse", "--jsonl", "-j", "2", "--output", str(out), str(SAMPLE_CSV))
    assert done.returncode == 0, done.stderr
    assert done.stdout == "" and done.stderr == ""            # no progress bar off a terminal
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["reference_id"] for r in rows] == ["66BUENOSAIRES2481", "72TEHRAN1164"]
    assert rows[1]["provenance"]["references"] == "72MOSCOW1603|72TEHRAN1091|72TEHRAN263"


def test_a_cables_csv_on_standard_input_is_read_row_by_row():
    done = run("parse", "--jsonl", "-", input=SAMPLE_CSV.read_text(encoding="utf-8"))
    assert done.returncode == 0, done.stderr
    assert [json.loads(line)["reference_id"] for line in done.stdout.splitlines()] == \
        ["66BUENOSAIRES2481", "72TEHRAN1164"]


def test_a_folder_with_a_bad_file_reports_it_counts_and_exits_2(tmp_path):
    for name in ("08REYKJAVIK195.txt", "09TRIPOLI254.txt"):
        (tmp_path / name).write_bytes((GOLDEN / name).read_bytes())
    (tmp_path / "memo.txt").write_text("Dear all,\nlunch is at noon.\n", encoding="utf-8")
    done = run("parse", "--jsonl", str(tmp_path))
    assert done.returncode == 2
    assert [json.loads(line)["reference_id"] for line in done.stdout.splitlines()] == \
        ["08REYKJAVIK195", "09TRIPOLI254"]
    errors = done.stderr.splitlines()
    assert len(errors) == 2 and "memo.txt:1:1:" in errors[0] and "Traceback" not in done.stderr
    assert errors[1] == "cableparse: 1 of 3 items gave no cable"


def test_the_progress_line_shows_rate_and_eta():
    import io

    from cableparse.cli.parse import Progress

    screen = io.StringIO()
    progress = Progress(screen)
    progress.total = 1000
    progress.started -= 10                       # ten seconds in
    progress.draw(250, progress.started + 10)
    line = screen.getvalue()
    assert "250/1,000 cables" in line and "25 cables/s" in line and "ETA 0:30" in line
