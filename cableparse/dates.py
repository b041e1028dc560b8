"""Dates of the format: the DTG, the Julian filing time, declassification dates.

Pure arithmetic on values the tokenizers have already split; no regexes.
"""
from __future__ import annotations

import datetime as dt

MONTHS = {m: i for i, m in enumerate(
    ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"), start=1)}
UTC = dt.timezone.utc
HALF_YEAR = dt.timedelta(days=182)


def full_year(year: str) -> int:
    """A DTG year: two digits pivot at 50 (``66`` → 1966, ``07`` → 2007); four digits as is."""
    value = int(year)
    if len(year) == 4:
        return value
    return 1900 + value if value >= 50 else 2000 + value


def decode_dtg(day: str, hour: str, minute: str, month: str, year: str) -> dt.datetime:
    """``221503Z OCT 07`` → 2007-10-22 15:03 UTC; raises ``ValueError`` for impossible dates."""
    number = MONTHS.get(month.upper())
    if number is None:
        raise ValueError(f"unknown month {month!r}")
    hours, minutes = int(hour), int(minute)
    base = dt.datetime(full_year(year), number, int(day), tzinfo=UTC)
    if hours > 24 or minutes > 59:
        raise ValueError(f"impossible time {hour}{minute}Z")
    return base + dt.timedelta(hours=hours, minutes=minutes)


def decode_filing_time(dddhhmm: str, near: dt.datetime) -> dt.datetime | None:
    """The Julian filing time ``2951503`` (day 295, 15:03Z) in the year that puts it nearest ``near``."""
    day, hours, minutes = int(dddhhmm[:3]), int(dddhhmm[3:5]), int(dddhhmm[5:7])
    if not 1 <= day <= 366 or hours > 24 or minutes > 59:
        return None
    if day <= (366 if _leap(near.year) else 365):
        same_year = dt.datetime(near.year, 1, 1, tzinfo=UTC) + dt.timedelta(days=day - 1, hours=hours, minutes=minutes)
        if abs(same_year - near) < HALF_YEAR:    # the years before and after lie 183 days away or more
            return same_year
    candidates = []
    for year in (near.year - 1, near.year, near.year + 1):
        days_in_year = 366 if _leap(year) else 365
        if day <= days_in_year:
            candidates.append(dt.datetime(year, 1, 1, tzinfo=UTC) + dt.timedelta(days=day - 1, hours=hours, minutes=minutes))
    return min(candidates, key=lambda c: abs(c - near)) if candidates else None


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def declassification_year(year: str, cable_year: int | None) -> int:
    """A DECL year: two digits go to the century that puts it within [cable − 5, cable + 30]."""
    value = int(year)
    if len(year) >= 3:
        return value
    if cable_year is None:
        return 2000 + value if value < 50 else 1900 + value
    for century in (1900, 2000, 2100):
        if cable_year - 5 <= century + value <= cable_year + 30:
            return century + value
    return 2000 + value


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or ``None`` when it does not exist (month 13, 31 February)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
