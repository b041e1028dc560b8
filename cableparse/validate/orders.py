"""The executive orders and reason sections by date (marking-rules.md §4, §5), from data tables."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

from .. import data


@dataclass(frozen=True)
class Order:
    """``12958``: cited from 1995-10-14, superseded on 2010-06-27."""

    number: str
    cited_from: dt.date
    superseded_on: dt.date | None


@dataclass(frozen=True)
class ReasonSection:
    """``1.4``: letters a–h, cited from 2003-03-25."""

    section: str
    letters: frozenset[str]
    since: dt.date
    until: dt.date | None


def _date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text and text.strip() else None


@cache
def orders() -> dict[str, Order]:
    return {row["order"]: Order(row["order"], _date(row["cited_from"]), _date(row["superseded_on"]))
            for row in data.executive_orders()}


@cache
def reason_sections() -> dict[str, ReasonSection]:
    return {row["section"]: ReasonSection(row["section"], frozenset(row["letters"]), _date(row["from"]),
                                          _date(row["until"]))
            for row in data.classification_reasons()}


def earliest_reason_date() -> dt.date:
    """The first day any reason section was cited (E.O. 12958 took effect on 14 Oct 1995)."""
    return min(section.since for section in reason_sections().values())


def add_years(day: dt.date, years: int) -> dt.date:
    """Anniversary arithmetic: 29 Feb plus a year is 28 Feb."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
