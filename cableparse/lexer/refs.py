"""REF blocks: lettered or unlettered references to cables, e-mails, telcons and documents.

::

    REF: A. TBILISI 1605  B. TBILISI 1352 ... D. 06 TBILISI 2601
    REF: A) STATE 135205; B) STATE 127608; C) JOHNSON-STEVENS/GODFREY E-MAIL 10/15/07
    Ref: [A] State 188314, 259032, [B] Ottawa 2285
    REF: A. BRASILIA 2799 AND 2764 ¶B. PORT AU PRINCE 2325
    REF: A. QUITO 4525-91  B. 07MOSCOW1234  C. (99) ROME 2196  D. 10-OTTAWA-57

A block is cut into items at its letters (which must run A, B, C ...); in each item every
``[year] ORIGIN serial`` whose origin is a known station (``ids.is_station``) is a cable
reference; an item without one is a document of another kind (e-mail, telcon, memo, report).
"""
from __future__ import annotations

from functools import lru_cache

import regex

from .. import ids

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
    (?=[¶(\[A-Za-z])                    # (what every mark opens with: a quick refusal elsewhere)
    (?:¶\s*+)?+
    (?:
        \((?P<p>[A-Za-z])\)             # (A)
      | \[(?P<b>[A-Za-z])\]             # [A]
      | REF:?+\s++(?P<r>[A-Z])(?=[\s:)])  # REF A
      | (?P<d>[A-Za-z])(?:\.\)|[.):])(?=\s|[A-Z0-9(])   # A.  A)  A.)  A:
      | (?P<h>[A-Z])\s++-\s++           # A - Kabul 28
    )
    :?+\s*+
    """,
    regex.VERBOSE,
)

#: what every item mark holds besides its letter, unless it is ``REF A``: a block without any
#: (``STATE 177128``, ``08 TBILISI 2071``) is not searched for marks
MARK_CHARACTERS = frozenset("([.):-")

#: a letter of a post's name; 0 stands for O inside one (SANTIAG0, 0TTAWA, COTON0U)
_LETTER = r"(?:[A-Za-z'.]|0(?=[A-Za-z]|\s++[0-9]))"
#: a word of a post's name: STATE, PORT-AU-PRINCE (not the O1512 of a serial written with a letter O)
_WORD = rf"(?!O[0-9])(?:[A-Za-z]|0(?=[A-Za-z])){_LETTER}*+(?:-{_LETTER}++)*+"

CABLE = regex.compile(
    r"""
    (?<![A-Za-z0-9])
    (?:
        \((?P<pyear>[0-9]{2}|[0-9]{4})\)\s*+                         # (99) ROME 2196
      | '?+(?P<year>(?:19|20)[0-9]{2}|[0-9O][0-9])(?:\s*+-\s*+|\s*+)  # 06, '08, 2005, 10-OTTAWA-57, 09DHAHRAN
    )?+
    (?P<origin>WORD(?:\ WORD){0,3}+)                            # STATE, SAO PAULO, RIO DE JAN, SANTIAG0
    \s*+(?:[:\-\#,]\s*+)?+
    (?:\((?P<myear>[0-9]{2})\)\s*+)?+                              # STATE (01) 201265
    (?P<serial>[0O]?+[0-9]{1,7}+)(?![A-Za-z0-9])                   # the serial: 12345, 0389, O1512
    (?:-(?P<dyear>[0-9]{2})(?![0-9/])|/(?P<syear>[0-9]{2})(?![0-9/]))?+   # QUITO 4525-91, PANAMA 00789/08
    (?:\s*+\((?P<year2>[0-9]{4}|[0-9]{2})\))?+                        # the year after it: (2002)
    (?:\s++(?P<tyear>[0-9]{2})(?=\s*+(?:[,;]|$)))?+                  # or bare: AMMAN 07718 99, ...
    (?P<more>(?:\s*+(?:,|AND|&|/)\s*+[0-9]{1,7}+(?![0-9\-A-Za-z])(?!\s*+(?!AND\b)[A-Za-z]{2,}+\.?+\s*+[0-9]))*+)   # AND 2764, /935
    """.replace("WORD", _WORD),
    regex.VERBOSE | regex.IGNORECASE,
)

SERIAL_ONLY = regex.compile(
    r"^\s*+(?P<serial>[0-9]{1,7}+)(?P<more>(?:\s*+(?:,|AND|&|/)\s*+[0-9]{1,7}+)*+)(?:\s++AND\s++PREVIOUS)?+\s*+[.;,]?+\s*+$",
    regex.IGNORECASE)
DOUBLED_LABEL = regex.compile(r"^(?:REF(?:TEL)?+S?+|REFERENCES?+)\W*+$", regex.IGNORECASE)
SERIAL_FIRST = regex.compile(r"^\s*+(?P<serial>[0-9]{1,7}+)\s++(?P<origin>[A-Za-z][A-Za-z'\-]{2,}+)\s*+[,;.]?+\s*+$")

PAGE_MARK = regex.compile(
    r"""
    (?:[A-Z][A-Z\ ]{1,30}\ [0-9]{8}\s++[0-9]{3}(?:\.[0-9]{1,2})?\s++OF\s++[0-9]{3})          # STATE 00016220 001.2 OF 005
  | (?:(?:UNCLASSIFIED|CONFIDENTIAL|SECRET)\s++)?PAGE\s++[0-9]{2}\s++[^\n]{0,60}?[0-9]{6}Z   # PAGE 02 ROME 01196 ...
    """,
    regex.VERBOSE,
)

KINDS = (
    ("email", regex.compile(r"\bE-?\s?MAILS?\b|\bEMAILS?\b", regex.IGNORECASE)),
    ("telcon", regex.compile(r"\bTELCONS?\b|\bPHONE\s?CALL|\bTELECON\b", regex.IGNORECASE)),
    ("memo", regex.compile(r"\bMEMO(?:RANDUM)?S?\b|\bMOU\b", regex.IGNORECASE)),
    ("report", regex.compile(r"\bREPORTS?\b|\bIIR\b|\bTD-[0-9]{3}/", regex.IGNORECASE)),   # TD-314/...: a TD report
)

STOP = regex.compile(
    r"""
    ^\s*+(?:
        CLASSIFIED\s++BY | (?:BEGIN\s++)?SUMMARY | ¶?\s*+[0-9]{1,3}+\s*+\.(?:\s|\() | SUBJ | E\.O\.
      | \(\w{1,3}\)\s*+CLASSIFIED | -{3,}+
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

EIGHT_DIGITS = regex.compile(r"[0-9]{8}")

ITEM_REST = regex.compile(r"^\s*+[A-Za-z][A-Za-z'.]*+(?:\ [A-Za-z][A-Za-z'.]*+){0,3}+\s++[0-9]{1,7}+\b")
GLUED_LABEL = regex.compile(r"(?<=\S\s*+)\bREF(?:TEL)?+S?+(?:\(S\))?+:", regex.IGNORECASE)
OPEN_ITEM_END = regex.compile(
    r"""
      (?<![0-9])[0-9]{2}$                  # a year waiting for its origin: D. 03
    | (?<![A-Za-z])[A-Z][.)\]]$          # a letter waiting for its item: C)
    """,
    regex.VERBOSE,
)
SEMICOLON = regex.compile(r";")
NEXT_WORD = regex.compile(r"(?<=\s)\S")       # the start of the next word
SERIAL = regex.compile(r"[0-9]{1,7}+")
BLOCK_GOES_ON = regex.compile(r"^\s*+[-¶]?\s*+(?:\(?[A-Z][.)\]]|\[[A-Z]\]|[0-9]{2,7}\b)")


def read_ref_label(line: str) -> dict | None:
    if len(line) > 600 or not line.lstrip()[:7].upper().startswith(("REF", "PROGRAM")):
        return None
    m = LABEL.match(line)
    if not m:
        return None
    label, letter = m.groups()
    after = line[m.end():]
    if not m.group(0).rstrip().endswith((":", ".")) and label.upper() == "REFERENCE" and not after[:1].isupper():
        return None
    return {"label": label, "letter": letter, "items_at": m.end()}


def glued_label_at(line: str) -> int | None:
    """Where a REF block glued to the end of a text line starts (``... AND FTAA REF: (A) 05 SAO PAULO``)."""
    m = GLUED_LABEL.search(line) if len(line) < 1000 and "REF" in line.upper() else None
    return m.start() if m else None


def stops_block(line: str) -> bool:
    """A line that ends a REF block: Classified By, SUMMARY, a numbered paragraph, SUBJ, E.O., a rule."""
    first = line.lstrip()[:1]
    if first.isascii() and first.isalpha() and first.upper() not in "CBSE":    # (the letters STOP opens with)
        return False
    return STOP.match(line) is not None


def goes_on_after_blank(previous: str, line: str) -> bool:
    """A line after a blank one that still belongs to the block: ``¶B. BOGOTA 3422``, ``00723``,
    or the rest of an item cut by the blank (``C) RIO`` / blank / ``DE JANEIRO 1291``)."""
    if len(line) > 300 or stops_block(line):
        return False
    if BLOCK_GOES_ON.match(line) is not None:
        return True
    cut = previous.rstrip()[-1:].isalpha() or OPEN_ITEM_END.search(previous.rstrip()) is not None
    return cut and ITEM_REST.match(line) is not None


def split_items(text: str, first_letter: str | None = None) -> list[tuple[str | None, str]]:
    """A block's text → (letter, item text) pairs, in order; the letters must run A, B, C ...

    ``A. REF A STATE 122214`` and ``A. A) MANAMA 20`` carry their letter twice: the repeat is
    dropped. A letter out of sequence (``E-mails J. Speaks``) is part of the text.
    """
    if "PAGE" in text or EIGHT_DIGITS.search(text):      # what every page mark holds
        text = PAGE_MARK.sub(" ", text)
    text = " ".join(text.split())
    may_hold_marks = "REF" in text or not MARK_CHARACTERS.isdisjoint(text)
    marks = _sequence(list(ITEM_MARK.finditer(text)), text, first_letter) if may_hold_marks else []
    if not marks:
        parts = [p.strip() for p in SEMICOLON.split(text) if p.strip()]
        return [(first_letter, p) for p in parts] if parts else []
    items = []
    head = text[: marks[0][0].start()].strip()
    if head and not DOUBLED_LABEL.match(head):
        implied = "A" if marks[0][1] == "B" else first_letter
        items.append((implied, head))
    for i, (m, letter) in enumerate(marks):
        end = marks[i + 1][0].start() if i + 1 < len(marks) else len(text)
        body = text[m.end():end].strip().rstrip(";,").strip()
        if body or not items or items[-1][0] != letter:
            items.append((letter, body))
    return [(letter, body) for letter, body in items if body]


def _sequence(marks: list, text: str, first_letter: str | None) -> list[tuple]:
    """The marks that continue the sequence A, B, C ... (a repeated letter is allowed)."""
    out, expected = [], (chr(ord(first_letter.upper()) + 1) if first_letter else None)
    for m in marks:
        parenthesised, bracketed, after_ref, dotted, dashed = m.groups()
        letter = (parenthesised or bracketed or after_ref or dotted or dashed).upper()
        if dotted and not _plausible_mark(m, text):
            continue
        previous = out[-1][1] if out else None
        if letter == previous or letter == (expected or "A") or (previous is None and expected is None and letter == "B"):
            out.append((m, letter))
            expected = chr(ord(letter) + 1)
    return out


def _plausible_mark(m, text: str) -> bool:
    """``A.`` is an item letter; the ``S.`` of ``U.S.`` and ``J.`` of a name are not."""
    before = text[max(0, m.start() - 2): m.start()]
    if before.endswith(".") or (before[-1:].isalpha()):
        return False
    return True


def read_item(text: str) -> list[dict]:
    """The references of one item: the cables in it, or one document of another kind."""
    simple = _plain_cable(text)
    if simple is not None:
        return [simple]
    found = list(_cables(text)) if SERIAL.search(text) else []     # (a cable has a serial: TELCON WITH DESK none)
    if found:
        return found
    for kind, pattern in KINDS:
        if pattern.search(text):
            return [{"kind": kind, "text": text}]
    m = SERIAL_FIRST.match(text)
    if m and ids.is_station(m["origin"]):
        return [{"kind": "cable", "text": text, "year": None, "origin": m["origin"], "serials": [m["serial"]]}]
    m = SERIAL_ONLY.match(text)
    if m:
        serials = [m["serial"]] + SERIAL.findall(m["more"] or "")
        return [{"kind": "cable", "text": text, "year": None, "origin": None, "serials": serials}]
    return [{"kind": "other", "text": text}]


def _plain_cable(text: str) -> dict | None:
    """The one cable of an item that is only a station and a serial (``BEIJING 5754``,
    ``SAO PAULO 123``), read without ``CABLE``: what it would find there (no year, no more
    serials), or ``None`` for any other item."""
    origin, _, serial = text.rpartition(" ")
    if not (serial.isdigit() and len(serial) <= 7 and text.isascii()):
        return None
    words = origin.split(" ")
    if len(words) > 4 or not all(word.isalpha() for word in words):
        return None
    station = _station_words(origin)
    if station is None:
        return None
    return {"kind": "cable", "text": text, "year": None, "origin": station, "serials": [serial]}


def _cables(text: str):
    """Every ``[year] ORIGIN serial`` in ``text`` whose origin (or its last words) is a station."""
    position = 0
    while (m := CABLE.search(text, position)) is not None:
        pyear, year, origin, myear, serial, dyear, syear, year2, tyear, more = m.groups()
        origin = _station_words(origin)
        if origin is None:                      # try again from the next word: REFERENCE: 01 ABUJA 997
            following = NEXT_WORD.search(text, m.start() + 1)
            position = following.start() if following else len(text)
            continue
        position = m.end()
        year = year or pyear or myear or dyear or syear or year2 or tyear
        serials = [serial.replace("O", "0").replace("o", "0")] + (SERIAL.findall(more) if more else [])
        yield {"kind": "cable", "text": m.group().strip(), "year": year.replace("O", "0") if year else None,
               "origin": origin, "serials": serials}


@lru_cache(maxsize=4096)
def _station_words(origin: str) -> str | None:
    """The longest tail of ``origin``'s words that names a station: ``REF A STATE`` → ``STATE``.

    Memoised: the same few origins (``STATE``, ``SECSTATE``, the post itself) fill block after block."""
    words = origin.split()
    for size in range(len(words), 0, -1):
        candidate = " ".join(words[-size:])
        if ids.is_station(candidate):
            return candidate
    return None
