"""The fuzzer's short run (part of every pytest run) and its long run, with hypothesis.

Short: ``python3 -m pytest tests/fuzz`` (the profile's example count).
Long: ``CABLEPARSE_FUZZ_EXAMPLES=200000 CABLEPARSE_FUZZ_SAVE=1 python3 -m pytest tests/fuzz -x``;
each crash is written to ``fixtures/fatal/`` (``test_hostile.py`` parses every file there).
The atheris run (``fuzz_atheris.py``) uses the same oracle and mutations.
"""
from __future__ import annotations

import os
import random

from hypothesis import HealthCheck, given, settings, strategies as st

from cableparse.strategies import cable_texts
from harness import FRAGMENTS, check, mutate, save, seeds

SEEDS = seeds()
EXAMPLES = int(os.environ.get("CABLEPARSE_FUZZ_EXAMPLES", "0")) or None
SAVE = os.environ.get("CABLEPARSE_FUZZ_SAVE") == "1"


def fuzz_settings(test):
    """The profile's settings, or a long run's example count from the environment."""
    if EXAMPLES is None:
        return test
    return settings(max_examples=EXAMPLES, deadline=None, database=None,
                    suppress_health_check=list(HealthCheck))(test)


def oracle(text: str, name: str) -> None:
    try:
        check(text)
    except Exception as error:
        if SAVE:
            save(text, f"{type(error).__name__}: {error}", f"fuzz-{name}")
        raise


@fuzz_settings
@given(st.sampled_from(SEEDS), st.integers(0, 2**32 - 1), st.integers(1, 12))
def test_mutated_real_cables(seed, key, rounds):
    oracle(mutate(seed, random.Random(key), rounds), "real")


@fuzz_settings
@given(cable_texts(max_paragraphs=8), st.integers(0, 2**32 - 1), st.integers(1, 12))
def test_mutated_drawn_cables(text, key, rounds):
    oracle(mutate(text, random.Random(key), rounds), "drawn")


@fuzz_settings
@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=6), max_size=80).map("".join))
def test_fragment_soup(text):
    oracle(text, "soup")
