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
