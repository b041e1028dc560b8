"""Classified By: the classifying official, their title, and the reasons (E.O. categories).

::

    Classified By: Political Minister-Counselor Alice G. Wells. Reasons 1.
    4(b) and (d)
    CLASSIFIED BY: Chris Stevens, CDA, Embassy Tripoli, Dept of State. REASON: 1.4 (b), (d)
    1. CONFIDENTIAL - ENTIRE TEXT.  CLASSIFIED BY DCM THEODORE KATTOUF - 1.5 B,D.

The statement is read in three steps: words broken by the 70-column wrap are joined
(``Hoyt Y`` / ``ee`` → ``Hoyt Yee``), the text is cut where the reason starts (``for reasons``,
``REA SONS``, ``BASED ON``, ``- 1.5``), and the person is the run of name words that follows the
title (titles are a data table, misspelt titles are matched with one or two edits).
"""
from __future__ import annotations

from functools import cache, lru_cache

import regex

LABEL = regex.compile(
    r"""
    (?<![Dd][Ee])                              # not DECLASSIFIED BY NARA (glued CAIROClassified By is one)
    (?P<marking>\(\w{1,4}+\)\s*+)?+            # a portion marking in front: (U) Classified by
    (?P<label>CLASSIF(?:I|II)?+E?+D\s*+BY)      # the keyword, also Classifed / Classfied / CLASSIFIEDBY
    (?![A-Za-z])\s*+:?+\s*+
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

FUZZY_LABEL = regex.compile(r"(?:CLASSIFIED){e<=1}\s++BY\b\s*+:?+\s*+", regex.IGNORECASE | regex.BESTMATCH)

LINE_START = regex.compile(r"^\s*+(?:\(\w{1,4}+\)\s*+)?+C[Ll][Aa][Ss]", regex.IGNORECASE)

#: a doubled or wordy label in front of the person: ``Classified By: 1. CLASSIFIED BY``,
#: ``This message classified by``
LEADING_LABEL = regex.compile(
    r"""
    ^(?:[0-9]{1,2}\.\s*+)?+(?:\(\w{1,4}+\)\s*+)?+
    (?:THIS\s++(?:MESSAGE|CABLE)\s++(?:IS\s++)?+)?+
    (?:CLASSIF(?:I|II)?+E?+D\s*+BY|CLASSFIED\s++BY)\s*+:?+\s*+
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

REASONS = regex.compile(
    r"""
    (?P<section>1\s*+[.,/]\s*+[2-6])\.?+            # the section: 1.4, 1 .4, 1,4, 1/4, 1.4.
    \s*+
    (?P<letters>
        (?:\(\s*+[A-Za-z]\s*+\)|\(?+\s*+[A-Ha-h](?![A-Za-z])\s*+\)?+)   # (b); (k) only in parentheses
        (?:\s*+(?:,\s*+(?i:and)|,|\b(?i:and)\b|&|\+|/|\)\s*+\(|;)?+\s*+   # , and AND & + / )( ;
           (?:\(\s*+[A-Za-z]\s*+\)|\(?+\s*+[A-Ha-h](?![A-Za-z])\s*+\)?+))*+   # and (d), (b&d), b/d
    )?+
    """,
    regex.VERBOSE,
)

LETTERS_ONLY = regex.compile(
    r"""
    \b(?:REASONS?|REAS)\b\s*+:?+\s*+
    (?P<letters>\(\s*+[A-Ha-h]\s*+\)(?:\s*+(?:,|and|&)?+\s*+\(\s*+[A-Ha-h]\s*+\))*+)   # Reasons (b) and (d)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

REASON_START = regex.compile(
    r"""
    (?:(?<=[\s.,;:\-])|^)
    (?:
        (?:for|f0r|fr|per|under|based\s++(?:on|upon|0n)|due\s++to)\s++(?:for\s++)?+  # for reasons, BASED ON
        (?=re|ra|r\s|e\.?+\s?+o\b|e\.?+\s?+o\.|eo\b|[0-9]|\(|sections?\b|12958)
      | (?:reasons?|reas[o0]ns?|reason\(s\)|reaons|resons|rasons|reas|rea\s++sons|para)\b  # Reasons
      | sections?\s*+(?=1\s*+[.,/])                                 # Section 1.5
      | e\.\s?+o\.?+\s?+[0-9]{5}|eo\s++[0-9]{5}                            # E.O. 12958, reasons ...
      | 1\s*+[.,/]\s*+[2-6]\s*+\(?+[a-h]\b                           # a bare section: - 1.5 B,D
      | -\s*+(?=1\s*+[.,/])                                           # a dash before the section
      | (?:CONFIDENTIAL|SECRET|UNCLASSIFIED|SUMMARY)\b                # the text goes on without a reason
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

FUZZY_REASON = regex.compile(r"(?<![A-Za-z])(?:reasons){e<=1}(?=[\s:]*+[1(])", regex.IGNORECASE | regex.BESTMATCH)

CHUNK_SEPARATOR = regex.compile(
    r"""
    \s*+[,;]\s*+(?!(?:JR|SR|II|III|IV)\b\.?+)      # a comma or semicolon, not before ", JR."
  | \s*+:\s*+                                      # AMB:RCROCKER, Counselor: John W. Crowley
  | \s++-\s++                                      # RSO - JOHN S. DICARLO
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

SUFFIX = regex.compile(r"^(?:JR|SR|II|III|IV)\.?+$", regex.IGNORECASE)
INITIALS = regex.compile(r"^(?:[A-Z0]\.)++$|^[A-Z]$")
NAME_WORD = regex.compile(r"^[A-Z0][A-Za-z0-9'\u2019\-.]*+$")
CONNECTORS = frozenset({"TO", "FOR", "OF", "AND", "BY", "IN", "AT", "ON"})
#: lower-case words inside a surname: Carol van Voorst, Kurt van der Walde
PARTICLES = frozenset({"van", "der", "den", "de", "da", "di", "del", "della", "von", "la", "le", "du", "bin", "al"})
COMMON_WORDS = frozenset({"a", "an", "and", "or", "for", "per", "of", "to", "in", "on", "by", "the", "under",
                          "reason", "reasons", "with", "at", "as", "is", "be"})
PARENTHESISED = regex.compile(r"\([^()]{0,20}+\)")
SLASH_BEFORE_NAME = regex.compile(r"(?<=[A-Z])/(?=[A-Z][a-z])")
FUZZY_TITLE = {}


def find_label(text: str, pos: int = 0) -> tuple[int, int] | None:
    """The span of the ``Classified By`` keyword in ``text[pos:]`` (it can sit inside paragraph 1)."""
    m = LABEL.search(text, pos) if "CLASSIF" in text.upper() else None
    return (m.start(), m.end()) if m else None


def starts_line(line: str) -> bool:
    """``Classified By: ...``, ``(U) Classified by ...`` or a misspelt ``Classifed By`` at line start."""
    opening = line.lstrip()[:4]
    if not (opening[:1] == "(" or opening.upper() == "CLAS") or LINE_START.match(line) is None:
        return False
    head = line.strip()
    if LABEL.match(head) is not None:
        return True
    window = head[:24].lstrip("(UCS) ")
    return FUZZY_LABEL.match(window) is not None


REASON_CONTINUATION = regex.compile(
    r"""
    ^\s*+(?:
        [(\[]?+[A-Ha-h](?:\)|\s|,|$)      # (b) and (d) / b, d
      | and\b | \) | [0-9] | &             # and (d) / ) / 4 (b) after a split "1."
      | [a-z]{1,5}+\b                   # the rest of a wrapped word: nd (d), asons 1.4
      | SONS?\b
    )
    """,
    regex.VERBOSE,
)


def continues_reasons(line: str) -> bool:
    """Whether ``line`` carries on the reasons of the line before: ``(d).`` after ``1.4 (b) and``."""
    return len(line) < 200 and REASON_CONTINUATION.match(line) is not None


def join_wraps(text: str) -> str:
    """Join words that the 70-column wrap broke: ``Hoyt Y`` + ``ee for`` → ``Hoyt Yee for``.

    A line is glued to the next without a space when the next starts with a lower-case fragment
    that is no common word (``ee``, ``asons``, ``nd``), or a lone letter before punctuation
    (``Blah`` / ``a,``), or when the line ends in a lower-case fragment of one or two letters
    (``f`` / ``or``). A statement on one line is only stripped.
    """
    lines = text.splitlines()
    if len(lines) == 1:
        return lines[0].strip()
    lines = [line.strip() for line in lines]
    lines = [line for line in lines if line]
    out = lines[0] if lines else ""
    for line in lines[1:]:
        out += ("" if _glued(out, line) else " ") + line
    return out


#: the last word of a wrapped line and the first word of the next (join_wraps)
LAST_WORD = regex.compile(r"[A-Za-z]++$")
FIRST_WORD = regex.compile(r"[A-Za-z]++")
#: a name that ends in a suffix with its period: ``Tom Smith, Jr.``
SUFFIX_WITH_PERIOD = regex.compile(r"\b(?:JR|SR)\.$", regex.IGNORECASE)
#: a reason letter standing alone
LONE_REASON_LETTER = regex.compile(r"(?<![A-Za-z])[A-Za-z](?![A-Za-z])")


def _glued(before: str, after: str) -> bool:
    last = LAST_WORD.search(before)
    first = FIRST_WORD.match(after)
    if not last or not first:
        return False
    head, tail = first.group(), last.group()
    if head[0].islower():
        if head not in COMMON_WORDS:
            return True
        if len(head) == 1 and after[1:2] in (",", ".", ")", ""):
            return True
    if tail.isupper() and len(tail) >= 4 and len(head) == 1 and after[1:2] == " ":
        return True                      # AFFAIR / S ROBERT LUKE
    return tail.islower() and len(tail) <= 2 and tail not in COMMON_WORDS


def read_statement(text: str) -> dict:
    """Name, title and normalised reasons from the text after the keyword (wraps joined)."""
    flat = join_wraps(text.replace("\\'", "'").replace("\\", ""))
    label = LABEL.match(flat) or FUZZY_LABEL.match(flat[:24])
    if label:
        flat = flat[label.end():]
    while (again := LEADING_LABEL.match(flat)):     # a doubled label: Classified By: Classified by DCM
        flat = flat[again.end():]
    reason_at = find_reason_start(flat)
    who = flat[:reason_at] if reason_at is not None else flat
    reasons_text = flat[reason_at:] if reason_at is not None else ""
    reasons = normalise_reasons(reasons_text or flat)
    who = who.strip().rstrip(";,:-").strip()
    if who.endswith(".") and not SUFFIX_WITH_PERIOD.search(who):
        who = who[:-1].rstrip()
    name, title = split_name_title(who)
    return {"who": who or None, "name": name, "title": title, "reasons": reasons,
            "reason_text": reasons_text.strip(" .;,:-") or None}


def find_reason_start(flat: str) -> int | None:
    """Where the reason part of a flattened statement begins (exact words first, then one edit)."""
    m = REASON_START.search(flat)
    if m is None:
        m = FUZZY_REASON.search(flat[:300])
    return m.start() if m else None


def normalise_reasons(text: str) -> list[str]:
    """``Reasons 1.4 (b) and (d)`` → ``["1.4(b)", "1.4(d)"]``; ``1.5 B,D`` → ``["1.5(b)", "1.5(d)"]``.

    A post words its reasons the same way cable after cable, so the reading is memoised; each
    caller gets its own list."""
    return list(_normalised_reasons(text))


@lru_cache(maxsize=2048)
def _normalised_reasons(text: str) -> tuple[str, ...]:
    """``normalise_reasons`` as a tuple, for the memo."""
    out = []
    for m in REASONS.finditer(text):
        section_text, letters_text = m.groups()
        section = "1." + section_text[-1]                 # the section ends in its digit: 1 .4 → 1.4
        letters = LONE_REASON_LETTER.findall(letters_text) if letters_text else []
        if not letters and section not in out:
            out.append(section)
        for letter in letters:
            reason = f"{section}({letter.lower()})"
            if reason not in out:
                out.append(reason)
    if not out:
        m = LETTERS_ONLY.search(text)
        if m:
            out = list(dict.fromkeys(f"({x.lower()})" for x in LONE_REASON_LETTER.findall(m["letters"])))
    return tuple(out)


@lru_cache(maxsize=2048)
def split_name_title(who: str) -> tuple[str | None, str | None]:
    """``Political Minister-Counselor Alice G. Wells`` → (``Alice G. Wells``, ``Political Minister-Counselor``).

    The text is cut into chunks at commas, colons and dashes (``Charge d'Affaires, a.i., Arnold A.
    Chacon``); the first chunk that holds a name gives it, and a following ``JR.`` / ``III`` chunk
    is kept with the name. Memoised: the same officials classify cable after cable.
    """
    if not who:
        return None, None
    who = SLASH_BEFORE_NAME.sub(" / ", PARENTHESISED.sub(" ", who))
    chunks = [c.strip() for c in CHUNK_SEPARATOR.split(who)]
    chunks = [c for c in chunks if c]
    mixed = any(c.islower() for c in who)
    for index, chunk in enumerate(chunks):
        after_title = index > 0 and _is_title(chunks[index - 1].split()[-1], mixed)
        smart = _smart_name(chunks, index, mixed)
        if smart:
            return smart, ", ".join(chunks[index + smart.count(",") + 1:]) or None
        found = _name_in(chunk, mixed, after_title)
        if found is None:
            continue
        name, title = found
        if index + 1 < len(chunks) and _is_suffix(chunks[index + 1]):
            name = f"{name}, {chunks[index + 1]}"
        if title is None:
            rest = [c for i, c in enumerate(chunks) if i != index and not _is_suffix(c)]
            title = ", ".join(rest) or None
        return name, title
    return None, who


def _smart_name(chunks: list[str], index: int, mixed: bool) -> str | None:
    """The SMART-era order, surname first and the title after it: ``Stephenson, AMB``,
    ``Martinez, Vilma, Ambassador, DOS, EXEC`` → ``Stephenson``, ``Martinez, Vilma``."""
    words = chunks[index].split()
    if len(words) != 1 or not _is_name_word(words[0], mixed) or index + 1 >= len(chunks):
        return None
    following = chunks[index + 1].split()
    if _is_title(following[0], mixed):
        return words[0]
    if len(following) == 1 and _is_name_word(following[0], mixed) and index + 2 < len(chunks) \
            and _is_title(chunks[index + 2].split()[0], mixed):
        return f"{words[0]}, {following[0]}"
    return None


def _name_in(chunk: str, mixed: bool, after_title: bool = False) -> tuple[str, str | None] | None:
    """The last run of name words in ``chunk`` and the title words before it (``mixed``: the
    statement is written in mixed case)."""
    words = chunk.split()
    runs, start = [], None
    for i, word in enumerate(words):
        particle = start is not None and word.lower() in PARTICLES and i + 1 < len(words) \
            and _is_name_word(words[i + 1], mixed)
        if particle or _is_name_word(word, mixed) and not (start is None and _is_suffix(word.strip(".,"))):
            if start is None:
                start = i
        else:
            if start is not None:
                runs.append((start, i))
            start = None
    if start is not None:
        runs.append((start, len(words)))
    if not runs:
        return None
    first, end = runs[-1]
    before = words[first - 1].strip(".,").upper() if first else ""
    run = words[first:end]
    if before in CONNECTORS:
        keep = 2
        while keep < len(run) and _is_initials(run[-keep].strip(",")) and not _is_suffix(run[-1]):
            keep += 1
        if _is_suffix(run[-1].strip(".,")):
            keep += 1
        run = run[-min(keep, len(run)):]
    run = run[-4:]
    if len(run) == 1 and not (first and _is_title(words[first - 1], mixed)) and not (first == 0 and after_title):
        return None
    name = " ".join(run).rstrip(",;:")
    if name.endswith(".") and not _is_suffix(run[-1]) and not _is_initials(run[-1]):
        name = name[:-1]
    title = " ".join(words[:first]).strip() or None
    return name, title


@lru_cache(maxsize=8192)
def _is_name_word(word: str, mixed: bool) -> bool:
    """A word that can be part of a person's name: ``Alice``, ``G.``, ``McEldowney``, ``B0HLEN``.

    Memoised by word, as ``_is_title`` is: the same names sign cable after cable."""
    core = word.strip(",;")
    if _is_initials(core):
        return True
    if not core or not NAME_WORD.match(core) or core[0] == "0" and not any(c.isalpha() for c in core):
        return False
    if core.upper().rstrip(".") in ("CONFIDENTIAL", "SECRET", "UNCLASSIFIED") or core.upper() in CONNECTORS:
        return False
    return not _is_title(core, mixed)


def _is_suffix(word: str) -> bool:
    """``JR``, ``Sr.``, ``III``: a name's suffix (a longer word is none, whatever the pattern says)."""
    return len(word) <= 5 and SUFFIX.match(word) is not None


def _is_initials(word: str) -> bool:
    """``G.``, ``J.R.``, ``B``: initials end in a period, or are one capital (line breaks allowed for)."""
    return (word[-1:] in ".\n" or len(word) <= 2) and INITIALS.match(word) is not None


@lru_cache(maxsize=8192)
def _is_title(word: str, mixed: bool) -> bool:
    """A title word (``Ambassador``, ``DCM``, ``Minister-Counselor``), also misspelt (``Ambassaor``).

    Memoised by word: the same names and titles sign cable after cable."""
    from ..data import title_words

    key = word.strip(".,:;'\u2019()").upper()
    if not key:
        return False
    if "/" in key or "&" in key:
        return True
    titles = title_words()
    if key in titles or key.rstrip(".") in titles:
        return True
    if "-" in key and any(part in titles for part in key.split("-")):
        return True
    if mixed and key.isalpha() and word.strip(".,:;").isupper() and 2 <= len(key) <= 6 and not SUFFIX.match(key):
        return True
    key = key.replace("0", "O")
    return len(key) >= 4 and key.isalpha() and _fuzzy_title(key)


@lru_cache(maxsize=4096)
def _fuzzy_title(key: str) -> bool:
    """One edit away from a title (two for words of eight letters or more, a swap for seven):
    ``AMBASSAOR``, ``DIRECOTR``, ``COUNSELR``, ``AFFIARS``; ``CHARLES`` is no ``CHARGE``.

    Only the titles that edits could turn into ``key`` are matched against it (``_near_titles``):
    a fuzzy match is the dearest of the statement. Memoised as well."""
    edits = "e<=2" if len(key) >= 8 else ("i<=1,d<=1,s<=0" if len(key) == 7 else "e<=1")
    return any(_fuzzy_pattern(title, edits).fullmatch(key) is not None for title in _near_titles(key))


def _near_titles(key: str) -> list[str]:
    """The long titles that ``key`` can be within the edits of ``_fuzzy_title`` from: lengths at
    most the edits apart, and each letter the one has and the other lacks costs an edit
    (``WELLS`` is near no title, ``AMBASSAOR`` near ``AMBASSADOR``)."""
    most = 2 if len(key) >= 8 else 1            # e<=2; e<=1; and i<=1,d<=1 with no substitution
    letters = _letter_mask(key)
    sizes = range(len(key) - most, len(key) + most + 1)
    return [title for size in sizes for title, title_letters in _long_titles().get(size, ())
            if (letters & ~title_letters).bit_count() <= most and (title_letters & ~letters).bit_count() <= most]


def _letter_mask(word: str) -> int:
    """The letters of an upper-case word as bits (A the lowest): sets of letters compared cheaply."""
    mask = 0
    for letter in set(word):
        mask |= 1 << (ord(letter) - 65)
    return mask


@cache
def _long_titles() -> dict[int, tuple[tuple[str, int], ...]]:
    """The titles of five letters or more by length, longest first, with their letters as bits."""
    from ..data import title_words

    titles = sorted((t for t in title_words() if t.isalpha() and len(t) >= 5), key=len, reverse=True)
    by_length: dict[int, tuple[tuple[str, int], ...]] = {}
    for title in titles:
        by_length[len(title)] = by_length.get(len(title), ()) + ((title, _letter_mask(title)),)
    return by_length


def _fuzzy_pattern(title: str, edits: str):
    """``title`` with the edits allowed (``(?:AMBASSADOR){e<=2}``), compiled once."""
    pattern = FUZZY_TITLE.get((title, edits))
    if pattern is None:
        pattern = FUZZY_TITLE[(title, edits)] = regex.compile(r"(?:%s){%s}" % (title, edits), regex.BESTMATCH)
    return pattern
