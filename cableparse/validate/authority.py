"""Rules CM040–CM045: the Classified By statement – who classified, and for which reason."""
from __future__ import annotations

from ..models.finding import Severity
from .facts import Facts, redacted
from .orders import earliest_reason_date, reason_sections
from .registry import Hit, rule

#: how a statement cut off by the source ends (``Classified By: A/PolCouns ...``)
TRUNCATION = ("...", "…")

#: words of a derivative classification that cites a guide instead of a person
GUIDE_WORDS = ("GUIDE", "DERIVED")


def _statement(facts: Facts):
    return facts.cable.classified_by


def _truncated(text: str) -> bool:
    """``Classified By: A/PolCouns ...``: the source cut the statement off."""
    return any(mark in text for mark in TRUNCATION)


def _split_reason(reason: str) -> tuple[str | None, str | None]:
    """``1.4(b)`` → (``1.4``, ``b``); ``1.4`` → (``1.4``, None); ``(b)`` → (None, ``b``)."""
    section, _, rest = reason.partition("(")
    letter = rest.rstrip(")") or None
    return (section or None), letter


@rule("CM040", "error", "Classified cable without Classified By line")
def no_classified_by(facts: Facts, config):
    """A CONFIDENTIAL cable whose preamble and paragraph 1 name no classifier."""
    if facts.level is None or facts.level < 2 or facts.partial or _statement(facts) is not None:
        return
    yield Hit(facts.banner_line, "classified cable has no Classified By statement")


@rule("CM041", "warning", "Classified By without an identifiable classifier")
def no_classifier(facts: Facts, config):
    """``CLASSIFIED BY SECTION 1.5 (B) AND (D).``: a reason, but nobody who classified."""
    statement = _statement(facts)
    if statement is None or statement.name:
        return
    upper = statement.text.upper()
    if any(word in upper for word in GUIDE_WORDS):
        return
    note = " (the statement is cut off by the source)" if _truncated(statement.text) else ""
    yield Hit(statement.line, f"Classified By statement names no classifier{note}", evidence=statement.text[:80],
              redacted=redacted(statement.text))


@rule("CM042", "error", "Classified By without a reason")
def no_reason(facts: Facts, config):
    """``Classified By: Glyn T. Davies`` in a classified cable."""
    statement = _statement(facts)
    if statement is None or facts.level is None or facts.level < 2 or statement.reasons:
        return
    if _truncated(statement.text):
        yield Hit(statement.line, "Classified By statement is cut off by the source before its reason",
                  evidence=statement.text[:80], severity=Severity.WARNING)
        return
    yield Hit(statement.line, "Classified By statement gives no reason (E.O. section and category)",
              evidence=statement.text[:80], redacted=redacted(statement.text))


@rule("CM043", "error", "Invalid reason section or category letter")
def invalid_reason(facts: Facts, config):
    """``Reasons 1.2 (b,d)`` or ``Reason 1.5 (h)``: no such section, or a letter the section lacks."""
    statement = _statement(facts)
    if statement is None or not statement.reasons:
        return
    sections = reason_sections()
    problems = []
    for reason in statement.reasons:
        section, letter = _split_reason(reason)
        if section is None:
            problems.append(f"({letter}) without a section")
        elif section not in sections:
            problems.append(f"section {section} (valid: {', '.join(sorted(sections))})")
        elif letter is None:
            problems.append(f"section {section} without a category letter")
        elif letter not in sections[section].letters:
            problems.append(f"category ({letter}) does not exist in section {section}")
    if problems:
        yield Hit(statement.line, "invalid reason: " + "; ".join(dict.fromkeys(problems)),
                  evidence=", ".join(statement.reasons))


@rule("CM044", "warning", "Reason section inconsistent with the order in force (1.5 after 25 Mar 2003 / 1.4 before)")
def reason_anachronistic(facts: Facts, config):
    """``Reason 1.5 (b) (d)`` on a January 2008 cable (E.O. 13292 moved the categories to 1.4)."""
    statement = _statement(facts)
    day = facts.cable_date
    if statement is None or day is None:
        return
    sections = reason_sections()
    cited = dict.fromkeys(s for s, _ in map(_split_reason, statement.reasons) if s in sections)
    for section in cited:
        period = sections[section]
        if day < earliest_reason_date():
            yield Hit(statement.line, f"reason section {section} cited on a cable of {day}, before E.O. 12958")
        elif day < period.since or (period.until is not None and day >= period.until):
            current = next((s for s, p in sections.items() if p.since <= day and (p.until is None or day < p.until)),
                           None)
            yield Hit(statement.line, f"reason section {section} cited on a cable of {day}; the order then in force "
                      f"lists the categories in section {current}")


@rule("CM045", "warning", "Classified By line on an UNCLAS cable")
def classified_by_on_unclas(facts: Facts, config):
    """``Classified By: … for Reasons 1.4 (b) and (d)`` under ``UNCLAS TOKYO 000397``."""
    statement = _statement(facts)
    if statement is None or facts.level != 0 or not statement.reasons:
        return
    yield Hit(statement.line, "Classified By statement with a reason on a cable whose banner is unclassified",
              evidence=statement.text[:80])
