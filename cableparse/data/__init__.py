"""Domain knowledge as data: tables read once, on first use.

Each table is a small text file beside this module, so that it can be extended without touching
code: station keys, origin aliases, malformed reference ids, titles of classifying officials.
"""
from __future__ import annotations

import csv
from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _pairs(name: str) -> dict[str, str]:
    rows = csv.reader(_lines(name))
    return {row[0].strip(): row[1].strip() for row in rows if len(row) >= 2}


@cache
def stations() -> frozenset[str]:
    """Known station keys of reference ids: ``MOSCOW``, ``SAOPAULO``, ``USEUBRUSSELS``."""
    return frozenset(_lines("stations.txt"))


@cache
def origin_aliases() -> dict[str, str]:
    """Origin spellings and their canonical station key: ``SECSTATE`` → ``STATE``."""
    return _pairs("origin_aliases.csv")


@cache
def malformed_ids() -> dict[str, str]:
    """Known bad reference ids and the id they stand for: ``09EFTOLONDON2468`` → ``09LONDON2468``."""
    return _pairs("malformed_ids.csv")


@cache
def title_words() -> frozenset[str]:
    """Words of officials' titles that precede a name in a Classified By line (upper case)."""
    return frozenset(word.upper() for word in _lines("titles.txt"))


@cache
def executive_orders() -> list[dict[str, str]]:
    """Orders on classification and their period: ``12958`` cited from 1995-10-14 until 2010-06-27."""
    return list(csv.DictReader(_lines("executive_orders.csv")))


@cache
def classification_reasons() -> list[dict[str, str]]:
    """Reason sections and their letters: ``1.4`` allows a–h from 2003-03-25."""
    return list(csv.DictReader(_lines("classification_reasons.csv")))


@cache
def routes() -> dict[str, list[str]]:
    """Routing indicator → station names (one-to-many), from the Allied Routing Indicator Book."""
    table: dict[str, list[str]] = {}
    for row in csv.DictReader(_lines("routes.csv")):
        table.setdefault(row["routing_indicator"], []).append(row["name"])
    return table
