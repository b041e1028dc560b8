"""The E.O. line: the executive order and the declassification instruction.

::

    E.O. 12958: DECL: 10/18/2017
    EO 12958 DECL: 2020/02/23
    E.O. 12958: N/A
    E.O. 12356: DECL:  OADR
    E.O. 12958: DNG: CO 04/08/2026
    E.O. 12958: N/A TAGS: PGOV PHUM      (TAGS on the same line: the E.O. part ends at TAGS)
"""
from __future__ import annotations

import regex

from .memo import memoised

EO_HEAD = regex.compile(
    r"""
    ^(?P<before>\s*+(?:[A-Z][A-Z/,()\ ]{0,60}?\s)??)      # a passing remark in front: DEPT FOR NEA/MAG
    (?P<label>E\.?\ ?O\.?(?![A-Z]))                      # E.O. / EO / E. O. / E.o.
    \s*+(?P<order>[0-9]{3,5}+)?+                            # the order: 12958 (mistyped: 1295)
    \s*+[:;.,]?+\s*+                                     # its separator; the instruction follows
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

DECL_HEAD = regex.compile(
    r"""
    ^(?P<before>\s*+)
    (?P<verb>DECL(?:ASSIFY)?+(?:\s++ON)?+\s*+(?:[:;]|(?=[0-9]{1,4}[/\-]))\s*+)   # DECL: 08/22/2017, Declassify on 8/31/2034
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

GLUED_TAGS = regex.compile(
    r"""
    \s*+(?:\b|(?<=[0-9]))(?:TAGS?|AGS)\b   # TAGS glued on the same line: N/A TAGS: PGOV, 2017TAGS
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

TRAILING_SPACE = regex.compile(r"\s*+$")

INSTRUCTION = regex.compile(
    r"""
    ^(?:
        (?P<na>N/?A\b\.?)                                     # N/A, NA
      | (?P<verb>DECL(?:ASSIFY)?(?:\s++ON)?|DNG)\s*+[:;.]?\s*+(?P<value>.*+)   # DECL: ..., DNG: CO ...
      | (?P<bare>.*+)                                         # a bare date or an odd value
    )$
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

DATE = regex.compile(
    r"""
    (?<![0-9])
    (?:
        (?P<year1>[0-9]{4})[/\-](?P<month1>[0-9]{1,2})[/\-](?P<day1>[0-9]{1,2})       # 2020/02/23, 2019-02-12
      | (?P<month2>[0-9]{1,2})[/\-](?P<day2>[0-9]{1,2})[/\-](?P<year2>[0-9]{4}|[0-9]{2})  # 10/18/2017, 6/30/08, 12-29-13
    )
    (?![0-9])
    """,
    regex.VERBOSE,
)

GLUED_LABEL = regex.compile(
    r"""
    (?:(?<=\s)|(?<=SIPDIS|NOFORN|SENSITIVE))   # after a space, or a caption glued on
    (?:E\.\ ?O\.|EO(?=\s))                      # a dotted E.O., or EO and a space
    \s*+:?+\s*+1[1-3][0-9]{3}(?![0-9])             # and the number of an order: 12958, 11652
    \s*+[:;,.]?+\s*+
    (?=DECL|DNG|N/?A\b|[0-9]{1,4}[/\-])             # and an instruction, not prose (EO 13224 designations)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

EXEMPTION = regex.compile(r"^\(?(?:1\.6\s*+)?X[0-9]\)?$|^25X[0-9]|^50X[0-9]|^75X[0-9]", regex.IGNORECASE)
LEGACY = regex.compile(r"^(?:OADR|ADS|X?GDS|RDS|NGDS)\b", regex.IGNORECASE)


@memoised(1024)
def read_eo_line(line: str) -> dict | None:
    """The order, the instruction as written and its parts, and where a glued TAGS part starts.

    ``E.O. 12958: DECL: 10/18/2017`` is read in two steps: its head (a passing remark, the label,
    the order) or, without a label, a ``DECL:`` head; then the instruction, which runs to a glued
    ``TAGS`` or to the trailing spaces of the line (one line, without its line break).
    Cables of one post and year repeat their E.O. line, so the reading is memoised; each caller
    gets its own dict (its values are strings, numbers and tuples).
    """
    if len(line) > 300 or not may_hold_eo(line):
        return None
    m = EO_HEAD.match(line)
    if m:
        before, _, order = m.groups()
        if before.strip() and not order:
            m = None
    if m:
        instruction_end, tags_at = _instruction_end(line, m.end())
        instruction, eo_at = line[m.end():instruction_end], m.start("label")
    if not m or (order is None and not instruction):
        m = DECL_HEAD.match(line)
        if not m:
            return None
        before, order = m["before"], None
        instruction_end, tags_at = _instruction_end(line, m.end())
        instruction, eo_at = line[m.start("verb"):instruction_end], m.start("verb")
    instruction = instruction.strip()
    value = {"order": order, "instruction": instruction or None, "before": before.strip() or None,
             "tags_at": tags_at, "eo_at": eo_at}
    value.update(read_instruction(instruction))
    return value


def may_hold_eo(line: str) -> bool:
    """A cheap test that an E.O. line can be read from ``line``: a label (``E.O``, ``EO``, ``E O``,
    ``E. O``, any case) opens it or follows a space, or ``DECL`` opens it. ``TAGS: PGOV PREL`` and
    ``SUBJECT: GEORGIA`` have neither."""
    words = " " + " ".join(line.upper().split())
    return " EO" in words or " E.O" in words or " E O" in words or " E. O" in words or words.startswith(" DECL")


def _instruction_end(line: str, at: int) -> tuple[int, int | None]:
    """Where the instruction that starts at ``at`` ends, and where the keyword of a glued TAGS part
    starts (``None`` without one): ``E.O. 12958: N/A TAGS: PGOV`` → the ends of ``N/A`` and of the space."""
    tags = GLUED_TAGS.search(line, at) if "AG" in line.upper() else None
    if tags is None:
        if not line[-1:].isspace():           # (every character \s matches is a space to str.isspace)
            return len(line), None
        return TRAILING_SPACE.search(line, at).start(), None
    keyword_at = tags.start() + len(line[tags.start():]) - len(line[tags.start():].lstrip())
    return tags.start(), keyword_at


def find_glued_label(line: str) -> int | None:
    """Where an E.O. statement starts inside a line that lost its breaks, or ``None``.

    ``S E C R E T KYIV 002414 SIPDIS DEPT FOR EUR/UMB ... E.O. 12958: DECL: 08/31/2018`` → the
    offset of ``E.O.``; only a label followed by an order number counts, never prose.
    """
    if len(line) > 2000 or ("E.O" not in line and "EO " not in line and "E. O" not in line
                            and "e.o" not in line.lower()):
        return None
    m = GLUED_LABEL.search(line, 1)
    if not m or "CLASSIF" in line[:m.start()].upper():     # reasons under E.O. 12958 in Classified By
        return None
    return m.start()


def read_instruction(instruction: str) -> dict:
    """``DECL: 10/18/2017`` → kind ``date`` with the date's parts; ``N/A`` → kind ``na``."""
    if not instruction:
        return {"kind": "missing", "declassify": None, "date": None}
    na, verb, value, bare = INSTRUCTION.match(instruction).groups()
    if na:
        return {"kind": "na", "declassify": na.rstrip("."), "date": None}
    declassify = (value if verb else bare).strip().rstrip(".").strip()
    kind, date = _classify(declassify)
    if verb and verb.upper() == "DNG":
        kind = "downgrade"
    if not verb and kind not in ("date", "legacy", "exemption"):
        kind = "other" if declassify else "missing"
    return {"kind": kind, "declassify": declassify or None, "date": date}


def _classify(value: str) -> tuple[str, tuple[str, str, str] | None]:
    if not value:
        return "missing", None
    if value.upper().startswith("DECLASSIFIED BY NARA"):
        return "archival", None
    d = DATE.search(value)
    if d and d.start() <= 3:
        year1, month1, day1, month2, day2, year2 = d.groups()
        return "date", (year1, month1, day1) if year1 else (year2, month2, day2)
    if EXEMPTION.match(value):
        return "exemption", None
    if LEGACY.match(value):
        return "legacy", None
    return "event", None
