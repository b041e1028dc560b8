"""The documentation stays true: its examples run, and every model field is described."""
from __future__ import annotations

import doctest
import os

import pytest

import cableparse
from conftest import ROOT

DOCS = ROOT / "docs"
MODELS = [cableparse.Cable, cableparse.RoutingHeader, cableparse.Addressee, cableparse.Classification,
          cableparse.Section, cableparse.PortionMarking, cableparse.ExecutiveOrder, cableparse.Reference,
          cableparse.ClassifiedBy, cableparse.Paragraph, cableparse.Diagnostic]


@pytest.mark.parametrize("name", ["usage.md", "models.md"])
def test_examples_in_docs_run(name, monkeypatch):
    monkeypatch.chdir(ROOT)
    result = doctest.testfile(str(DOCS / name), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_field_is_in_the_model_reference(model):
    reference = (DOCS / "models.md").read_text(encoding="utf-8")
    heading = f"## `{model.__name__}`"
    assert heading in reference
    section = reference.split(heading, 1)[1].split("\n## ", 1)[0]
    missing = [name for name in model.model_fields if f"`{name}`" not in section]
    assert not missing, f"{model.__name__} fields not described in docs/models.md: {missing}"
