"""Shared test setup: hypothesis profiles and the paths of fixtures and the shared corpus.

Profiles: ``default`` (fast, for local runs), ``ci`` (used by .ci/run), ``thorough``
(``HYPOTHESIS_PROFILE=thorough``: 10,000 examples per property, no deadline).
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
GOLDEN = FIXTURES / "golden"
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"

settings.register_profile("default", max_examples=60, deadline=None)
settings.register_profile("ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=10_000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def read(path: Path) -> str:
    """A fixture's text exactly as stored (no newline translation)."""
    return path.read_bytes().decode("utf-8")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return read(GOLDEN / "07MOSCOW5100.web.txt")


def golden_inputs() -> list[Path]:
    return sorted(p for p in GOLDEN.iterdir() if p.suffix in (".txt", ".html"))


def corpus_files() -> list[Path]:
    """Every text of the shared corpus, when it is there (CI has it beside the clone)."""
    if not SHARED_CORPUS.is_dir():
        return []
    return sorted((SHARED_CORPUS / "cables").glob("*.txt")) + sorted((SHARED_CORPUS / "variants").glob("*.txt")) \
        + sorted((SHARED_CORPUS / "html").glob("*.html"))
