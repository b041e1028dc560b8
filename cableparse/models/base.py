"""The base of every model: pydantic v2 models that forbid unknown fields.

Two fast paths sit beside pydantic's validation, for values that are right by construction:

* ``Model.trusted(**values)`` builds a model without validating it, from values whose types the
  lexer and builders already guarantee. It pays for the large models, whose validation walks
  every field (``Cable``: 4.3 µs against 10.3 µs; ``RoutingHeader``: 3.5 against 5.5); for a
  model of a few fields pydantic-core's validation is as quick (``Paragraph``: 1.6 µs either
  way), so the small ones stay validated. ``tests/test_models_trusted.py`` re-validates every
  model of every fixture and checks the two paths agree, value and type.
* pickling writes a model as its class and its field values in field order (``__reduce__``), so a
  cable crosses a process pool without pydantic's per-model state dictionaries.
"""
from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict
from pydantic_core import PydanticUndefined

_set = object.__setattr__
_new = object.__new__


class Model(BaseModel):
    """A part of a cable. Models hold meaning only; they never read raw text."""

    model_config = ConfigDict(extra="forbid", validate_assignment=False, use_enum_values=False)

    @classmethod
    def trusted(cls, **values: Any):
        """A model of ``values`` as given, unvalidated: ``Paragraph.trusted(number=1, text="...")``.

        Only for values of the declared types (a ``Level``, not its name). Fields left out take
        their defaults, and the set of fields given is kept as validation would keep it.
        """
        template, factories, _, private = _LAYOUTS.get(cls) or _layout(cls)
        fields = {**template, **values}
        for name, factory in factories:
            if name not in values:
                fields[name] = factory()
        model = _new(cls)
        _set(model, "__dict__", fields)
        _set(model, "__pydantic_fields_set__", set(values))
        _set(model, "__pydantic_extra__", None)
        _set(model, "__pydantic_private__", private and dict(private))
        return model

    def __reduce__(self):
        cls = type(self)
        given = frozenset(self.__pydantic_fields_set__)
        mask = _MASKS.get((cls, given))
        if mask is None:
            names = _layout(cls)[2]
            mask = sum(1 << index for index, name in enumerate(names) if name in given)
            _MASKS[cls, given] = mask
        return _restore, (cls, tuple(self.__dict__.values()), mask, self.__pydantic_private__)


_LAYOUTS: dict[type, tuple[dict, list, tuple, dict | None]] = {}


def _layout(cls) -> tuple[dict, list, tuple, dict | None]:
    """Per class: defaults in field order, the default factories, the field names, private defaults."""
    layout = _LAYOUTS.get(cls)
    if layout is None:
        template, factories = {}, []
        for name, info in cls.model_fields.items():
            if info.default_factory is not None:
                factories.append((name, info.default_factory))
                template[name] = None
            else:
                template[name] = None if info.default is PydanticUndefined else info.default
        private = {name: attr.get_default() for name, attr in cls.__private_attributes__.items()} or None
        layout = _LAYOUTS[cls] = (template, factories, tuple(cls.model_fields), private)
    return layout


#: the fields given, as a bit mask over the field names, and back (a handful of entries in all)
_MASKS: dict[tuple[type, frozenset], int] = {}
_GIVEN: dict[tuple[type, int], tuple[tuple, frozenset]] = {}


def _restore(cls, values: tuple, mask: int, private: dict | None):
    """The model ``__reduce__`` wrote: its fields in order, the fields given, its private values."""
    known = _GIVEN.get((cls, mask))
    if known is None:
        names = _layout(cls)[2]
        known = _GIVEN[cls, mask] = (names, frozenset(name for index, name in enumerate(names) if mask >> index & 1))
    names, given = known
    model = _new(cls)
    _set(model, "__dict__", dict(zip(names, values)))
    _set(model, "__pydantic_fields_set__", set(given))
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", private)
    return model
