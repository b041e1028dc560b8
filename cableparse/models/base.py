"""The base of every model: frozen-free pydantic v2 models that forbid unknown fields."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Model(BaseModel):
    """A part of a cable. Models hold meaning only; they never read raw text."""

    model_config = ConfigDict(extra="forbid", validate_assignment=False, use_enum_values=False)
