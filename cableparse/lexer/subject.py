"""The SUBJECT line, its portion marking, and its continuation lines.

::

    SUBJECT: FM LAVROV CRITICIZES US-JAPAN MISSILE DEFENSE
    COOPERATION
    SUBJECT: (S/NF) SPIKE IN NATIONAL SECURITY-RELATED ARREST
    SUBJ: TERRORIST KILL FOUR POLICEMEN IN ANTALYA
"""
from __future__ import annotations

import html

import regex

from .portion import read_portion_marking

LABEL = regex.compile(
    r"""
    ^\s*+
    (?P<label>SUBJECT|SUBJ|UBJECT)     # the keyword; UBJECT is a real typo
    (?P<sep>\s*+[:;.\-]?+\s*+)         # its separator
    (?=\S|$)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

LEADING_MARKING = regex.compile(
    r"""
    ^(?P<marking>\([A-Za-z/\ \-]{1,20}+\))   # a portion marking in front: (C), (S/NF)
    \s*+
    """,
    regex.VERBOSE,
)

TERMINATOR = regex.compile(
    r"""
    ^\s*+(?:
        REF(?:S|TEL|TELS|\(S\))?+\b           # the REF block
      | CLASSIFIED\s++BY                      # Classified By
      | ¶?\s*+[0-9]{1,3}+\s*+\.                  # a numbered paragraph
      | (?:BEGIN\s++)?SUMMA?R?Y?\b            # SUMMARY
      | -{3,}+|={3,}+|_{3,}+                  # a dashed rule
      | SENSITIVE\s++BUT\b
      | C\ O\ N|S\ E\ C|UNCLAS\b              # a banner
      | E\.\ ?O\.|TAGS\b                      # preamble lines
      | PAGE\s++[0-9]                            # a page header
      | THIS\ IS\ AN\ ACTION
      | \(\w\)\s*+CLASSIFIED
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

GLUED_REF = regex.compile(r"REF(?:TEL)?+S?+(?:\(S\))?+:", regex.IGNORECASE)


def read_subject_label(line: str) -> dict | None:
    if len(line) > 400 or not line.lstrip()[:6].upper().startswith(("SUBJ", "UBJECT")):
        return None
    m = LABEL.match(line)
    return {"label": m["label"], "text_at": m.end()} if m else None


def is_terminator(line: str) -> bool:
    """A blank line (also `` \\`` of the CSV rendering) or a line that starts another element."""
    return not line.strip(" \t\\") or TERMINATOR.match(line) is not None


GLUED_SBU = regex.compile(r"(?<=\S\s++)SENSITIVE\s++BUT\b", regex.IGNORECASE)


def glued_caption_at(text: str) -> int | None:
    """Where ``Sensitive but unclassified`` glued to the end of a subject line starts."""
    m = GLUED_SBU.search(text) if "SENSITIVE" in text.upper() else None
    return m.start() if m else None


def split_marking(text: str) -> tuple[dict | None, str]:
    """``(S/NF) SPIKE IN ...`` → the marking (when it is one) and the title."""
    m = LEADING_MARKING.match(text) if text[:1] == "(" else None
    if m:
        marking = read_portion_marking(m["marking"])
        if marking and not marking["malformed"]:
            return marking, text[m.end():]
    return None, text


def join_lines(lines: list[str]) -> str:
    """Continuation lines joined with single spaces; ``US- `` at a join becomes ``US-``."""
    out = ""
    for line in lines:
        part = " ".join(line.split())
        if not part:
            continue
        if out.endswith("-") and not out.endswith(" -"):
            out += part
        else:
            out = f"{out} {part}" if out else part
    return out


def glued_ref_at(text: str) -> int | None:
    """Where a REF block glued to the subject starts (``... PRIMEREF: A. LONDON 1939``)."""
    m = GLUED_REF.search(text) if "REF" in text.upper() else None
    return m.start() if m and m.start() > 0 else None


INLINE_MARKER = regex.compile(
    r"""
    \b[A-Z]++\ ++[0-9]{8}\s++[0-9]{3}(?:\.[0-9]{1,2})?+\s++OF\s++[0-9]{3}\b     # PRETORIA 00000954 001.2 OF 004
    """,
    regex.VERBOSE,
)


def read_subject(text: str) -> dict:
    """The subject's marking and title from its text: lines joined, the backslashes of the CSV
    rendering, numeric HTML entities (``&#8217;``) and section markers taken out."""
    if "\\" not in text and ("-" not in text or len(text.splitlines()) < 2):
        joined = " ".join(text.split())                 # (no backslash to drop, no hyphen to close up)
    else:
        lines = [line.rstrip().rstrip("\\") for line in text.replace("\\\n", "\n").splitlines()]
        joined = join_lines([line for line in lines if line.strip(" \\")])
    joined = html.unescape(joined).replace("\\", " ")
    if "OF" in joined:                                      # what every section marker holds
        joined = INLINE_MARKER.sub(" ", joined)
    joined = " ".join(joined.split())
    marking, title = split_marking(joined)
    return {"marking": marking, "text": title.strip() or None}
