"""Rules CM050–CM057: the declassification instruction of the E.O. line, checked against the cable date."""
from __future__ import annotations

import datetime as dt

from .facts import Facts
from .orders import add_years, orders, reason_sections
from .registry import Hit, rule

#: instruction kinds that give no declassification instruction at all
ABSENT = frozenset({"na", "missing", "downgrade"})

#: exemptions from the 25-year limit (E.O. 13292, E.O. 13526)
LONG_EXEMPTIONS = ("25X", "50X", "75X")

#: the indefinite instruction of E.O. 12356
INDEFINITE = "OADR"

#: declassification schedules of E.O. 11652 and E.O. 12065 (``E.O. 11652: GDS``, ``XGDS-2``, ``RDS-3``)
LEGACY_SCHEDULES = ("GDS", "XGDS", "NGDS", "ADS", "RDS", "XDS")

#: spelled-out numbers of relative durations (``DECL: TWENTY YEARS``)
NUMBER_WORDS = {word: n for n, word in enumerate(
    "ZERO ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN TWELVE THIRTEEN FOURTEEN FIFTEEN SIXTEEN "
    "SEVENTEEN EIGHTEEN NINETEEN TWENTY".split())}
NUMBER_WORDS.update({"TWENTY-FIVE": 25, "TWENTYFIVE": 25, "THIRTY": 30})

MAX_YEARS = 25
DEFAULT_YEARS_12958 = 10


def _eo(facts: Facts):
    return facts.cable.eo


def _line(facts: Facts) -> int | None:
    eo = _eo(facts)
    return eo.line if eo is not None and eo.line is not None else facts.banner_line


def _value(facts: Facts) -> str:
    eo = _eo(facts)
    return (eo.declassify or "").strip().upper() if eo is not None else ""


def _archival(facts: Facts) -> bool:
    """A re-typed or declassified copy (``DECLASSIFIED BY NARA 09/02/2009``): the date rules do not apply."""
    eo = _eo(facts)
    return eo is not None and (eo.kind == "archival" or "DECLASSIFIED" in _value(facts) or "AMENDED" in _value(facts))


def _not_applicable(facts: Facts) -> bool:
    eo = _eo(facts)
    return eo is None or eo.kind in ("na", "missing") or _value(facts) in ("N/A", "NA")


def relative_years(value: str) -> int | None:
    """``TWENTY YEARS`` → 20, ``10 YRS`` → 10; ``TEN YEARS AFTER KOREAN UNIFICATION`` is an event (None)."""
    words = value.replace(".", " ").split()
    if len(words) != 2 or words[1] not in ("YEARS", "YEAR", "YRS", "YR"):
        return None
    if words[0].isascii() and words[0].isdigit():       # not "²0": int() takes ASCII digits here
        return int(words[0])
    return NUMBER_WORDS.get(words[0])


def declassification_date(facts: Facts) -> dt.date | None:
    """The DECL date, or the cable date plus a relative duration; ``None`` for events and exemptions."""
    eo = _eo(facts)
    if eo is None or _archival(facts):
        return None
    if eo.declassify_on is not None:
        return eo.declassify_on
    years = relative_years(_value(facts))
    if years is not None and facts.cable_date is not None:
        return add_years(facts.cable_date, years)
    return None


def _legacy_in_period(facts: Facts) -> bool:
    """``E.O. 11652: GDS`` on a 1973 cable: a schedule of the orders before E.O. 12356, or OADR after it."""
    first = _value(facts).replace("-", " ").split()[:1]
    if not first:
        return False
    if first[0] == INDEFINITE:
        return True                      # OADR: its period is CM056's concern
    ended = orders()["12065"].superseded_on
    return first[0] in LEGACY_SCHEDULES and (facts.cable_date is None or facts.cable_date < ended)


def _malformed_value(facts: Facts) -> bool:
    """``DECL: MR`` or ``DECL: 1.4X``: a single token that is no date, event, exemption or schedule."""
    eo = _eo(facts)
    value = (eo.declassify or "").strip()
    if eo.kind in ("legacy", "exemption") or _legacy_in_period(facts) or _value(facts) in ("N/A", "NA"):
        return False
    if eo.kind == "other":
        return True
    if eo.kind != "event" or " " in value:
        return False
    return len(value) <= 3 or any(ch.isdigit() for ch in value)


@rule("CM050", "error", "Classified cable without declassification instruction")
def no_instruction(facts: Facts, config):
    """``E.O. 12958: N/A`` (or no E.O. line) on a CONFIDENTIAL cable."""
    if facts.level is None or facts.level < 2 or facts.partial:
        return
    eo = _eo(facts)
    if eo is None:
        yield Hit(facts.banner_line, "classified cable has no E.O. line with a declassification instruction")
    elif eo.kind in ABSENT or _value(facts) in ("N/A", "NA"):
        what = {"na": "N/A", "missing": "no value", "downgrade": "a downgrading only"}.get(eo.kind, "N/A")
        yield Hit(eo.line, f"classified cable's E.O. line gives {what} instead of a declassification instruction",
                  evidence=eo.text)


@rule("CM051", "error", "Malformed declassification instruction")
def malformed_instruction(facts: Facts, config):
    """``E.O. 1295: DECL: 07/24/2018`` (no such order) or ``DECL: 13/24/2018`` (no such date)."""
    eo = _eo(facts)
    if eo is None:
        return
    if eo.order not in orders():
        known = "/".join(orders())
        yield Hit(eo.line, f"E.O. number {eo.order or '(none)'} is none of {known}", evidence=eo.text)
    elif not _archival(facts) and _malformed_value(facts):
        yield Hit(eo.line, f"declassification instruction {eo.declassify!r} is no date, event, exemption or "
                  "schedule", evidence=eo.text)


@rule("CM052", "error", "Declassification date on or before the cable date")
def decl_before_cable(facts: Facts, config):
    """``DECL: 10/18/2007`` on a cable of 22 October 2007."""
    day, cable_day = declassification_date(facts), facts.cable_date
    if day is None or cable_day is None or facts.level == 0:
        return
    if day <= cable_day:
        yield Hit(_line(facts), f"declassification date {day} is not after the cable date {cable_day}",
                  evidence=_eo(facts).text)


@rule("CM053", "error", "Declassification date more than 25 years after the cable date")
def decl_beyond_25_years(facts: Facts, config):
    """``DECL: 12/31/2034`` on a cable of 13 March 2004."""
    day, cable_day = declassification_date(facts), facts.cable_date
    if day is None or cable_day is None or facts.level == 0:
        return
    if any(token in _value(facts) for token in LONG_EXEMPTIONS):
        return
    if day > add_years(cable_day, MAX_YEARS):
        yield Hit(_line(facts), f"declassification date {day} is more than {MAX_YEARS} years after the cable date "
                  f"{cable_day}", evidence=_eo(facts).text)


@rule("CM054", "warning", "DECL instruction on an UNCLAS cable")
def decl_on_unclas(facts: Facts, config):
    """``E.O. 12958: DECL: 03/18/2018`` under ``UNCLAS SAO PAULO 000532``."""
    if facts.level != 0 or _not_applicable(facts) or _archival(facts):
        return
    eo = _eo(facts)
    yield Hit(eo.line, f"unclassified cable carries the declassification instruction {eo.declassify!r}",
              evidence=eo.text)


@rule("CM055", "warning", "E.O. number anachronistic for the cable date")
def order_anachronistic(facts: Facts, config):
    """``E.O. 12958: DECL: 03/15/2002`` on a cable of March 1992."""
    eo, day = _eo(facts), facts.cable_date
    if eo is None or day is None or eo.order not in orders() or _archival(facts):
        return
    order = orders()[eo.order]
    grace = dt.timedelta(days=config.grace_days)
    if day < order.cited_from:
        yield Hit(eo.line, f"E.O. {eo.order} cited on a cable of {day}, before it could be cited ({order.cited_from})",
                  evidence=eo.text)
    elif order.superseded_on is not None and day >= order.superseded_on + grace:
        yield Hit(eo.line, f"E.O. {eo.order} cited on a cable of {day}, after its successor took effect "
                  f"({order.superseded_on})", evidence=eo.text)


@rule("CM056", "warning", "OADR / indefinite declassification after 13 Oct 1995")
def indefinite_after_1995(facts: Facts, config):
    """``E.O. 12958: DECL: OADR`` on a cable of June 1999."""
    eo, day = _eo(facts), facts.cable_date
    if eo is None or day is None or not _value(facts).startswith(INDEFINITE):
        return
    ended = orders()["12356"].superseded_on
    if day >= ended + dt.timedelta(days=config.grace_days):
        yield Hit(eo.line, f"indefinite declassification {INDEFINITE} on a cable of {day}; E.O. 12958 requires a "
                  "date or event", evidence=eo.text)


@rule("CM057", "warning", "Date beyond the 10-year default under the original E.O. 12958 without exemption",
      advisory=True)
def beyond_ten_years(facts: Facts, config):
    """``DECL: 08/24/2020`` on a cable of August 2000."""
    day, cable_day = declassification_date(facts), facts.cable_date
    original = reason_sections().get("1.5")
    if day is None or cable_day is None or original is None or facts.level == 0:
        return
    if not (original.since <= cable_day < original.until) or "X" in _value(facts):
        return
    if day > add_years(cable_day, DEFAULT_YEARS_12958):
        yield Hit(_line(facts), f"declassification date {day} is more than {DEFAULT_YEARS_12958} years after the "
                  f"cable date {cable_day} under the original E.O. 12958, and no X1–X8 exemption is cited",
                  evidence=_eo(facts).text)
