"""Memoised line readers: a cable's format lines come back cable after cable.

A collective is addressed in the same lines, a post routes over the same relays and writes the
same E.O. and caption lines, a paragraph opens with ``(C)`` again and again. A reader of such a
line is a pure function of it, so its answer is kept (a bounded ``lru_cache``); the callers and
the builders change the dicts they get (``dict(found, items_at=...)``, ``controls.append``), so each
call hands out its own copy, lists included, and the kept answer is never seen.
"""
from __future__ import annotations

from functools import lru_cache, wraps


def memoised(maxsize: int):
    """``@memoised(4096)`` over ``read_fm(line) -> dict | None``: the same answers, a fresh dict each call."""
    def decorate(read):
        kept = lru_cache(maxsize=maxsize)(read)

        @wraps(read)
        def reader(line: str) -> dict | None:
            found = kept(line)
            if found is None:
                return None
            return {key: list(value) if type(value) is list else value for key, value in found.items()}

        reader.cache_clear = kept.cache_clear
        return reader
    return decorate
