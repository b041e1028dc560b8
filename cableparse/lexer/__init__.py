"""The zone walk: lines of the logical text, handed to the tokenizers of their zone.

A cable is read in four zones, each line offered only to the tokenizers that can start with its
first characters:

* **header** – FL1–FL9 routing lines (``lexer/header.py``), up to the banner;
* **preamble** – banner, captions, passing lines, E.O., TAGS, SUBJECT, REF, Classified By;
* **body** – numbered paragraphs with portion markings, section markers, running text;
* **tail** – the signature and trailers (NNNN, repeated class words, review stamps).

Text that no rule claims becomes a token of its own kind (HEADER_TEXT, TEXT); nothing is dropped.
"""
from __future__ import annotations

from itertools import accumulate, repeat
from operator import add, sub

import regex

from ..tokens import KIND as K, Token
from . import banner, captions, classified_by, eo, header, markers, paragraphs, refs, signature, subject, summary, tags

LINE = regex.compile(r"[^\r\n]*+(?:\r\n|\r|\n)?+")
DATA_ROW = regex.compile(r"^(?:[0-9]{1,7}+\t)?+[0-9]{4}-[0-9]{2}-[0-9]{2}\ [0-9]{2}:[0-9]{2}(?::[0-9]{2})?\t", regex.VERBOSE)

#: how far into the text the banner and the preamble elements are looked for
BANNER_WINDOW = 250
FIELD_SEPARATOR = regex.compile(r"\t|\",")   # a tab, or the end of a quoted CSV field
#: first characters of a banner line: level words, a CSV quote, an archive's "ID:… Cable dated:" note
BANNER_HEADS = 'CSUTLcsutl"I'
PREAMBLE_WINDOW = 80
#: first characters of a date statement in the header: ID:/Cable dated:, date:/Date:, weekdays, digits
DATE_STATEMENT_HEADS = "ICdDMTWFS"


def lex(text: str) -> list[Token]:
    """Tokens of the logical text of a cable, in order, covering every character."""
    return _Lexer(text).run()


def repairs_needed(text: str) -> int:
    """How many gaps or overlaps the tokenizers left in ``text`` (a test keeps this at zero)."""
    lexer = _Lexer(text)
    lexer.run()
    return lexer.repairs


def lex_zones(text: str) -> tuple[list[Token], int, int]:
    """The tokens, and the indexes of the first token of the body and of the tail."""
    lexer = _Lexer(text)
    tokens = lexer.run()
    return tokens, lexer.body_at, lexer.tail_at


def split_lines(text: str) -> tuple[list[int], list[int], list[int]]:
    """Line starts, content ends (before the line break) and stops (after it)."""
    return _split_lines(text)[:3]


def _split_lines(text: str) -> tuple[list[int], list[int], list[int], list[str]]:
    """``split_lines`` and the content of each line, made in one pass."""
    if "\r" not in text:
        lines = text.split("\n")
        stops = list(accumulate(map(add, map(len, lines), repeat(1))))    # map, add and accumulate run in C
        starts = [0] + stops[:-1]
        ends = list(map(sub, stops, repeat(1)))
        stops[-1] = len(text)
        if len(lines) > 1 and starts[-1] == len(text):
            starts.pop(), ends.pop(), stops.pop(), lines.pop()
        return starts, ends, stops, lines
    starts, ends, stops = [], [], []
    for m in LINE.finditer(text):
        if m.start() == m.end():
            break
        content = m.group().rstrip("\r\n")
        starts.append(m.start())
        ends.append(m.start() + len(content))
        stops.append(m.end())
    if not starts:
        starts, ends, stops = [0], [0], [0]
    return starts, ends, stops, [text[start:end] for start, end in zip(starts, ends)]


class _Lexer:
    """One pass over the lines of one cable."""

    def __init__(self, text: str):
        self.text = text
        self.starts, self.ends, self.stops, self.lines = _split_lines(text)
        self.count = len(self.starts)
        self.tokens: list[Token] = []
        self.body_at = 0
        self.tail_at = 0
        self.repairs = 0
        self.skip_to = 0
        self.body_end = 0

    # -- helpers ---------------------------------------------------------------------------
    def line(self, i: int) -> str:
        return self.lines[i]

    def emit(self, kind: K, start: int, end: int, value=None) -> None:
        if end > start:
            self.tokens.append(Token(kind, start, end, self.text[start:end], value))

    def emit_lines(self, kind: K, first: int, last: int, value=None) -> None:
        self.emit(kind, self.starts[first], self.stops[last], value)

    def emit_blank(self, i: int) -> int:
        """Consecutive blank lines as one BLANK token; returns the next line."""
        j, lines, count = i, self.lines, self.count
        while j < count and not lines[j].strip():
            j += 1
        start, stop = self.starts[i], self.stops[j - 1]
        if stop > start:
            self.tokens.append(Token(K.BLANK, start, stop, self.text[start:stop], None))
        return j

    # -- zones -----------------------------------------------------------------------------
    def run(self) -> list[Token]:
        if not self.text:
            return []
        self.body_at = self.tail_at = 0
        banner_at = self.find_banner()
        header_end = banner_at if banner_at is not None else self.header_extent()
        self.lex_header(0, header_end)
        i = header_end
        if banner_at is not None:
            i = self.lex_banner(banner_at)
        i = self.lex_preamble(i)
        tail_at, glued_at = self.find_tail(i)
        self.body_at = len(self.tokens)
        self.lex_body(i, tail_at, glued_at)
        self.tail_at = len(self.tokens)
        self.lex_tail(tail_at, glued_at)
        self.mark_summary()
        self.repairs = _seal(self.tokens, self.text)
        return self.tokens

    def find_banner(self) -> int | None:
        """The line of the banner; ``self.banner_column`` is where it starts on that line and
        ``self.banner_value`` what ``banner.read_banner`` read there (``lex_banner`` uses it).

        The banner may follow a tab (the last field of a raw data row,
        ``…COLLECTIVE PRIORITY<TAB>C O N F I D E N T I A L SECTION 01 OF 02 BERN 001280``).
        """
        self.banner_column, self.banner_value = 0, None
        for i in range(min(self.count, BANNER_WINDOW)):
            line = self.lines[i]
            head = line.lstrip()[:1]
            if head and head in BANNER_HEADS and (value := banner.read_banner(line)):
                self.banner_value = value
                return i
            if "\t" in line or '",' in line:
                column, value = _banner_field(line)
                if column:
                    self.banner_column, self.banner_value = column, value
                    return i
            if i and head.isdigit() and paragraphs.read_paragraph_start(line):
                return None
        return None

    def header_extent(self) -> int:
        """Without a banner, the header runs while lines are format lines (or blanks among them).

        A blank line closes an open TO/INFO block: what follows it is text, not more addressees.
        """
        end = 0
        state = _HeaderState()
        for i in range(min(self.count, BANNER_WINDOW)):
            line = self.lines[i]
            if not line.strip():
                state.close_block()
                continue
            if state.read(line, strict=True)[0] is None:
                break
            end = i + 1
        return end

    # -- header ----------------------------------------------------------------------------
    def lex_header(self, first: int, end: int) -> None:
        """A token a header line, blank runs as one BLANK; a non-blank line is never empty, so its
        token is appended here without ``emit``'s test."""
        state = _HeaderState()
        lines, starts, stops, text, tokens = self.lines, self.starts, self.stops, self.text, self.tokens
        i = first
        while i < end:
            line = lines[i]
            if not line.strip():
                j = i
                while j < end and not lines[j].strip():
                    j += 1
                self.emit_lines(K.BLANK, i, j - 1)
                state.close_block()
                i = j
                continue
            kind, value = state.read(line)
            start, stop = starts[i], stops[i]
            tokens.append(Token(kind, start, stop, text[start:stop], value))
            i += 1

    # -- banner and preamble ---------------------------------------------------------------
    def lex_banner(self, i: int) -> int:
        """The banner line; a data-row field or a ``Cable dated:`` note before it is a token of its own."""
        start = base = self.starts[i] + self.banner_column
        value = self.banner_value
        value["captions"] = captions.captions_in(value["rest"]) if value["rest"] else []
        self.emit(K.DATA_ROW, self.starts[i], start, {"fields": None, "copy": True})
        if value["dated"]:
            level_at = start + value["level_at"]
            self.emit(K.HEADER_TEXT, start, level_at, header.read_date_statement(self.text[start:level_at]))
            start = level_at
        glued = eo.find_glued_label(self.lines[i])
        if glued is not None and self.starts[i] + glued > start:
            cut = self.starts[i] + glued
            value["rest"] = self.text[base + value["rest_at"]:cut].strip()
            value["captions"] = captions.captions_in(value["rest"]) if value["rest"] else []
            self.emit(K.BANNER, start, cut, value)
            return self.lex_glued_eo(i, glued)
        self.emit(K.BANNER, start, self.stops[i], value)
        return i + 1

    def lex_before_glued_eo(self, i: int, line: str, at: int) -> int:
        """Captions and passing text that run into an E.O. statement on one line, then the E.O."""
        start = self.starts[i]
        head = line[:at]
        found = captions.read_caption_line(head)
        if found and not found["rest"]:
            self.emit(K.CAPTION, start, start + at, found)
        else:
            leading = captions.leading_captions(head)
            if leading:
                self.emit(K.CAPTION, start, start + leading[0], {"captions": leading[1], "rest": None})
                start += leading[0]
            self.emit(K.PASSING, start, self.starts[i] + at, {"text": " ".join(line[start - self.starts[i]:at].split())})
        return self.lex_glued_eo(i, at)

    def lex_glued_eo(self, i: int, at: int) -> int:
        """An E.O. statement (and TAGS, SUBJECT after it) read from column ``at`` of line ``i``."""
        line = self.lines[i]
        value = eo.read_eo_line(line[at:])
        if value is None:
            self.emit(K.TEXT, self.starts[i] + at, self.stops[i])
            return i + 1
        if value["tags_at"] is not None:
            value = dict(value, tags_at=value["tags_at"] + at)
        return self.lex_eo(i, line, value, column=at)

    def lex_preamble(self, i: int) -> int:
        """Captions, passing lines, E.O., TAGS, SUBJECT, REF and Classified By, in any order."""
        seen_subject = False
        last_kind = None
        limit = min(self.count, i + PREAMBLE_WINDOW)
        while i < limit:
            line = self.lines[i]
            stripped = line.strip()
            if not stripped:
                i = self.emit_blank(i)
                continue
            if stripped[0] in "¶0123456789" and paragraphs.read_paragraph_start(line):
                break
            step = self.preamble_element(i, line, stripped, last_kind)
            glued = refs.glued_label_at(line) if step is None and not seen_subject else None
            found = refs.read_ref_label(line[glued:]) if glued is not None else None
            if found:
                self.emit(K.TEXT, self.starts[i], self.starts[i] + glued)
                step = K.REF, self.lex_ref(i, dict(found, items_at=found["items_at"] + glued), start=self.starts[i] + glued)
            if step is None:
                if (seen_subject or last_kind in (K.REF, K.CLASSIFIED_BY)) and not self.element_follows(i):
                    break
                if not seen_subject and not self.preamble_follows(i):
                    break
                kind = K.PASSING if last_kind == K.PASSING and not stripped[0].isdigit() else K.TEXT
                self.emit_lines(kind, i, i, {"text": stripped} if kind == K.PASSING else None)
                last_kind = kind
                i += 1
                continue
            kind, i = step
            seen_subject |= kind == K.SUBJECT
            last_kind = kind
        return i

    def element_follows(self, i: int) -> bool:
        """Whether a REF block or Classified By comes within the next lines, past a stray line such
        as ``SENSITIVE BUT UNCLASSIFED--PLEASE PROTECT ACCORDINGLY`` between SUBJECT and REF."""
        for j in range(i + 1, min(self.count, i + 4)):
            line = self.lines[j]
            if not line.strip():
                continue
            return bool(refs.read_ref_label(line) or classified_by.starts_line(line))
        return False

    def preamble_follows(self, i: int) -> bool:
        """Whether an E.O., TAGS, SUBJECT, REF or Classified By line comes within the next lines;
        without one, a line of prose after the banner starts the body (a cable without a preamble)."""
        for j in range(i + 1, min(self.count, i + 20)):
            line = self.lines[j]
            if not line.strip():
                continue
            if paragraphs.read_paragraph_start(line):
                return False
            if (subject.read_subject_label(line) or tags.read_tags_label(line) or refs.read_ref_label(line)
                    or classified_by.starts_line(line) or eo.read_eo_line(line)):
                return True
        return False

    def preamble_element(self, i: int, line: str, stripped: str, last_kind) -> tuple[K, int] | None:
        """Read the element that starts on line ``i``; returns its kind and the next line."""
        first = stripped[0].upper()
        if first in "ETDA" or "E.O" in line[:80].upper() or " EO " in line[:60]:
            value = eo.read_eo_line(line)
            if value:
                return K.EO, self.lex_eo(i, line, value)
        if first in "TAG":
            found = tags.read_tags_label(line)
            if found:
                return K.TAGS, self.lex_tags(i, found)
        if first in "SU":
            found = subject.read_subject_label(line)
            if found:
                return K.SUBJECT, self.lex_subject(i, found)
        if first in "RP":
            found = refs.read_ref_label(line)
            if found:
                return K.REF, self.lex_ref(i, found)
        if first in "C(" and classified_by.starts_line(line):
            return K.CLASSIFIED_BY, self.lex_classified_by(i)
        glued = eo.find_glued_label(line)
        if glued is not None:
            return K.EO, self.lex_before_glued_eo(i, line, glued)
        if first in "0123456789" and (value := markers.read_section_marker(line)):
            self.emit_lines(K.SECTION_MARKER, i, i, value)
            return K.SECTION_MARKER, i + 1
        if first == "P" and (value := markers.read_page_header(line)):
            self.emit_lines(K.PAGE_HEADER, i, i, value)
            return K.PAGE_HEADER, i + 1
        value = captions.read_caption_line(line)
        if value:
            self.emit_lines(K.CAPTION, i, i, value)
            return K.CAPTION, i + 1
        if first not in "0123456789" and (value := markers.read_section_marker(line)):   # (digits: tried above)
            self.emit_lines(K.SECTION_MARKER, i, i, value)
            return K.SECTION_MARKER, i + 1
        if level := banner.read_level_word(line):
            self.emit_lines(K.BANNER, i, i, {"repeated": True, "level": level})
            return K.BANNER, i + 1
        value = captions.read_passing_line(line)
        if value:
            self.emit_lines(K.PASSING, i, i, value)
            return K.PASSING, i + 1
        return None

    def lex_eo(self, i: int, line: str, value: dict, column: int = 0) -> int:
        start = self.starts[i] + column
        if value["before"]:
            self.emit(K.PASSING, start, start + value["eo_at"], {"text": value["before"]})
            start += value["eo_at"]
        if value["tags_at"] is not None:
            cut = self.starts[i] + value["tags_at"]
            self.emit(K.EO, start, cut, value)
            found = tags.read_tags_label(line[value["tags_at"]:])
            if found:
                found = dict(found, items_at=found["items_at"] + value["tags_at"])
                return self.lex_tags(i, found, start=cut)
            self.emit(K.TEXT, cut, self.stops[i])
            return i + 1
        self.emit(K.EO, start, self.stops[i], value)
        return i + 1

    def lex_tags(self, i: int, found: dict, start: int | None = None) -> int:
        last = i
        while last + 1 < self.count and last - i < tags.MAX_LINES and tags.continues(self.lines[last], self.lines[last + 1]):
            last += 1
        items_from = self.starts[i] + found["items_at"]
        items_text = self.text[items_from: self.ends[last]]
        glued = tags.glued_subject_at(items_text)
        if glued is not None:
            items_text = items_text[:glued]
        value = {"label": found["label"], "items": tags.split_items(items_text)}
        begin = self.starts[i] if start is None else start
        if glued is not None:
            cut = items_from + glued
            line = next(j for j in range(i, last + 1) if self.starts[j] <= cut <= self.ends[j])
            self.emit(K.TAGS, begin, cut, value)
            label = subject.read_subject_label(self.text[cut:self.ends[line]])
            return self.lex_subject(line, dict(label, text_at=label["text_at"] + cut - self.starts[line]), start=cut)
        self.emit(K.TAGS, begin, self.stops[last], value)
        return last + 1

    def lex_subject(self, i: int, found: dict, start: int | None = None) -> int:
        """SUBJECT and its continuation lines, up to a terminator or a REF / Classified By glued on."""
        begin = self.starts[i] if start is None else start
        text_from = self.starts[i] + found["text_at"]
        last = i
        if not self.lines[i][found["text_at"]:].strip():          # the label alone: the text follows
            j = i + 1
            if j + 1 < self.count and not self.lines[j].strip():
                j += 1
            if j < self.count and self.lines[j].strip() and not subject.is_terminator(self.lines[j]):
                last = j
        cut = self.glued_in_subject(text_from, last)
        while cut is None and last + 1 < self.count and last - i < 6:
            line = self.lines[last + 1]
            if subject.is_terminator(line) or tags.read_tags_label(line) or classified_by.starts_line(line) \
                    or markers.read_section_marker(line):
                break
            last += 1
            cut = self.glued_in_subject(self.starts[last], last)
        value = subject.read_subject(self.text[text_from:cut if cut is not None else self.ends[last]])
        if cut is None:
            self.emit(K.SUBJECT, begin, self.stops[last], value)
            return last + 1
        self.emit(K.SUBJECT, begin, cut, value)
        rest = self.text[cut:self.ends[last]]
        ref = refs.read_ref_label(rest)
        if ref:
            return self.lex_ref(last, dict(ref, items_at=ref["items_at"] + cut - self.starts[last]), start=cut)
        if classified_by.find_label(rest[:40]):
            self.emit(K.CLASSIFIED_BY, cut, self.stops[last], classified_by.read_statement(rest))
            return last + 1
        self.emit(K.TEXT, cut, self.stops[last])
        return last + 1

    def glued_in_subject(self, start: int, line: int) -> int | None:
        """Where a REF or Classified By glued to a subject line starts (``... CAIROClassified By:``)."""
        text = self.text[start:self.ends[line]]
        upper = text.upper()
        if "REF" not in upper and "CLASSIF" not in upper and "SENSITIVE" not in upper:   # what each finder needs
            return None
        found = [at for at in (subject.glued_ref_at(text), (classified_by.find_label(text) or (None,))[0],
                               subject.glued_caption_at(text))
                 if at is not None and at > 0]
        return start + min(found) if found else None

    def lex_ref(self, i: int, found: dict, start: int | None = None) -> int:
        last = i
        has_items = bool(self.lines[i][found["items_at"]:].strip())
        j = i + 1
        while j < self.count and j - i < 30:
            line = self.lines[j]
            if not line.strip():
                k = j + 1
                while k < self.count and k - j < 3 and not self.lines[k].strip():
                    k += 1
                if has_items and not (k < self.count and refs.goes_on_after_blank(self.lines[last], self.lines[k])):
                    break
                j = k if has_items else j + 1
                continue
            if refs.stops_block(line) or subject.read_subject_label(line) or classified_by.starts_line(line):
                break
            if refs.read_ref_label(line) and has_items:
                break
            if markers.read_section_marker(line) or markers.read_page_header(line):
                break
            has_items = True
            last = j
            j += 1
        block_from = self.starts[i] + found["items_at"]
        glued = classified_by.find_label(self.text[block_from:self.ends[last]])
        block_end = block_from + glued[0] if glued else self.ends[last]
        block = self.text[block_from:block_end]
        items = [dict(item, label=letter) for letter, text in refs.split_items(block, found["letter"])
                 for item in refs.read_item(text)]
        if glued:
            return self.lex_glued_classified_by(i, last, block_end, start, {"label": found["label"], "items": items})
        self.emit(K.REF, self.starts[i] if start is None else start, self.stops[last],
                  {"label": found["label"], "items": items})
        return last + 1

    def lex_glued_classified_by(self, i: int, last: int, cut: int, start: int | None, ref: dict) -> int:
        """A REF block that runs into ``CLASSIFIED BY:`` on the same line (lost line breaks)."""
        self.emit(K.REF, self.starts[i] if start is None else start, cut, ref)
        line = next(j for j in range(i, last + 1) if self.starts[j] <= cut <= self.ends[j])
        statement = self.text[cut:self.ends[line]]
        self.emit(K.CLASSIFIED_BY, cut, self.stops[line], classified_by.read_statement(statement))
        return line + 1

    def lex_classified_by(self, i: int) -> int:
        last = i
        while last + 1 < self.count and last - i < 4:
            line = self.lines[last + 1]
            if not line.strip() or line.lstrip()[:1] in "¶" or paragraphs.read_paragraph_start(line):
                break
            if tags.read_tags_label(line) or subject.read_subject_label(line) or refs.read_ref_label(line):
                break
            if classified_by.normalise_reasons(self.text[self.starts[i]:self.ends[last]]) \
                    and not classified_by.continues_reasons(line):
                break
            last += 1
        statement = self.text[self.starts[i]:self.ends[last]]
        self.emit_lines(K.CLASSIFIED_BY, i, last, classified_by.read_statement(statement))
        return last + 1

    # -- body ------------------------------------------------------------------------------
    def lex_body(self, i: int, end: int, glued_at: int | None) -> None:
        """Numbered paragraphs, markers and running text of lines ``i`` up to ``end``.

        Most lines are prose that continues a paragraph: they only open a TEXT run (``text_from``)
        that the next blank line, paragraph or marker closes, so that path does the least work.
        """
        last_number = 0
        text_from = None
        found_classified_by = any(t.kind == K.CLASSIFIED_BY and t.value.get("name") for t in self.tokens)
        limit = end + 1 if glued_at is not None else end
        self.body_end = end
        text, emit, append = self.text, self.emit, self.tokens.append
        lines, starts, stops = self.lines, self.starts, self.stops
        text_kind, blank_kind = K.TEXT, K.BLANK
        position = starts[i] if i < self.count else len(text)
        while i < limit:
            start = starts[i]
            if i == end:
                line, stop = text[start:glued_at], glued_at
            else:
                line, stop = lines[i], stops[i]
            stripped = line.strip()
            position = stop
            if not stripped:
                if text_from is not None and start > text_from:
                    append(Token(text_kind, text_from, start, text[text_from:start]))
                text_from = None
                j = i + 1
                while j < end and not lines[j].strip():
                    j += 1
                stop = stop if j == i + 1 else stops[j - 1]
                if stop > start:
                    append(Token(blank_kind, start, stop, text[start:stop]))
                position = stop
                i = j
                continue
            head = stripped[0]
            if head in "¶0123456789":
                start_value = paragraphs.read_paragraph_start(line)
                if start_value and _accept_number(start_value, last_number):
                    if text_from is not None and start > text_from:
                        append(Token(text_kind, text_from, start, text[text_from:start]))
                    text_from = None
                    last_number = start_value["number"]
                    self.skip_to = i + 1
                    found_classified_by = self.lex_paragraph_start(i, line, start_value, stop, found_classified_by)
                    i = self.skip_to
                    continue
            if head.isupper() and (stripped[-1].isdigit() or head == "P" or len(stripped) <= 40) \
                    and (special := self.body_line_kind(line, stripped, head)):   # the cheap test lets prose through
                if text_from is not None:
                    emit(K.TEXT, text_from, start)
                    text_from = None
                kind, value = special
                emit(kind, start, stop, value)
                i += 1
                continue
            if text_from is None:
                text_from = start
            if "OF" in line and "  " in line and (mid := markers.find_mid_line_marker(line)):
                emit(K.TEXT, text_from, start + mid[0])
                emit(K.SECTION_MARKER, start + mid[0], start + mid[1])
                text_from = start + mid[1]
            if not found_classified_by and last_number <= 2 and "LASSIF" in line.upper():
                self.skip_to = i + 1
                if self.split_classified_by(i, line, start, stop, text_from):
                    found_classified_by = True
                    text_from = None
                    i = self.skip_to
                    position = stops[i - 1] if i - 1 != end else stop
                    continue
            i += 1
        if text_from is not None:
            emit(K.TEXT, text_from, position)

    def body_line_kind(self, line: str, stripped: str, head: str):
        """Lines of the body that are no running text: markers, repeated banners, SIPDIS."""
        if head.isupper() and stripped[-1:].isdigit() and (value := markers.read_section_marker(line)):
            return K.SECTION_MARKER, value
        if head == "P" and stripped.startswith("PAGE") and (value := markers.read_page_header(line)):
            return K.PAGE_HEADER, value
        if len(stripped) <= 40 and head in "CSULT":
            level = banner.read_level_word(line)
            if level:
                return K.BANNER, {"repeated": True, "level": level}
            if stripped.upper() in ("SIPDIS", "SIPDIS SIPDIS"):
                return K.CAPTION, {"captions": ["SIPDIS"], "rest": None, "in_body": True}
        return None

    def lex_paragraph_start(self, i: int, line: str, value: dict, stop: int, found_cb: bool) -> bool:
        """``¶``, ``1. (C)`` and the first line's text of a paragraph (and a Classified By in it)."""
        start = self.starts[i]
        number_from = start
        text, append = self.text, self.tokens.append
        if value["pilcrow_at"] is not None:
            number_from = start + value["number_at"]
            append(Token(K.PILCROW, start, number_from, text[start:number_from]))
        text_at = start + value["text_at"]
        append(Token(K.PARAGRAPH, number_from, text_at, text[number_from:text_at], value))
        if not found_cb and value["number"] <= 2 and "LASSIF" in line.upper():
            if self.split_classified_by(i, line, start, stop, text_at):
                return True
        if stop > text_at:
            append(Token(K.TEXT, text_at, stop, text[text_at:stop]))
        return found_cb

    def split_classified_by(self, i: int, line: str, start: int, stop: int, text_from: int | None) -> bool:
        """The 1990s form: the statement inside paragraph 1 (``CLASSIFIED BY DCM ... 1.5 (D).``)."""
        label = classified_by.find_label(line, (text_from - start) if text_from is not None else 0)
        if not label:
            return False
        cut = start + label[0]
        if text_from is not None and text_from < cut:
            self.emit(K.TEXT, text_from, cut)
        last = self.statement_end(i, cut)
        statement = self.text[cut:self.ends[last]]
        self.emit(K.CLASSIFIED_BY, cut, stop if last == i else self.stops[last], classified_by.read_statement(statement))
        self.skip_to = last + 1
        return True

    def statement_end(self, i: int, cut: int) -> int:
        """The last line of a Classified By statement inside paragraph 1 (it may wrap twice)."""
        last = i
        while last + 1 < min(self.count, self.body_end) and last - i < 2:
            line = self.lines[last + 1]
            if not line.strip() or paragraphs.read_paragraph_start(line):
                break
            if classified_by.normalise_reasons(self.text[cut:self.ends[last]]) \
                    and not classified_by.continues_reasons(line):
                break
            last += 1
        return last

    # -- tail ------------------------------------------------------------------------------
    def find_tail(self, body_start: int) -> tuple[int, int | None]:
        """The first line of the tail (signature, trailers) and, for a glued signer, its offset."""
        j = self.count - 1
        floor, seen = self.count, 0
        while floor > body_start and seen < 15:          # the last 15 lines that are not blank
            floor -= 1
            seen += bool(self.lines[floor].strip())
        while j >= floor and (not self.lines[j].strip() or signature.is_trailer(self.lines[j])):
            j -= 1
        if j < floor or j < body_start:
            return max(j + 1, body_start), None
        line = self.lines[j]
        if signature.read_signer_line(line):
            k = j - 1
            if k >= body_start and signature.read_signer_line(self.lines[k]) and self.lines[k].strip().isupper() \
                    and len(self.lines[k].split()) == 1 and not self.lines[k - 1].strip():
                j = k
            return j, None
        glued = signature.find_glued_signer(line)
        if glued:
            return j, self.starts[j] + glued[0]
        return j + 1, None

    def lex_tail(self, i: int, glued_at: int | None) -> None:
        if glued_at is not None:
            name = self.text[glued_at:self.ends[i]].strip()
            if signature.DATA_ROW_TAIL.search(self.lines[i]):
                name = name.split()[0]
            self.emit(K.SIGNATURE, glued_at, self.stops[i], {"name": name})
            i += 1
        while i < self.count:
            line = self.lines[i]
            if not line.strip():
                i = self.emit_blank(i)
                continue
            name = signature.read_signer_line(line)
            if name and not signature.is_trailer(line):
                self.emit_lines(K.SIGNATURE, i, i, {"name": name})
            elif signature.is_trailer(line):
                self.emit_lines(K.TRAILER, i, i)
            else:
                self.emit_lines(K.TEXT, i, i)
            i += 1

    # -- summary spans ---------------------------------------------------------------------
    def mark_summary(self) -> None:
        """Split SUMMARY open/close keywords out of the running text of the first paragraphs."""
        tokens, text = self.tokens, self.text
        upper = summary.capitals(text)
        paragraph, text_kind = K.PARAGRAPH, K.TEXT
        for index, token in enumerate(tokens):
            kind = token.kind
            if kind is paragraph and token.value["number"] > 4:
                return
            if kind is not text_kind:
                continue
            m = summary.find_open(text, token.start, min(token.end, token.start + 40), upper)
            if m and text[token.start:m.start()].strip(" -=*\t\r\n(") == "" or \
                    (m and _after_heading(text[token.start:m.start()])):
                self._split(index, m.start(), m.end(), {"role": "open"})
                return self._mark_close(index, upper)
            close = summary.find_close(text, token.start, token.end, upper)
            if close:
                self._split(index, close.start(), close.end(), {"role": "close"})
                return
        return

    def _mark_close(self, index: int, upper: str | None) -> None:
        for j in range(index, len(self.tokens)):
            token = self.tokens[j]
            if token.kind != K.TEXT:
                continue
            close = summary.find_close(self.text, token.start, token.end, upper)
            if close:
                self._split(j, close.start(), close.end(), {"role": "close"})
                return

    def _split(self, index: int, start: int, end: int, value: dict) -> None:
        token = self.tokens[index]
        parts = []
        if start > token.start:
            parts.append(Token(K.TEXT, token.start, start, self.text[token.start:start]))
        parts.append(Token(K.SUMMARY, start, end, self.text[start:end], value))
        if token.end > end:
            parts.append(Token(K.TEXT, end, token.end, self.text[end:token.end]))
        self.tokens[index:index + 1] = parts
        added = len(parts) - 1           # the zone indexes after the split token move along
        self.body_at += added if index < self.body_at else 0
        self.tail_at += added if index < self.tail_at else 0


def _seal(tokens: list[Token], text: str) -> int:
    """Make the tokens cover ``text`` exactly, whatever a tokenizer did; returns the repairs made.

    A gap becomes a TEXT token and an overlap is trimmed, so no character is ever lost or doubled.
    The count is zero on every cable of the corpus (a test holds it there).
    """
    position = 0
    for token in tokens:           # the common case: the tokens tile the text already
        if token.start != position:
            break
        position = token.end
    else:
        if position == len(text):
            return 0
    repairs, position, out = 0, 0, []
    for token in tokens:
        if token.start > position:
            out.append(Token(K.TEXT, position, token.start, text[position:token.start]))
            repairs += 1
        elif token.start < position:
            repairs += 1
            if token.end <= position:
                continue
            token = Token(token.kind, position, token.end, text[position:token.end], token.value)
        out.append(token)
        position = token.end
    if position < len(text):
        out.append(Token(K.TEXT, position, len(text), text[position:]))
        repairs += 1
    if repairs:
        tokens[:] = out
    return repairs


def _after_heading(before: str) -> bool:
    """``Summary`` after a short heading word in a paragraph (``1.  Summary:`` / ``(SBU) Summary``)."""
    return len(before) < 12 and before.strip().startswith("(") and before.strip().endswith(")")


def _accept_number(value: dict, last: int) -> bool:
    """A marked number always opens a paragraph; an unmarked one only as the next in sequence."""
    number = value["number"]
    if value["marking"] is not None:
        return True
    return number == last + 1 or (last == 0 and number <= 2)


def _banner_field(line: str) -> tuple[int, dict | None]:
    """Where a banner starts as a field of a data row (after a tab, or after ``",`` in a CSV row),
    and the banner read there.

    ``…PRIORITY<TAB>C O N F I D E N T I A L SECTION 01 OF 02 BERN 001280``;
    ``…BUENOS AIRES 6302",S E C R E T STATE 030927 ""NOFORN``. Returns ``(0, None)`` when there is none.
    """
    for m in FIELD_SEPARATOR.finditer(line, concurrent=False):
        field = line[m.end():]
        if field[:1] in BANNER_HEADS and "\t" not in field and (value := banner.read_banner(field)):
            return m.end(), value
        if m.end() > 1000:
            break
    return 0, None


class _HeaderState:
    """Reads header lines in order: which addressee block (TO, INFO, XMT) is open.

    Once a header has been read, a raw data row or a database record dumped below it
    (``2006-07-10 14:51:00<TAB>06BERN1280<TAB>…``, ``id: 224423`` / ``refid: …`` / ``header:``) repeats
    a header, its own or another cable's: every later line of the zone is that copy (DATA_ROW), so
    that its addressees are not counted twice.
    """

    def __init__(self):
        self.block: str | None = None      # "to" or "info"
        self.routing = False
        self.xmt: str | None = None        # the name excluded last
        self.seen_format = False           # a format line has been read
        self.copying = False               # inside a data row or record dump that repeats a header
        self.resumable: str | None = None  # the block a blank line closed

    def close_block(self) -> None:
        """A blank line: the addressee block ends (a line with a routing indicator may resume it)."""
        self.resumable = self.block or self.resumable
        self.block, self.xmt = None, None

    def read(self, line: str, strict: bool = False):
        if self.copying:
            return K.DATA_ROW, {"fields": None, "copy": True}
        head = line.lstrip()[:1]
        if head == "R" and self.block and header.starts_with_route(line):
            return self._continuation(line)         # RUEHFR/AMEMBASSY PARIS: no format line starts so
        if head in "Tt" and header.is_partial_note(line):
            return K.PARTIAL_NOTE, None
        if head.isdigit() and DATA_ROW.match(line) or head in "idorch-" and header.is_record_field(line):
            self.copying = self.seen_format
            return K.DATA_ROW, {"fields": line.split("\t"), "copy": False}
        value = self._format_line(line, head)
        if value is not None:
            self.seen_format = True
            return value
        if header.is_office_distribution(line):
            return K.OFFICE_DISTRIBUTION, None
        if head == "T" and header.is_telegram_title(line):
            return K.PAGE_HEADER, {"block": None, "title": line.strip()}
        if head in "CSUTL" and (level := banner.read_level_word(line)):
            return K.PAGE_HEADER, {"block": None, "level": level}
        if head in "PTI" and (page := header.read_page_header(line)):
            if page["block"]:
                self.block, self.xmt = page["block"], None
            return K.PAGE_HEADER, page
        if head in "TI" and (opening := header.read_addressee_opening(line)):
            self.block, self.xmt = opening["block"], None
            self.seen_format = True
            return K.ADDRESSEE, {"block": self.block, "addressee": opening["addressee"], "opens": True}
        if (head.isdigit() or head in DATE_STATEMENT_HEADS) and (stated := header.read_date_statement(line)):
            self.copying = self.seen_format and stated["record"]
            return K.HEADER_TEXT, stated
        if not self.block and self.resumable and header.starts_with_route(line):
            self.block = self.resumable
        if self.block:
            return self._continuation(line)
        return (None, None) if strict else (K.HEADER_TEXT, None)

    def _format_line(self, line: str, head: str):
        if head == "V" and (m := header.TRANSMISSION_ID.match(line)):
            if self.seen_format:
                self.copying = True
                return K.DATA_ROW, {"fields": None, "copy": True}
            return K.TRANSMISSION_ID, {"id": m.group(1)}
        if head in "ZOPRN" and (value := header.read_routing(line)):
            self.routing = True
            return K.ROUTING, value
        if head == "R" and self.routing and not self.block and (value := header.read_routing_continuation(line)):
            return K.ROUTING, value
        if head == "D" and (value := header.read_de(line)):
            self.routing = False
            return K.DE, value
        if head == "Z" and (value := header.read_security(line)):
            return K.SECURITY, value
        if head in "ZOPR" and (value := header.read_dtg_line(line)):
            self.routing = False
            return K.DTG, value
        if head.isdigit() and (value := header.read_bare_dtg(line)):
            return K.DTG, value
        if head == "F" and (value := header.read_fm(line)):
            self.block = None
            return K.FM, value
        if head in "XTI" and (value := header.read_xmt(line)):
            if value["block"]:
                self.block = value["block"]
            self.xmt = value["name"]
            return K.XMT, value
        return None

    def _continuation(self, line: str):
        """A line inside an addressee block: a new addressee, or more posts excluded by XMT."""
        addressee = header.read_addressee(line)
        if self.xmt is not None and addressee and addressee["route"] is None:
            if addressee["name"] != self.xmt and line.strip() != self.xmt:
                return K.XMT, {"name": line.strip(), "block": None, "continued": True}
        self.xmt = None
        if addressee is None:
            return K.HEADER_TEXT, None
        return K.ADDRESSEE, {"block": self.block, "addressee": addressee, "opens": False}
