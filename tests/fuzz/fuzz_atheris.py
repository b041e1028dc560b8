"""Coverage-guided fuzzing of ``parse`` and ``tokenize`` with atheris (libFuzzer), for long runs.

    pip install atheris
    python3 tests/fuzz/fuzz_atheris.py -atheris_runs=2000000 /tmp/cable-fuzz-corpus

The golden cables seed the corpus folder; libFuzzer mutates bytes, decoded here as UTF-8 (with
surrogates allowed) or, for a third of the inputs, spliced into a golden cable by the harness's
mutations. A crash stops the run, writes libFuzzer's ``crash-*`` file and a copy in
``fixtures/fatal/`` that the test suite then parses (``tests/test_hostile.py``).
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

with atheris.instrument_imports():
    import cableparse  # noqa: F401  (instrumented for coverage)
    from harness import check, mutate, save, seeds

SEEDS = seeds()


def text_of(data: bytes) -> str:
    """The input as text: raw bytes, or a golden cable mutated under a key taken from the bytes."""
    provider = atheris.FuzzedDataProvider(data)
    if provider.ConsumeIntInRange(0, 2) == 0 and SEEDS:
        seed = SEEDS[provider.ConsumeIntInRange(0, len(SEEDS) - 1)]
        return mutate(seed, random.Random(provider.ConsumeInt(4)), provider.ConsumeIntInRange(1, 12))
    return provider.ConsumeBytes(provider.remaining_bytes()).decode("utf-8", "surrogateescape")


def one_input(data: bytes) -> None:
    text = text_of(data)
    try:
        check(text)
    except Exception as error:
        save(text, f"{type(error).__name__}: {error}")
        raise


def seed_corpus(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for index, text in enumerate(SEEDS):
        (folder / f"golden-{index:02d}").write_bytes(b"\x01" + text.encode("utf-8"))


if __name__ == "__main__":
    folders = [Path(a) for a in sys.argv[1:] if not a.startswith("-")]
    for folder in folders:
        seed_corpus(folder)
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
