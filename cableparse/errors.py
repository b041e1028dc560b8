"""Errors a person can act on: a line, a column, and the source line with a caret."""
from __future__ import annotations


class CableParseError(ValueError):
    """Text that is not a cable, or (with ``strict=True``) a malformed element.

    ``line`` and ``column`` are 1-based positions in the input as given::

        line 3, column 1: expected a cable (a routing header, a classification banner or a
        numbered paragraph); found prose
            Around 50,000 U.S. troops are stationed across Japan ...
            ^
    """

    def __init__(self, message: str, line: int, column: int, source_line: str = "", code: str | None = None):
        self.message = message
        self.line = line
        self.column = column
        self.source_line = source_line
        self.code = code
        super().__init__(self._render())

    def _render(self) -> str:
        text = f"line {self.line}, column {self.column}: {self.message}"
        if self.source_line:
            shown = self.source_line.rstrip()[:100]
            text += f"\n    {shown}\n    {' ' * min(self.column - 1, len(shown))}^"
        return text

    def __reduce__(self):
        return (type(self), (self.message, self.line, self.column, self.source_line, self.code))

    @classmethod
    def at(cls, text: str, offset: int, message: str, code: str | None = None) -> "CableParseError":
        """The error for character ``offset`` of ``text``."""
        line, column = position(text, offset)
        start = text.rfind("\n", 0, offset) + 1
        end = text.find("\n", offset)
        return cls(message, line, column, text[start: end if end >= 0 else len(text)], code)


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of ``offset`` in ``text``; ``\\r\\n`` and ``\\r`` count as one break."""
    offset = max(0, min(offset, len(text)))
    head = text[:offset]
    if "\r" in head:
        line = head.count("\n") + head.count("\r") - head.count("\r\n") + 1
        start = max(head.rfind("\n"), head.rfind("\r")) + 1
    else:
        line = head.count("\n") + 1
        start = head.rfind("\n") + 1
    return line, offset - start + 1
