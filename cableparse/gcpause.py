"""Pausing the cyclic garbage collector around work that makes many short-lived, acyclic objects.

Parsing one cable makes thousands of objects (tokens, value dicts, models) and unpickling a
batch of cables makes tens of thousands; none of them form reference cycles, so the collector
finds nothing, yet its allocation-triggered passes walk them (and, as objects survive, the
whole heap) again and again: about a third of a streamed archive's time when measured. Inside
``with GcPaused():`` no pass starts; the collector's state is restored on the way out, so a
caller that switched it off keeps it off.
"""
from __future__ import annotations

import gc


class GcPaused:
    """``with GcPaused(): cable = build(...)``: no collection while the block runs."""

    __slots__ = ("was_enabled",)

    def __enter__(self) -> "GcPaused":
        self.was_enabled = gc.isenabled()
        gc.disable()
        return self

    def __exit__(self, *exc) -> None:
        if self.was_enabled:
            gc.enable()
