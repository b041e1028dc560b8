"""Classified By: the classifying official, their title, and the reasons (E.O. categories).

::

    Classified By: Political Minister-Counselor Alice G. Wells. Reasons 1.
    4(b) and (d)
    CLASSIFIED BY: Chris Stevens, CDA, Embassy Tripoli, Dept of State. REASON: 1.4 (b), (d)
    1. CONFIDENTIAL - ENTIRE TEXT.  CLASSIFIED BY DCM THEODORE KATTOUF - 1.5 B,D.
"""
from __future__ import annotations

import regex

LABEL = regex.compile(
    r"""
    (?P<marking>\(\w{1,4}+\)\s*+)?+            # a portion marking in front: (U) Classified by
    (?P<label>CLASSIFIED\s++BY|CLASSIFED\s++BY|CLASSIFIIED\s++BY|CLASSIFIEDBY)  # the keyword
    \s*+:?+\s*+
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

LINE_START = regex.compile(r"^\s*+(?:\(\w{1,4}+\)\s*+)?+CLASSIF", regex.IGNORECASE)

REASONS = regex.compile(
    r"""
    (?P<section>1\s*+[.,/]\s*+[2-6])\.?+            # the section: 1.4, 1 .4, 1,4, 1/4, 1.4.
    \s*+
    (?P<letters>
        \(?+\s*+[A-Ha-h](?![A-Za-z])\s*+\)?+                      # (b)
        (?:\s*+(?:,|\band\b|&|\+|/|\)\s*+\(|;)?+\s*+
           \(?+\s*+[A-Ha-h](?![A-Za-z])\s*+\)?+)*+                 # and (d), (b&d), b/d
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

REASON_WORD = regex.compile(
    r"""
    (?:[.,;:\-]\s*+|\s++)
    (?:
        (?:for|per|under|due\ to)?+\s*+(?:E\.?O\.?\s*+\d{5},?\s*+)?+
        (?:REASONS?|REASON\(S\)|REAONS|RESONS|REAS|RSNS|SECTIONS?)\b
      | (?:for|per|under)\s++(?=1\s*[.,/]\s*[45])
      | -\s*+(?=1\s*[.,/]\s*[45])
      | (?=1\s*\.\s*[45]\s*\(?[a-hA-H][\s),])
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

TITLE_SPLIT = regex.compile(r",\s*+")


def find_label(text: str, pos: int = 0) -> tuple[int, int] | None:
    """The span of the ``Classified By`` keyword in ``text[pos:]`` (it can sit inside paragraph 1)."""
    m = LABEL.search(text, pos)
    return (m.start(), m.end()) if m else None


def starts_line(line: str) -> bool:
    return LINE_START.match(line) is not None and LABEL.match(line.strip()) is not None


def read_statement(text: str) -> dict:
    """Name, title and normalised reasons from the text after the keyword (wraps joined)."""
    flat = " ".join(text.split())
    label = LABEL.match(flat)
    while label:                         # a doubled label: Classified By: Classified by DCM ...
        flat = flat[label.end():]
        label = LABEL.match(flat)
    reason_at = REASON_WORD.search(flat)
    who = flat[: reason_at.start()] if reason_at else flat
    reasons_text = flat[reason_at.start():] if reason_at else ""
    reasons = normalise_reasons(reasons_text or flat)
    who = who.strip().rstrip(".;,:-").strip()
    name, title = split_name_title(who)
    return {"who": who or None, "name": name, "title": title, "reasons": reasons,
            "reason_text": reasons_text.strip(" .;,:-") or None}


def normalise_reasons(text: str) -> list[str]:
    """``Reasons 1.4 (b) and (d)`` → ``["1.4(b)", "1.4(d)"]``; ``1.5 B,D`` → ``["1.5(b)", "1.5(d)"]``."""
    out = []
    for m in REASONS.finditer(text):
        section = "1." + regex.sub(r"\D", "", m["section"])[-1]
        letters = regex.findall(r"(?<![A-Za-z])[A-Ha-h](?![A-Za-z])", m["letters"] or "")
        if not letters:
            out.append(section)
        for letter in letters:
            reason = f"{section}({letter.lower()})"
            if reason not in out:
                out.append(reason)
    if not out:
        m = LETTERS_ONLY.search(text)
        if m:
            out = [f"({x.lower()})" for x in regex.findall(r"[A-Ha-h]", m["letters"])]
    return out


TITLE_WORDS = None


def split_name_title(who: str) -> tuple[str | None, str | None]:
    """``Political Minister-Counselor Alice G. Wells`` → (``Alice G. Wells``, ``Political Minister-Counselor``)."""
    from ..data import title_words

    if not who:
        return None, None
    head, _, tail = who.partition(",")
    words = head.split()
    titles = title_words()
    cut = 0
    for i, word in enumerate(words):
        key = word.strip(".,:;()").upper()
        if key in titles or (i + 1 < len(words) and f"{key} {words[i + 1].strip('.,').upper()}" in titles):
            cut = i + 1
        elif "/" in word or (word.isupper() and len(word) <= 4 and i + 1 < len(words) and not word.endswith(".")):
            if i + 2 < len(words):
                cut = i + 1
    name_words = words[cut:]
    title = " ".join(words[:cut]) or None
    if tail.strip() and not title:
        title = tail.strip()
    name = " ".join(name_words).strip(" .") or None
    if name and (name.endswith(" JR") or name.endswith(" Jr")):
        name += "."
    return name, title
