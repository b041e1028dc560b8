"""Portion markings: the parenthesised classification of a paragraph or subject.

::

    (U)  (C)  (S//NF)  (C/REL LIBYA)  (SBU/N)  (U//FOUO)  (S//OC/NF)  (C - ENTIRE TEXT)
    C)   SBU)                        (a lost opening parenthesis: read, but flagged malformed)
"""
from __future__ import annotations

import regex

from ..markings import PORTION_CONTROLS, PORTION_LEVELS
from .memo import memoised

MARKING = regex.compile(
    r"""
    ^(?P<open>\(?+)\s*+
    (?P<level>TS|SBU|LOU|FOUO|U|C|S)                  # the level letters
    (?P<controls>(?:\s*+/{1,2}+\s*+[A-Z][A-Z ,]*+)*+)   # /NF, //REL TO USA, GBR, //OC/NF
    \s*+/*+\s*+
    (?:-\s*+(?P<entire>ENTIRE\s++TEXT)\.?+\s*+)?+     # (C - ENTIRE TEXT)
    (?P<close>\))$
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

REL_TO = regex.compile(r"^REL(?:EASABLE)?+(?:\s++TO)?+\s++(?P<list>.+)$", regex.IGNORECASE)

CONTROL_SEPARATOR = regex.compile(
    r"""
    \s*+/{1,2}+\s*+     # the slash (or two) between controls: C//NF, S / NF
    """,
    regex.VERBOSE,
)

REL_TO_SEPARATOR = regex.compile(
    r"""
      [,/]              # a comma or slash between the countries of REL TO
    | \sAND\s           # or the word AND: REL TO USA AND GBR
    """,
    regex.VERBOSE,
)


@memoised(2048)
def read_portion_marking(text: str) -> dict | None:
    """``(C/NF)`` → level CONFIDENTIAL, controls [NOFORN]; unknown markings are malformed.

    Returns ``None`` for parenthesised words that are no marking at all (``(AFGHANISTAN)``).
    A cable repeats a handful of markings (``(C)``, ``(SBU)``) on every paragraph, so the reading
    is memoised; each caller gets its own dict and controls list.
    """
    raw = text.strip()
    if len(raw) > 60:
        return None
    m = MARKING.match(raw)
    if not m:
        return _malformed(raw)
    level, control = PORTION_LEVELS[m["level"].upper()]
    controls = [control] if control else []
    malformed = not m["open"]
    for part in CONTROL_SEPARATOR.split(m["controls"].strip()):
        part = part.strip().upper()
        if not part:
            continue
        rel = REL_TO.match(part)
        if rel:
            controls.append("REL TO " + ", ".join(x.strip() for x in REL_TO_SEPARATOR.split(rel["list"]) if x.strip()))
        elif controls and controls[-1].startswith("REL TO ") and part not in PORTION_CONTROLS:
            controls[-1] += ", " + part          # REL TO NATO/AUS: the slash separates list items
        elif part in PORTION_CONTROLS:
            name = PORTION_CONTROLS[part]
            if name not in controls:
                controls.append(name)
        else:
            malformed = True
    return {"level": level, "controls": controls, "text": raw, "malformed": malformed,
            "entire_text": bool(m["entire"])}


MALFORMED = regex.compile(
    r"""
    ^\(?+\s*+
    (?P<letters>SE|SNF|S-NF|S\ NF|NC|UN|CN|SU|TS-NF)   # typos seen in real cables: (SE), (S-NF), (NC)
    \s*+\)$
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def _malformed(raw: str) -> dict | None:
    m = MALFORMED.match(raw)
    if not m:
        return None
    letters = m["letters"].upper()
    level, _ = PORTION_LEVELS.get(letters[0], PORTION_LEVELS["U"]) if letters[0] in "CSU" else PORTION_LEVELS["U"]
    controls = ["NOFORN"] if "NF" in letters else []
    return {"level": level, "controls": controls, "text": raw, "malformed": True, "entire_text": False}


LEADING_MARKING = regex.compile(
    r"""
    ^(?P<heading>[A-Z][A-Za-z'&/\-]*+(?:\ [A-Za-z'&/\-]++){0,3}+[.:]\ *+)?+   # a short heading: Summary. / Other Issues:
    (?P<marking>\([A-Za-z][A-Za-z/\ ,\-]{0,70}+\))                          # the marking: (S/NF), a long REL list
    """,
    regex.VERBOSE,
)

ENTIRE_TEXT = regex.compile(
    r"""
    ^(?P<level>TOP\ SECRET|SECRET|CONFIDENTIAL|UNCLASSIFIED)   # the level written out
    \s*+-++\s*+ENTIRE\s++TEXT\.?+                            # - ENTIRE TEXT.
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def find_leading_marking(text: str) -> dict | None:
    """The marking that opens a paragraph's text when the number did not carry it.

    ``Summary.  (S/NF) On April 1 …`` (after a short heading), ``(C) Text`` (an unnumbered
    paragraph), ``CONFIDENTIAL - ENTIRE TEXT.`` (the statement written out). ``start``/``end``
    give the marking's span in ``text``; ``None`` when no well-formed marking opens it.
    """
    head = text[:120]
    m = ENTIRE_TEXT.match(head)
    if m:
        level = PORTION_LEVELS[{"TOP SECRET": "TS"}.get(m["level"].upper(), m["level"][0].upper())][0]
        return {"level": level, "controls": [], "text": m.group().strip(), "malformed": False, "entire_text": True,
                "start": 0, "end": m.end()}
    m = LEADING_MARKING.match(head)
    if not m:
        return None
    marking = read_portion_marking(m["marking"])
    if marking is None or marking["malformed"]:
        return None
    return dict(marking, start=m.start("marking"), end=m.end("marking"))
