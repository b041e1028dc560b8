"""Captions, handling and passing lines between the banner and the E.O. line.

::

    SIPDIS
    NOFORN, SIPDIS, FOR DCMS AND ALL CABLE DRAFTERS
    SIPDIS SIPDIS
    DEPT FOR EUR/NB, EUR/RPM, SCA/A           (a passing line)
    OSLO FOR DATT
"""
from __future__ import annotations

import regex

from .memo import memoised

CAPTION_WORDS = (
    "SENSITIVE BUT UNCLASSIFIED", "FOR OFFICIAL USE ONLY", "LIMITED OFFICIAL USE", "INFORM CONSULS",
    "OFFICIAL INFORMAL", "SIPDIS", "NOFORN", "SENSITIVE", "NODIS", "EXDIS", "LIMDIS", "STADIS",
    "CHEROKEE", "ROGER", "DOCKLAMP", "EFTO", "NOCONTRACT", "ORCON", "PROPIN", "NOFORN/SIPDIS",
)
#: the letters a caption word opens with (a line that opens with none of them may still name a CHANNEL)
CAPTION_INITIALS = frozenset(word[0] for word in CAPTION_WORDS)
_ALTERNATION = "|".join(regex.escape(w).replace(r"\ ", r"\s++") for w in CAPTION_WORDS)

CAPTION_LINE = regex.compile(
    rf"""
    ^\s*+
    (?P<captions>
        (?:{_ALTERNATION}|[A-Z]{{3,12}}+\s++CHANNEL)          # a caption word: SIPDIS, AGRMENT CHANNEL
        (?:[\s,/.;-]*+(?:{_ALTERNATION}|[A-Z]{{3,12}}+\s++CHANNEL))*+   # more, by spaces or commas
    )
    [\s,.;-]*+
    (?P<rest>(?:FOR|-)\b.*+)?+                                # a FOR ... ONLY remark after them
    $
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

CAPTION_WORD = regex.compile(rf"(?:{_ALTERNATION}|[A-Z]{{3,12}}+\s++CHANNEL)", regex.IGNORECASE)

PASSING_LINE = regex.compile(
    r"""
    ^\s*+
    (?P<to>(?:PASS\s++)?[A-Z][A-Z0-9/.&'()\-]*+(?:\ [A-Z0-9/.&'()\-]++){0,5}?)   # DEPT, OSLO, PASS USTR
    \s++(?:ALSO\s++)?+
    (?:FOR|PASS(?:\s++TO)?+|PLEASE\s++PASS)\s++   # FOR / PASS TO
    (?P<what>\S.*+)$
    """,
    regex.VERBOSE,
)

PASS_TO = regex.compile(r"^\s*+(?:PASS\s++TO|PLEASE\s++PASS|DEPT\s++PASS|FOR\s++)\s*+\S", regex.VERBOSE)


@memoised(1024)
def read_caption_line(line: str) -> dict | None:
    """``NOFORN, SIPDIS, FOR DCMS ...`` → ``["NOFORN", "SIPDIS"]`` and the remark.

    The same few caption lines (``SIPDIS``, ``NOFORN``) open cable after cable, so the reading is
    memoised; each caller gets its own dict and list."""
    if len(line) > 200 or not _may_be_captions(line):
        return None
    m = CAPTION_LINE.match(line)
    if not m:
        return None
    captions, rest = m.groups()
    words = [" ".join(w.upper().split()) for w in CAPTION_WORD.findall(captions)]
    expanded = []
    for word in words:
        expanded.extend(word.split("/") if "/" in word else [word])
    return {"captions": expanded, "rest": (rest or "").strip() or None}


def _may_be_captions(line: str) -> bool:
    """A cheap test before ``CAPTION_LINE``: the line opens with a caption word's letter
    (``SIPDIS``, ``NOFORN``) or names a channel (``AGRMENT CHANNEL``); ``THE EMBASSY ...`` does neither."""
    return line.lstrip()[:1].upper() in CAPTION_INITIALS or "CHANNEL" in line.upper()


def read_passing_line(line: str) -> dict | None:
    """``DEPT FOR EUR/NB, EUR/RPM``, ``PASS TO USTR``: a line that routes the cable on (FOR or PASS)."""
    if len(line) > 200 or ("FOR" not in line and "PASS" not in line):
        return None
    m = PASSING_LINE.match(line) or PASS_TO.match(line)
    return {"text": line.strip()} if m else None


LEADING_CAPTIONS = regex.compile(
    rf"""
    ^\s*+
    (?:(?:{_ALTERNATION})(?:[\s,;]++|$))++      # caption words in front of other text: SIPDIS NOFORN
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def leading_captions(text: str) -> tuple[int, list[str]] | None:
    """The caption words that open ``text`` (``SIPDIS NOFORN SIPDIS STATE FOR ...``) and where they end."""
    m = LEADING_CAPTIONS.match(text[:300])
    if not m:
        return None
    return m.end(), [" ".join(w.upper().split()) for w in CAPTION_WORD.findall(m.group())]


def captions_in(text: str) -> list[str]:
    """Caption words found in a stretch of text (captions glued to a banner: ``NOFORNSIPDIS``)."""
    if len(text) > 200:
        text = text[:200]
    return [" ".join(w.upper().split()) for w in CAPTION_WORD.findall(text)]
