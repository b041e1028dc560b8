"""REF blocks: lettered or unlettered references to cables, e-mails, telcons and documents.

::

    REF: A. TBILISI 1605  B. TBILISI 1352 ... D. 06 TBILISI 2601
    REF: A) STATE 135205; B) STATE 127608; C) JOHNSON-STEVENS/GODFREY E-MAIL 10/15/07
    Ref: [A] State 188314, 259032, [B] Ottawa 2285
    REF: A. BRASILIA 2799 AND 2764 ¶B. PORT AU PRINCE 2325
"""
from __future__ import annotations

import regex

LABEL = regex.compile(
    r"""
    ^\s*+
    (?:PROGRAM\s++)?+
    (?P<label>REF(?:TEL)?+S?+(?:\(S\))?+|REFERENCES?+)   # REF, REFS, REF(S), REFTEL(S)
    (?:\s++(?P<letter>[A-Z])(?=\s*+:))?+                 # the letter in the label: REF A:
    \s*+[.:]*+\s*+                                       # its separator: ':', '.:', or nothing
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

ITEM_MARK = regex.compile(
    r"""
    (?:^|(?<=[\s;,.]))
    (?:¶\s*+)?+
    (?:
        \((?P<p>[A-Za-z])\)             # (A)
      | \[(?P<b>[A-Za-z])\]             # [A]
      | REF\s++(?P<r>[A-Z])(?=[\s:])    # REF A
      | (?P<d>[A-Z])[.)](?=\s|[A-Z0-9])   # A.  A)
    )
    :?+\s*+
    """,
    regex.VERBOSE,
)

CABLE_REF = regex.compile(
    r"""
    ^\s*+
    (?:(?P<year>\d{4}|\d{2})\s++)?+                             # the year, written: 06, 2007
    (?P<origin>[A-Za-z][A-Za-z'\-]*+(?:\ [A-Za-z][A-Za-z'\-]*+){0,3}?)   # the post: STATE, SAO PAULO
    \s++(?P<serial>\d{1,7}+)(?![0-9/:\-])                      # the serial: 12345, 0389
    (?:\s*+\((?P<year2>\d{4}|\d{2})\))?+                        # the year after it: (2002)
    (?P<more>(?:\s*+(?:,|AND|&)\s*+\d{1,7}+(?![0-9/]))*+)        # AND 2764, 259032
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

GLUED_ID = regex.compile(r"^\s*+(?P<year>\d{2})(?P<origin>[A-Z]{3,})(?P<serial>\d{1,7}+)\b")

KINDS = (
    ("email", regex.compile(r"\bE-?\s?MAILS?\b|\bEMAILS?\b", regex.IGNORECASE)),
    ("telcon", regex.compile(r"\bTELCONS?\b|\bPHONE\s?CALL|\bTELECON\b", regex.IGNORECASE)),
    ("memo", regex.compile(r"\bMEMO(?:RANDUM)?S?\b|\bMOU\b", regex.IGNORECASE)),
    ("report", regex.compile(r"\bREPORTS?\b|\bIIR\b", regex.IGNORECASE)),
)

STOP = regex.compile(
    r"""
    ^\s*+(?:
        CLASSIFIED\s++BY | (?:BEGIN\s++)?SUMMARY | ¶?\s*+\d{1,3}+\s*+\.(?:\s|\() | SUBJ | E\.O\.
      | \(\w{1,3}\)\s*+CLASSIFIED | -{3,}+
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def read_ref_label(line: str) -> dict | None:
    if len(line) > 600:
        return None
    m = LABEL.match(line)
    if not m:
        return None
    after = line[m.end():]
    label_word = m["label"].upper()
    if not m.group(0).rstrip().endswith((":", ".")) and label_word == "REFERENCE" and not after[:1].isupper():
        return None
    return {"label": m["label"], "letter": m["letter"], "items_at": m.end()}


def stops_block(line: str) -> bool:
    return STOP.match(line) is not None


def split_items(text: str, first_letter: str | None = None) -> list[tuple[str | None, str]]:
    """A block's text → (letter, item text) pairs, in order."""
    text = " ".join(text.split())
    marks = list(ITEM_MARK.finditer(text))
    marks = [m for m in marks if _plausible_mark(m, text)]
    if not marks:
        parts = [p.strip() for p in regex.split(r";", text) if p.strip()]
        return [(first_letter, p) for p in parts] if parts else []
    items = []
    if marks[0].start() > 0 and text[: marks[0].start()].strip():
        items.append((first_letter, text[: marks[0].start()].strip()))
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        letter = (m["p"] or m["b"] or m["r"] or m["d"]).upper()
        items.append((letter, text[m.end():end].strip().rstrip(";,").strip()))
    return items


def _plausible_mark(m, text: str) -> bool:
    """``A.`` is an item letter; the ``S.`` of ``U.S.`` is not."""
    if m["d"]:
        before = text[max(0, m.start() - 2): m.start()]
        if before.endswith(".") or (before[-1:].isalpha()):
            return False
    return True


def read_item(text: str) -> dict:
    """One reference: a cable (year, origin, serials) or another kind of document."""
    for kind, pattern in KINDS:
        if pattern.search(text):
            return {"kind": kind, "text": text}
    m = GLUED_ID.match(text)
    if m and len(text.split()) == 1:
        return {"kind": "cable", "text": text, "year": m["year"], "origin": m["origin"], "serials": [m["serial"]]}
    m = CABLE_REF.match(text)
    if m:
        serials = [m["serial"]] + regex.findall(r"\d{1,7}+", m["more"] or "")
        return {"kind": "cable", "text": text, "year": m["year"] or m["year2"], "origin": m["origin"],
                "serials": serials}
    return {"kind": "other", "text": text}
