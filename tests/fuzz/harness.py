"""The fuzzing oracle, the seed inputs and the mutations, shared by the hypothesis and atheris runs.

The oracle: for every input, ``parse`` returns a ``Cable`` whose ``to_text()`` is the input, or
raises ``CableParseError``; ``tokenize`` covers the input exactly. Anything else is a crash, and
a crash is saved to ``fixtures/fatal/`` (when saving is asked for) so that the test suite keeps
parsing it after the fix.
"""
from __future__ import annotations

import hashlib
import random
from pathlib import Path

import cableparse

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "fixtures" / "golden"
FATAL = ROOT / "fixtures" / "fatal"

#: pieces of the format spliced into inputs: keywords, markings, line breaks, dressings
FRAGMENTS = (
    "\n", "\r\n", "\r", "\n\n", " ", "\t", "1. ", "2. (C) ", "(S//NF) ", "(SBU)", "¶", "C O N F I D E N T I A L ",
    "UNCLAS ", "SECTION 01 OF 02 ", "MOSCOW 005100", "E.O. 12958: DECL: 10/18/2017", "TAGS: ", "SUBJECT: ",
    "REF: ", "A. ", "STATE 12345", "Classified By: ", "Reasons 1.4(b) and (d).", "SIPDIS", "NOFORN",
    "VZCZCXRO6042", "PP RUEHC", "DE RUEHMO #5100 2951503", "ZNY CCCCC ZZH", "P 221503Z OCT 07",
    "FM AMEMBASSY MOSCOW", "TO RUEHC/SECSTATE WASHDC PRIORITY 4779", "INFO ", "XMT ", "Summary: ",
    "End Summary.", "BURNS", "NNNN", "[PREL](#)", "<pre>", "</pre>", "&#x000A;", "&amp;", "\\", "\\ \n",
    "2007-10-22 15:03\t", "REYKJAVIK 00000195  002 OF 002", "PAGE 02 ", "\x00", "\ufeff", "\u2028",
    "\u0301", "\ud800", "(", ")", "/", ":", ".", ",", "0", "9", "OF",
)


def check(text: str) -> None:
    """Raise ``AssertionError`` (or the escaped exception) when ``text`` breaks a promise."""
    try:
        cable = cableparse.parse(text)
    except cableparse.CableParseError:
        pass
    else:
        assert cable.to_text() == text, "to_text() differs from the input"
    assert "".join(t.text for t in cableparse.tokenize(text)) == text, "tokens do not join to the input"


def seeds() -> list[str]:
    """The golden cables, the texts mutations start from."""
    return [p.read_bytes().decode("utf-8") for p in sorted(GOLDEN.iterdir()) if p.suffix in (".txt", ".html")]


def mutate(text: str, chooser: random.Random, rounds: int = 4) -> str:
    """``text`` after a few random edits: splices, deletions, duplications, line shuffles, case."""
    for _ in range(rounds):
        edit = chooser.randrange(9)
        at = chooser.randrange(len(text) + 1)
        if edit == 0:
            text = text[:at] + chooser.choice(FRAGMENTS) + text[at:]
        elif edit == 1:
            text = text[:at] + text[at + chooser.randrange(1, 200):]
        elif edit == 2:
            span = text[at:at + chooser.randrange(1, 400)]
            text = text[:at] + span * chooser.randrange(2, 5) + text[at:]
        elif edit == 3:
            lines = text.splitlines(keepends=True)
            if len(lines) > 1:
                i, j = chooser.randrange(len(lines)), chooser.randrange(len(lines))
                lines[i], lines[j] = lines[j], lines[i]
            text = "".join(lines)
        elif edit == 4:
            text = text[:at] + "".join(chr(chooser.randrange(0x110000)) for _ in range(chooser.randrange(1, 6))) + text[at:]
        elif edit == 5:
            end = at + chooser.randrange(1, 300)
            text = text[:at] + (text[at:end].lower() if chooser.random() < 0.5 else text[at:end].upper()) + text[end:]
        elif edit == 6:
            text = text[:at]
        elif edit == 7:
            text = text[at:]
        else:
            text = text.replace(chooser.choice(("\n", " ", "(", ".", ":")), chooser.choice(FRAGMENTS), chooser.randrange(1, 20))
    return text


def save(text: str, reason: str, name: str | None = None) -> Path:
    """Keep a crashing input in ``fixtures/fatal/``, named after ``name`` or its content.

    Hypothesis replays the smallest failing example last, so saving under the test's name
    leaves that example in the file.
    """
    FATAL.mkdir(parents=True, exist_ok=True)
    name = name or "fuzz-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    path = FATAL / f"{name}.txt"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    (FATAL / f"{name}.reason").write_text(reason + "\n", encoding="utf-8")
    return path
