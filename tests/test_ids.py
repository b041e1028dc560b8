"""Reference ids (format doc §5): canonical form, the malformed-id and alias tables, their laws."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from cableparse import canonical_reference_id, data, ids

# the test vectors of format doc §5.3 and the api contract
VECTORS = [
    ("05RIO123", "05RIODEJANEIRO123"),
    ("05PARISFR1", "05UNESCOPARISFR1"),
    ("05EMBASSYVIENNA1", "05VIENNA1"),
    ("06SECSTATE123", "06STATE123"),
    ("06PORT-OF-SPAIN123", "06PORTOFSPAIN123"),
    ("07USEU2", "07USEUBRUSSELS2"),
    ("02BRUSSELS12", "02BRUSSELS12"),
    ("02TAIPEI12", "02AITTAIPEI12"),
    ("09MEXICOCITY12", "09MEXICO12"),
    ("10CDCATLANTA12", "10CDCATLANTAGA12"),
    ("09USEUBRUSEELS1292", "09USEUBRUSSELS1292"),
    ("08ECTION01OF02MANAMA492", "08MANAMA492"),
    ("09 STATE 012345", "09STATE12345"),
    ("05 PARIS 5459", "05PARIS5459"),
    ("08 0TTAWA 1", "08OTTAWA1"),
]


@pytest.mark.parametrize("text,want", VECTORS)
def test_documented_vectors(text, want):
    assert canonical_reference_id(text) == want


@pytest.mark.parametrize("text", ["", "STATE", "09", "09STATE", "1234", "hello world", "09 12345", "x" * 200])
def test_not_a_reference_id_raises(text):
    with pytest.raises(ValueError):
        canonical_reference_id(text)


@pytest.mark.parametrize("text,want", [
    ("09EFTOLONDON2468", "09LONDON2468"),              # UNCLAS E F T O leaked into the id
    ("09SECTIOQ1OF06HARARE876", "09HARARE876"),        # a garbled SECTION nn OF mm
    ("09SQCTION02OF02DUSHANBE143", "09DUSHANBE143"),
    ("09AMEMBASSYHANOI1284", "09HANOI1284"),           # the FM word in the origin slot
    ("10EFTOSECTION01OF02KABUL12", "10KABUL12"),
])
def test_leaked_banner_words_are_removed_by_grammar(text, want, monkeypatch):
    """§5.4 patterns are recognised without the table (it is emptied here)."""
    monkeypatch.setattr(data, "malformed_ids", lambda: {})
    assert canonical_reference_id(text) == want


def test_brussels_and_useu_stay_apart():
    assert canonical_reference_id("02BRUSSELS12") != canonical_reference_id("02USEUBRUSSELS12")


@pytest.mark.parametrize("bad,good", sorted(data.malformed_ids().items()))
def test_bad_id_and_its_twin_are_one(bad, good):
    assert canonical_reference_id(bad) == canonical_reference_id(good) == good


def test_no_table_target_is_itself_a_bad_id():
    table = data.malformed_ids()
    assert not set(table.values()) & set(table)


@pytest.mark.parametrize("alias,station", sorted(data.origin_aliases().items()))
def test_aliases_lead_to_stations(alias, station):
    assert station in data.stations(), f"{alias} → {station}, which is no station"
    assert ids.canonical_origin(alias) == station


def test_stations_are_their_own_canonical_form():
    for station in data.stations():
        assert ids.canonical_origin(station) == station


@pytest.mark.parametrize("text", sorted(set(data.malformed_ids()) | set(data.malformed_ids().values())
                                        | {text for text, _ in VECTORS}))
def test_idempotent_on_the_tables(text):
    once = canonical_reference_id(text)
    assert canonical_reference_id(once) == once


ORIGIN_TEXT = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0- ", min_size=1, max_size=24)


@given(year=st.integers(0, 99), origin=ORIGIN_TEXT, serial=st.integers(0, 9_999_999))
def test_idempotent_on_any_id(year, origin, serial):
    text = f"{year:02d}{origin}{serial}"
    try:
        once = canonical_reference_id(text)
    except ValueError:
        return
    assert canonical_reference_id(once) == once


def test_make_reference_id_from_banner_parts():
    assert ids.make_reference_id(2007, "MOSCOW", "005100") == "07MOSCOW5100"
    assert ids.make_reference_id(1966, "BUENOS AIRES", 2481) == "66BUENOSAIRES2481"
    assert ids.make_reference_id(2010, "USUNESCO PARIS FR", 87) == "10UNESCOPARISFR87"
