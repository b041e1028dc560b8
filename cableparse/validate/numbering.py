"""Rules CM060–CM062: the numbering of top-level paragraphs (5 FAH-1 H-246.2(b): consecutive)."""
from __future__ import annotations

from ..models import Paragraph
from .facts import Facts
from .registry import Hit, rule


def top_level(facts: Facts) -> list[Paragraph]:
    """Numbered paragraphs, text present twice (a preamble printed twice) counted once."""
    seen, out = set(), []
    for paragraph in facts.numbered:
        key = (paragraph.number, paragraph.marking.text if paragraph.marking else None, paragraph.text)
        if key in seen:
            continue
        seen.add(key)
        out.append(paragraph)
    return out


def _restarts(paragraphs: list[Paragraph], index: int) -> bool:
    """A restart of the numbering (a joined copy): ``1.`` after higher numbers, followed by ``2.``."""
    if paragraphs[index].number != 1 or index == 0:
        return False
    following = paragraphs[index + 1].number if index + 1 < len(paragraphs) else None
    return following == 2


def runs(paragraphs: list[Paragraph]) -> list[list[Paragraph]]:
    """The paragraphs split where the numbering restarts at 1."""
    out: list[list[Paragraph]] = [[]]
    for index, paragraph in enumerate(paragraphs):
        if _restarts(paragraphs, index):
            out.append([])
        out[-1].append(paragraph)
    return [run for run in out if run]


@rule("CM060", "error", "Duplicate paragraph numbers")
def duplicate_numbers(facts: Facts, config):
    """``3. (C) Sawani said …`` followed by ``3. (C) Asked whether …``."""
    for run in runs(top_level(facts)):
        first_at: dict[int, Paragraph] = {}
        for paragraph in run:
            if paragraph.number in first_at:
                yield Hit(paragraph.line, f"paragraph number {paragraph.number} used twice (first at line "
                          f"{first_at[paragraph.number].line})")
            else:
                first_at[paragraph.number] = paragraph


@rule("CM061", "warning", "Paragraph numbers out of order, gapped, or not starting at 1")
def numbering_breaks(facts: Facts, config):
    """``1. (C) … 2. (C) … 4. (C) …``: paragraph 3 is missing."""
    paragraphs = top_level(facts)
    if not paragraphs:
        return
    if paragraphs[0].number != 1 and not facts.partial:
        yield Hit(paragraphs[0].line, f"paragraph numbering starts at {paragraphs[0].number}, not 1")
    previous, duplicated = paragraphs[0].number, False
    for index, paragraph in enumerate(paragraphs[1:], start=1):
        number = paragraph.number
        if number == previous:
            duplicated = True
            continue
        if _restarts(paragraphs, index):
            yield Hit(paragraph.line, f"paragraph numbering restarts at 1 after {previous}")
        elif number < previous:
            yield Hit(paragraph.line, f"paragraph {number} follows paragraph {previous}")
        elif number > previous + 1 and not (duplicated and number == previous + 2):
            missing = f"{previous + 1}" if number == previous + 2 else f"{previous + 1}–{number - 1}"
            yield Hit(paragraph.line, f"paragraph {number} follows paragraph {previous}: {missing} missing")
        previous, duplicated = number, False


@rule("CM062", "warning", "A lone paragraph is numbered", advisory=True)
def lone_numbered(facts: Facts, config):
    """``1. (U) Embassy London is pleased to grant country clearance …`` and no paragraph 2."""
    paragraphs = top_level(facts)
    if len(paragraphs) == 1 and paragraphs[0].number == 1:
        yield Hit(paragraphs[0].line, "the only paragraph is numbered 1; a single paragraph is not numbered")
