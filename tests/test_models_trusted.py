"""The fast paths of ``models/base.py`` agree with pydantic's validation.

The builders make the cable and its routing header with ``Model.trusted`` (no validation), and
every model pickles
through ``Model.__reduce__``. Both are only right if they give what validation would: the same
values of the same types. Every model of every golden cable (and of every 20th corpus cable when
the shared corpus is there) is validated again from its fields and compared field by field.
"""
from __future__ import annotations

import pickle

import pytest

import cableparse
from cableparse.markings import Level
from cableparse.models import Cable, Paragraph, PortionMarking
from cableparse.models.base import Model

from conftest import corpus_files, golden_inputs, read

INPUTS = golden_inputs() + corpus_files()[::20]


def walk(model: Model):
    """The model and every model inside it, depth first."""
    yield model
    for value in model.__dict__.values():
        items = value if isinstance(value, list) else [value]
        for item in items:
            if isinstance(item, Model):
                yield from walk(item)


def same(a, b) -> bool:
    """Equal and of the same type, down through lists (``Level.SECRET`` is not ``"SECRET"``)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.name)
def test_every_model_is_what_validation_makes(path):
    cable = cableparse.parse(read(path))
    for node in walk(cable):
        validated = type(node).model_validate(dict(node.__dict__))
        assert list(node.__dict__) == list(type(node).model_fields), type(node).__name__
        for name, value in node.__dict__.items():
            assert same(value, validated.__dict__[name]), (type(node).__name__, name, value)


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.name)
def test_every_model_pickles_whole(path):
    cable = cableparse.parse(read(path))
    back = pickle.loads(pickle.dumps(cable, protocol=pickle.HIGHEST_PROTOCOL))
    assert back.to_text() == cable.to_text()
    for original, copy in zip(walk(cable), walk(back), strict=True):
        assert type(copy) is type(original)
        assert copy.model_fields_set == original.model_fields_set
        assert all(same(copy.__dict__[k], v) for k, v in original.__dict__.items())


def test_trusted_takes_defaults_and_keeps_the_fields_given():
    marking = PortionMarking.trusted(level=Level.SECRET, text="(S)")
    paragraph = Paragraph.trusted(number=2, marking=marking, text="Text.")
    assert paragraph == Paragraph(number=2, marking=PortionMarking(level="SECRET", text="(S)"), text="Text.")
    assert paragraph.model_fields_set == {"number", "marking", "text"}
    other = PortionMarking.trusted(level=Level.SECRET, text="(S)")
    other.controls.append("NOFORN")
    assert marking.controls == []          # each model has its own default list


def test_trusted_cable_keeps_its_private_source():
    cable = Cable.trusted(subject="Talks")
    assert cable.__pydantic_private__ == {"_source": None}
    assert "Talks" in cable.to_text()          # no source: the canonical rendering


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_levels_pickle_as_members(protocol):
    for level in Level:
        assert pickle.loads(pickle.dumps(level, protocol=protocol)) is level
