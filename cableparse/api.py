"""The public functions: thin glue over source → lexer → builders."""
from __future__ import annotations

from . import lexer, source
from .build import build_cable
from .errors import CableParseError
from .gcpause import GcPaused
from .models import Cable
from .tokens import Token


def parse(text: str, *, strict: bool = False) -> Cable:
    """Parse one cable (raw, web rendering or Cablegate HTML page) into a ``Cable``.

    Malformed elements become ``Cable.diagnostics``; with ``strict=True`` the first one raises
    ``CableParseError``. Text that is not a cable raises ``CableParseError`` with line and column.
    The cyclic garbage collector is paused while the call runs and restored after it (``gcpause``).
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() takes the cable as str, not {type(text).__name__}")
    with GcPaused():
        src = source.read(text)
        tokens, body_at, tail_at = lexer.lex_zones(src.logical)
        cable = build_cable(tokens, src, body_at, tail_at, strict=strict)
    cable._source = text
    return cable


def tokenize(text: str) -> list[Token]:
    """The token stream of ``text``: ``"".join(t.text for t in tokenize(s)) == s`` for every ``s``."""
    if not isinstance(text, str):
        raise TypeError(f"tokenize() takes str, not {type(text).__name__}")
    with GcPaused():
        try:
            src = source.read(text)
        except CableParseError:
            src = source.Source(text, source.Rendering.RAW, text)
        return src.to_raw(lexer.lex(src.logical))
