"""Rules CM001–CM010: portion markings against each other and against the banner."""
from __future__ import annotations

import datetime as dt

from ..models.finding import Severity
from .facts import SBU_CLASS, Facts, level_of, rank_of, redacted
from .registry import Hit, rule

#: State replaced LIMITED OFFICIAL USE by SBU on this day (guidance cable 00STATE18029)
LOU_ABOLISHED = dt.date(1995, 10, 1)

LEVEL_NAMES = {0: "UNCLASSIFIED", 2: "CONFIDENTIAL", 3: "SECRET", 4: "TOP SECRET"}


def _banner_name(facts: Facts) -> str:
    return LEVEL_NAMES.get(facts.level, "?")


@rule("CM001", "error", "Malformed or unknown portion marking")
def malformed_marking(facts: Facts, config):
    """``1. C) We asked …`` or ``2. (CN) The meeting …``: a marking attempt that does not parse."""
    for portion in facts.portions:
        if portion.marking.malformed:
            yield Hit(portion.line, f"malformed portion marking {portion.marking.text!r} on the {portion.place}",
                      evidence=portion.marking.text)


@rule("CM002", "error", "Missing portion marking in a classified cable")
def missing_marking(facts: Facts, config):
    """``6.Request feedback by January 8.`` in a CONFIDENTIAL cable: a numbered paragraph without marking."""
    if facts.level is None or facts.level < 2 or facts.entire_text is not None:
        return
    if not facts.numbered and not facts.portions:
        yield Hit(facts.banner_line, f"{_banner_name(facts)} cable without any portion marking",
                  severity=Severity.WARNING)
        return
    statement = facts.cable.classified_by
    unmarked = [p for p in facts.numbered if p.marking is None
                and not (statement is not None and statement.line == p.line)]   # ``1. CLASSIFIED BY …``
    if unmarked and not facts.portions:
        yield Hit(unmarked[0].line, f"none of the {len(unmarked)} numbered paragraphs of a {_banner_name(facts)} "
                  "cable carries a portion marking")
        return
    for paragraph in unmarked:
        yield Hit(paragraph.line, f"paragraph {paragraph.number} of a {_banner_name(facts)} cable has no "
                  "portion marking", redacted=redacted(paragraph.text[:40]))


@rule("CM003", "error", "Portion classified above the banner (banner too low)")
def portion_above_banner(facts: Facts, config):
    """``(S)`` paragraph under a ``C O N F I D E N T I A L`` banner."""
    if facts.level is None or facts.level < 2:
        return
    above = [p for p in facts.paragraph_portions if p.trusted and p.level > facts.level and not p.marking.entire_text]
    if above:
        first = above[0]
        yield Hit(first.line, f"{first.place} marked {first.marking.text} is above the {_banner_name(facts)} banner"
                  f"{_more(above)}: the banner is too low", evidence=first.marking.text)


def _more(portions) -> str:
    return f" (and {len(portions) - 1} more portion{'s' if len(portions) > 2 else ''})" if len(portions) > 1 else ""


@rule("CM004", "warning", "Banner above every portion (possible over-classification)")
def banner_above_portions(facts: Facts, config):
    """A SECRET banner over (C) and (U) paragraphs only."""
    if facts.level is None or facts.level < 2 or not facts.portions or not facts.every_paragraph_marked:
        return
    if facts.level_max is not None and facts.level_max < facts.level:
        yield Hit(facts.banner_line, f"{_banner_name(facts)} banner but no portion is above "
                  f"{LEVEL_NAMES.get(facts.level_max, '?')}: possible over-classification")


@rule("CM005", "error", "UNCLAS cable with classified portions")
def classified_portion_in_unclas(facts: Facts, config):
    """``2. (C) SUMMARY …`` under ``UNCLAS BRASILIA 000093``."""
    if facts.level != 0:
        return
    classified = [p for p in facts.paragraph_portions if p.trusted and p.level >= 2]
    if classified:
        first = classified[0]
        yield Hit(first.line, f"{first.place} marked {first.marking.text}{_more(classified)} in a cable whose banner "
                  "is unclassified", evidence=first.marking.text)


@rule("CM006", "warning", "SBU / FOUO / LOU portion in a classified cable")
def sbu_in_classified(facts: Facts, config):
    """``4. (SBU) Brazil has long harbored …`` in a CONFIDENTIAL cable."""
    if facts.level is None or facts.level < 2:
        return
    for portion in facts.portions:
        controls = SBU_CLASS.intersection(portion.marking.controls)
        if level_of(portion.marking) == 0 and controls:
            message = f"{portion.place} marked {portion.marking.text} in a {_banner_name(facts)} cable; " \
                      "unclassified portions of classified documents are marked (U)"
            if "LOU" in controls and facts.cable_date and facts.cable_date >= LOU_ABOLISHED:
                message += "; LOU was replaced by SBU on 1 October 1995"
            yield Hit(portion.line, message, evidence=portion.marking.text)


@rule("CM007", "warning", "SBU portions in an UNCLAS cable not marked SENSITIVE")
def sbu_without_sensitive(facts: Facts, config):
    """``1. (SBU) Summary: …`` in ``UNCLAS SAO PAULO 000532`` without the SENSITIVE caption."""
    if facts.level != 0 or facts.rank_max != 1 or facts.rank != 0:
        return
    first = next(p for p in facts.portions if rank_of(p.marking) == 1)
    yield Hit(first.line, f"{first.place} marked {first.marking.text} but the UNCLAS cable carries no "
              "SENSITIVE caption", evidence=first.marking.text)


@rule("CM008", "error", "ENTIRE TEXT statement conflicts with banner or portion markings")
def entire_text_conflict(facts: Facts, config):
    """``1. CONFIDENTIAL - ENTIRE TEXT.`` under a SECRET banner, or beside a ``(S)`` paragraph."""
    statement = facts.entire_text
    if statement is None or facts.level is None:
        return
    if statement.level != facts.level:
        yield Hit(statement.line, f"ENTIRE TEXT statement {statement.marking.text!r} differs from the "
                  f"{_banner_name(facts)} banner", evidence=statement.marking.text)
    for portion in facts.paragraph_portions:
        if portion is not statement and portion.trusted and not portion.marking.entire_text \
                and portion.level != statement.level:
            yield Hit(portion.line, f"{portion.place} marked {portion.marking.text} contradicts the ENTIRE TEXT "
                      f"statement {statement.marking.text!r}", evidence=portion.marking.text)


@rule("CM009", "error", "Subject-line marking above the banner")
def subject_above_banner(facts: Facts, config):
    """``SUBJECT: (S/NF) WHO WOULD REPLACE …`` in a CONFIDENTIAL cable."""
    subject = facts.subject_portion
    if subject is None or facts.level is None:
        return
    if subject.trusted and subject.level > facts.level:
        yield Hit(subject.line, f"subject marked {subject.marking.text} is above the {_banner_name(facts)} banner",
                  evidence=subject.marking.text)


@rule("CM010", "warning", "Subject line of a classified cable not portion-marked", advisory=True)
def subject_unmarked(facts: Facts, config):
    """``SUBJECT: FM LAVROV CRITICIZES …`` in a CONFIDENTIAL cable."""
    if facts.level is None or facts.level < 2 or facts.cable.subject is None:
        return
    if facts.subject_portion is None:
        yield Hit(facts.cable.subject_line, f"subject of a {_banner_name(facts)} cable carries no portion marking")
