"""The routing header: ACP-127 format lines FL1–FL9 as the State Department sends them.

Each reader takes one line of the header (without its line break) and returns the line's value,
or ``None`` when the line is not that element::

    VZCZCXRO6042                              FL1  transmission id
    PP RUEHCHI RUEHDBU RUEHDT ...             FL2  precedence prosign, routing indicators
    DE RUEHMO #5100 2951503                   FL3  station, station serial, filing time
    ZNY CCCCC ZZH                             FL4  security line
    P 221503Z OCT 07                          FL5  precedence and date-time group
    FM AMEMBASSY MOSCOW                       FL6
    TO RUEHC/SECSTATE WASHDC PRIORITY 4779    FL7  (INFO: FL8; continuation lines hold one addressee)
    XMT AMEMBASSY KHARTOUM                    FL9  exclusions from a collective
"""
from __future__ import annotations

from functools import lru_cache

import regex

from .memo import memoised

#: header lines longer than this are not format lines (keeps every pattern cheap)
MAX_LINE = 400

TRANSMISSION_ID = regex.compile(
    r"""
    ^\s*+
    (?P<id>VZCZ[A-Z0-9]{0,12}+)   # V + ZCZC + channel trigraph + sequence number: VZCZCXRO6042
    \s*+$
    """,
    regex.VERBOSE,
)

ROUTING = regex.compile(
    r"""
    ^\s*+
    (?P<prosign>(?P<letter>[ZOPRN])(?P=letter))   # the precedence prosign: ZZ OO PP RR (NN once)
    (?P<indicators>(?:\s++R[A-Z0-9]{3,8}+)++)     # routing indicators: RUEHCHI RUEHDBU ...
    \s*+$
    """,
    regex.VERBOSE,
)

ROUTING_CONTINUATION = regex.compile(
    r"""
    ^\s*+
    (?P<indicators>R[A-Z0-9]{3,8}+(?:\s++R[A-Z0-9]{3,8}+)*+)   # a line of routing indicators only
    \s*+$
    """,
    regex.VERBOSE,
)

DE = regex.compile(
    r"""
    ^\s*+DE\s++
    (?P<station>R[A-Z0-9]{2,8}+)      # the originating station: RUEHMO
    \s*+\#\s*+(?P<ssn>[0-9]{1,5}+)       # station serial number: #5100
    (?:/(?P<section>[0-9]{1,3}+))?+      # section of a multi-section cable: /01
    (?:\s++(?P<filing>[0-9]{7}))?+       # Julian filing time DDDHHMM: 2951503
    (?P<rest>.*+)$
    """,
    regex.VERBOSE,
)

SECURITY = regex.compile(
    r"""
    ^\s*+
    (?P<signal>ZN[RY])\s++            # the security warning operating signal
    (?P<letters>[A-Z]{5})             # classification letter five times: CCCCC
    (?:/(?P<specat>[A-Z]{5}))?+       # military SPECAT suffix
    (?P<rest>.*+)$                    # further operating signals, notes: ZZH (CCY ...)
    """,
    regex.VERBOSE,
)

DTG_LINE = regex.compile(
    r"""
    ^\s*+
    (?P<action>[ZOPR])                  # action precedence letter
    (?:\s++(?P<info>[ZOPR]))?+          # information precedence letter, when it differs
    \s++
    (?P<dtg>
      (?P<day>[0-9]{2})(?P<hour>[0-9]{2})(?P<minute>[0-9]{2})Z   # DDHHMMZ
      \s++(?P<month>[A-Z]{3})                            # MON
      \s++(?P<year>[0-9]{4}|[0-9]{2})                          # YY
    )
    (?![0-9])
    (?P<rest>.*+)$                      # operating signals: ZDK, ZFR CTG ..., //ZEL//
    """,
    regex.VERBOSE,
)

BARE_DTG_LINE = regex.compile(
    r"""
    ^\s*+
    (?P<dtg>
      (?P<day>[0-9]{2})(?P<hour>[0-9]{2})(?P<minute>[0-9]{2})Z   # a DTG alone on its line: 070028Z Apr 04
      \s++(?P<month>(?i:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC))
      \s++(?P<year>[0-9]{4}|[0-9]{2})
    )
    \s*+$
    """,
    regex.VERBOSE,
)

GLUED_DTG = regex.compile(
    r"""
    (?<![A-Z0-9])
    [ZOPR](?:\ [ZOPR])?+\ ++              # precedence letters of a transmission header run into text
    (?P<dtg>
      (?P<day>[0-9]{2})(?P<hour>[0-9]{2})(?P<minute>[0-9]{2})Z
      \ ++(?P<month>JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)
      \ ++(?P<year>[0-9]{2})
    )
    \s++FM\ ++[A-Z]                       # followed by its FM line: O 271459Z SEP 00 FM AMEMBASSY HARARE
    """,
    regex.VERBOSE,
)

MONTH_NAMES = ("JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER",
               "NOVEMBER", "DECEMBER")

DATE_STATEMENT = regex.compile(
    r"""
    ^\s*+
    (?:
        (?:ID:\s*+[0-9]{1,9}+\s*+)?+Cable\ dated:\s*+       # an archive's date line: Cable dated:2002-11-15T12:40:00
        (?P<iso>(?P<iso_year>[0-9]{4})-[0-9]{2}-[0-9]{2})(?:T[0-9]{2}:[0-9]{2}(?::[0-9]{2})?+)?+\]?+
      | date:\ (?P<month>[0-9]{1,2})/(?P<day>[0-9]{1,2})/(?P<slash_year>[0-9]{4})   # a record dump: date: 4/7/2004 0:28
        (?:\ [0-9]{1,2}:[0-9]{2})?+\s*+$
      | (?P<alone_year>[0-9]{4})-[0-9]{2}-[0-9]{2}(?:\ [0-9]{2}:[0-9]{2}(?::[0-9]{2})?+)?+\s*+$   # a date alone: 2000-06-07
      | (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\ ++[0-9]{1,2}\ ++            # Thursday, 13 August 2009, 08:54
        (?P<month_name>[A-Z][a-z]{2,8}+)\ ++(?P<weekday_year>[0-9]{4})\b
      | Date:\s++(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s++[A-Z][a-z]{2}\s++[0-9]{1,2}   # Date: Fri Jun 16 10:23:00 2006
        \s++[0-9]{2}:[0-9]{2}(?::[0-9]{2})?+\s++(?P<mail_year>[0-9]{4})\b
    )
    """,
    regex.VERBOSE,
)

#: how a date statement opens after its indent (a date alone opens with a digit): a cheap test
#: that lets ``DATE_STATEMENT`` see only the lines that may be one
DATE_STATEMENT_OPENINGS = ("ID:", "Cable dated:", "date:", "Date:", "Monday,", "Tuesday,", "Wednesday,",
                           "Thursday,", "Friday,", "Saturday,", "Sunday,")

FM = regex.compile(
    r"""
    ^\s*+FM\s++
    (?P<name>\S(?:.*\S)?+)  # the sender's plain-language address: AMEMBASSY MOSCOW
    \s*+$
    """,
    regex.VERBOSE,
)

ADDRESSEE_OPENING = regex.compile(
    r"""
    ^\s*+
    (?P<block>TO|INFO)     # the FL7 or FL8 keyword
    (?:\s++|$)
    (?P<rest>.*+)$         # the first addressee
    """,
    regex.VERBOSE,
)

XMT = regex.compile(
    r"""
    ^\s*+
    (?:(?P<block>TO|INFO)\s++)?+   # a lone "INFO XMT ..." names no addressee
    XMT(?:\s|/)\s*+                # the exemption keyword
    (?P<name>(?:.*\S)?+)\s*+$      # the excluded post
    """,
    regex.VERBOSE,
)

PAGE_HEADER = regex.compile(
    r"""
    ^\s*+(?:(?P<block>TO|INFO)\s++)?+   # a page break can even intrude into the TO or INFO line
    PAGE\s++[0-9]{1,3}+                    # PAGE 02
    (?:\s.*+)?$            # origin, serial, section, time
    """,
    regex.VERBOSE,
)

RECORD_FIELD = regex.compile(
    r"""
    ^\s*+
    (?:
        (?:id|date|refid|origin|classification|destination|header):(?:\s|$)   # a record dump: refid: 09ASUNCION561
      | -{5,}+\ header\ ends\ -{5,}+                                        # its closing rule
    )
    """,
    regex.VERBOSE,
)

TELEGRAM_TITLE = regex.compile(
    r"""
    ^\s*+Telegram                    # a telegram viewer's title run into the first line:
    (?=Restricted|[CSUT]\ ?[A-Z])    # TelegramRestricted by caption. …, TelegramC O N F …
    """,
    regex.VERBOSE,
)

PARTIAL_NOTE = regex.compile(
    r"""
    ^\s*+This\ record\ is\ a\ partial\ extract   # the archive's note on cables without header
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

OFFICE_DISTRIBUTION = regex.compile(
    r"""
    ^\s*+
    (?:
        (?:ACTION|INFO|ORIGIN)\s++[A-Z]{1,6}+-[0-9]{2}   # office symbols with counts: INFO  LOG-00
      | [A-Z]{1,6}+-[0-9]{2}(?:\s|$)                     # a continuation line of them
      | (?:DRAFTED|APPROVED|CLEARED)\s++BY\b          # drafting office lines
      | -{4,}+                                         # the dashed line with a number and time
      | (?:\([A-Z]{1,6}+\)\s*+)?+/[0-9]{3}[A-Z]?\b          # the count at the end of the list: (TEDE) /000R
      | [0-9]{5,7}+\s*+$                                  # the serial alone under it: 063860
      | SOURCE:|DISTRIBUTION:|DISSEMINATION:|CHARGE:   # distribution stamps
    )
    """,
    regex.VERBOSE,
)

PRECEDENCE_WORDS = ("NIACT IMMEDIATE", "IMMEDIATE", "PRIORITY", "ROUTINE", "FLASH")
PRECEDENCE_FUZZY = {
    word: regex.compile(rf"(?e)(?:{word}){{e<=2}}") for word in ("IMMEDIATE", "PRIORITY", "ROUTINE")
}
ROUTE = regex.compile(
    r"""
    ^(?:(?P<route>R[A-Z0-9]{3,8}+)   # the routing indicator in front of the name
      | ZEN)                          # or ZEN, "served by other means": ZEN/AMEMBASSY RIGA
    \s*+/\s*+                        # and its slash: RUEHC/SECSTATE WASHDC
    """,
    regex.VERBOSE,
)

#: the digits of a message count (MCN): 4779, 0022, 757; a range (one per section) is two of them
MCN_DIGITS = range(3, 9)


@memoised(8192)
def read_addressee(line: str) -> dict | None:
    """``RUEHC/SECSTATE WASHDC PRIORITY 4779`` → route, name, precedence, MCN.

    The MCN is a trailing number of three or more digits (or a range of them, one per section:
    ``NIACT IMMEDIATE 2276-2279`` → 2276); a one- or two-digit number ends a name
    (``RUAYJAA/CTF 72``). ``ZEN/`` in place of a routing indicator marks an addressee served by
    other means; it is no route. Misspelt precedence words (``PRIOITY``) are matched within an edit
    distance of two and must start with the same letter.

    A collective is addressed cable after cable in the same lines, so the reading is memoised;
    each caller gets its own dict.
    """
    text = line.strip()
    if not text or len(text) > MAX_LINE:
        return None
    route = None
    m = ROUTE.match(text) if text[0] in "RZ" else None
    if m:
        (route,), text = m.groups(), text[m.end():]
    words = text.split()
    mcn = None
    if len(words) > 1 and words[-1][0] in "0123456789" and (count := message_count(words[-1])) is not None:
        mcn = count
        words.pop()
    precedence = None
    if len(words) > 2 and " ".join(words[-2:]) == "NIACT IMMEDIATE":
        precedence = "NIACT IMMEDIATE"
        del words[-2:]
    elif len(words) > 1:
        precedence = precedence_word(words[-1])
        if precedence:
            words.pop()
    name = " ".join(words)
    if not name:
        return None
    return {"route": route, "name": name, "precedence": precedence, "mcn": mcn}


def message_count(word: str) -> int | None:
    """The MCN a word states: ``4779`` → 4779, ``2276-2279`` (a range, one per section) → 2276.

    A word of the line (no whitespace in it) is tested with str methods: three to eight ASCII digits,
    or two such runs joined by a dash; ``72`` and ``39LG`` are no MCN.
    """
    count, dash, last = word.partition("-")
    if len(count) not in MCN_DIGITS or not (count.isascii() and count.isdigit()):
        return None
    if dash and (len(last) not in MCN_DIGITS or not (last.isascii() and last.isdigit())):
        return None
    return int(count)


@lru_cache(maxsize=4096)
def precedence_word(word: str) -> str | None:
    """The precedence word ``word`` stands for, tolerating typos: ``PIORITY`` → ``PRIORITY``.

    Memoised by word: the last word of most addressee lines is a place (``WASHDC``) or a
    precedence, and the fuzzy patterns are the dearest test of the line."""
    if word in PRECEDENCE_WORDS:
        return word
    if not 6 <= len(word) <= 11 or not word.isalpha() or not word.isupper():
        return None
    for canonical, pattern in PRECEDENCE_FUZZY.items():
        if word[0] == canonical[0] and pattern.fullmatch(word):
            return canonical
    return None


@memoised(4096)
def read_routing(line: str) -> dict | None:
    """``PP RUEHCHI RUEHDBU ...`` → the prosign and the routing indicators.

    Memoised (a post routes its cables over the same relays); each caller gets its own dict and list.
    """
    if len(line) > MAX_LINE or not _opens_with(line, ("ZZ", "OO", "PP", "RR", "NN")):
        return None
    m = ROUTING.match(line)
    if not m:
        return None
    prosign, _, indicators = m.groups()
    return {"prosign": prosign, "indicators": indicators.split()}


def read_routing_continuation(line: str) -> dict | None:
    m = ROUTING_CONTINUATION.match(line) if len(line) <= MAX_LINE else None
    return {"prosign": None, "indicators": m["indicators"].split()} if m else None


def read_de(line: str) -> dict | None:
    m = DE.match(line) if len(line) <= MAX_LINE and _opens_with(line, "DE") else None
    if not m:
        return None
    station, ssn, section, filing, rest = m.groups()
    return {"station": station, "ssn": ssn, "section": section, "filing": filing, "rest": rest.strip()}


@memoised(1024)
def read_security(line: str) -> dict | None:
    """``ZNY CCCCC ZZH`` → signal, letters, SPECAT, rest; memoised (a handful of lines), a dict per caller."""
    m = SECURITY.match(line) if len(line) <= MAX_LINE and _opens_with(line, "ZN") else None
    if not m:
        return None
    signal, letters, specat, rest = m.groups()
    return {"signal": signal, "letters": letters, "specat": specat, "rest": rest.strip()}


def read_dtg_line(line: str) -> dict | None:
    """``P 221503Z OCT 07`` → the precedence letters and the date-time group."""
    m = DTG_LINE.match(line) if len(line) <= MAX_LINE and line.lstrip()[1:2].isspace() else None
    if not m:
        return None
    action, info, dtg, day, hour, minute, month, year, rest = m.groups()
    return {"action": action, "info": info, "dtg": dtg, "day": day, "hour": hour, "minute": minute,
            "month": month, "year": year, "rest": rest.strip()}


def read_bare_dtg(line: str) -> dict | None:
    """A DTG alone on a line, as partial extracts give it: ``070028Z Apr 04``."""
    m = BARE_DTG_LINE.match(line) if len(line) <= 40 else None
    if not m:
        return None
    return {"action": None, "info": None, "dtg": m["dtg"], "day": m["day"], "hour": m["hour"],
            "minute": m["minute"], "month": m["month"].upper(), "year": m["year"], "rest": ""}


def find_glued_dtg(text: str) -> dict | None:
    """The DTG of a transmission header run into text (``... /38 O 271459Z SEP 00 FM AMEMBASSY HARARE``).

    Legacy multi-section extracts glue the header of section 2 into the running text; its DTG
    states the cable's date. A DTG cited in prose (``SECDEF R162245Z OCT 08``) has no FM after it.
    """
    m = GLUED_DTG.search(text[:4000]) if "FM" in text else None
    if not m:
        return None
    return {"dtg": m["dtg"], "day": m["day"], "hour": m["hour"], "minute": m["minute"], "month": m["month"],
            "year": m["year"]}


def read_date_statement(line: str) -> dict | None:
    """A line that states the cable's date outside the DTG, with the year it gives.

    ``Cable dated:2002-11-15T12:40:00`` (archive note, often glued to the banner),
    ``date: 4/7/2004 0:28`` (record dump), ``2000-06-07`` alone, ``Thursday, 13 August 2009, 08:54``
    (newspaper date line). The end of the match is where the statement stops on the line; ``record``
    says the date stands alone, as the date field of a record dumped one field a line.
    """
    if not _may_state_date(line):
        return None
    m = DATE_STATEMENT.match(line[:300])
    if not m:
        return None
    if m["month_name"] and m["month_name"].upper() not in MONTH_NAMES:
        return None
    year = m["iso_year"] or m["slash_year"] or m["alone_year"] or m["weekday_year"] or m["mail_year"]
    if not 1950 <= int(year) <= 2099:
        return None
    return {"date_text": m.group().strip(), "year": int(year), "end": m.end(), "record": bool(m["alone_year"])}


@memoised(2048)
def read_fm(line: str) -> dict | None:
    """``FM AMEMBASSY MOSCOW`` → the sender; memoised (a post sends cable after cable), a dict per caller."""
    m = FM.match(line) if len(line) <= MAX_LINE and _opens_with(line, "FM") else None
    return {"name": m.group(1)} if m else None


def read_addressee_opening(line: str) -> dict | None:
    """``TO RUEHC/SECSTATE WASHDC PRIORITY 4779`` → the block and its first addressee."""
    m = ADDRESSEE_OPENING.match(line) if len(line) <= MAX_LINE and _opens_with(line, ("TO", "INFO")) else None
    if not m:
        return None
    block, rest = m.groups()
    return {"block": block.lower(), "addressee": read_addressee(rest)}


def read_xmt(line: str) -> dict | None:
    m = XMT.match(line) if len(line) <= MAX_LINE and "XMT" in line else None
    return {"name": m["name"], "block": (m["block"] or "").lower() or None} if m else None


def read_page_header(line: str) -> dict | None:
    """A legacy page header inside the header: ``PAGE 02 STATE 015113 182333Z``.

    When it intrudes into the opening line of an addressee block (``TO PAGE 02 …``,
    09STATE15113), ``block`` names that block: the addressees follow on the next lines.
    """
    m = PAGE_HEADER.match(line) if len(line) <= MAX_LINE and "PAGE" in line else None
    return {"block": (m["block"] or "").lower() or None} if m else None


def is_page_header(line: str) -> bool:
    return read_page_header(line) is not None


def _opens_with(line: str, prefix: str | tuple[str, ...]) -> bool:
    """A cheap test before a pattern that opens with ``^\\s*+`` and a keyword: ``DE``, ``FM``, ``TO``.

    (Whatever ``\\s`` matches ``str.lstrip`` strips, so no line the pattern takes is turned away.)
    """
    return line.lstrip().startswith(prefix)


@lru_cache(maxsize=8192)
def starts_with_route(line: str) -> bool:
    """Whether the line opens with a routing indicator and its slash: ``RUEKJCS/SECDEF WASHDC``.

    Memoised by line, as ``read_addressee`` is: the lines of a collective come back cable after cable."""
    text = line.strip()[:20]
    return text[:1] == "R" and ROUTE.match(text) is not None     # (ZEN/ is no routing indicator)


def is_record_field(line: str) -> bool:
    """A line of a database record dumped into the header (``refid: 09ASUNCION561``, ``header:``)."""
    return len(line) <= MAX_LINE and RECORD_FIELD.match(line) is not None


def stated_year_in(text: str) -> str | None:
    """The year, as written (``00``, ``2009``), that a block of running text states for its cable.

    Looks at a glued transmission header (``O 271459Z SEP 00 FM AMEMBASSY HARARE``) and at lines
    that state a date on their own (``Cable dated:…``, ``2000-06-07``, ``Thursday, 13 August 2009``).
    """
    glued = find_glued_dtg(text)
    if glued:
        return glued["year"]
    head = text[:4000]
    if ":" not in head and "-" not in head and "day," not in head:   # every date statement has one
        return None
    for line in head.splitlines():
        if line[:1] in " \tCIdMTWFS0123456789" and (found := read_date_statement(line)):
            return str(found["year"])
    return None


def _may_state_date(line: str) -> bool:
    """Whether ``line`` opens as a date statement can (``Cable dated:``, ``Thursday,``, a digit)."""
    opening = line.lstrip()
    first = opening[:1]
    return first.isdigit() or first > "\x7f" or opening.startswith(DATE_STATEMENT_OPENINGS)


def is_telegram_title(line: str) -> bool:
    """``TelegramC O N F I D E N T I A L   TRIPOLI   00000453``: a viewer's title line above the header."""
    return "Telegram" in line[:40] and TELEGRAM_TITLE.match(line[:40]) is not None


def is_partial_note(line: str) -> bool:
    return "record" in line.lower() and PARTIAL_NOTE.match(line) is not None


#: the words that open an office distribution line with a list of office symbols: ``INFO  LOG-00``
OFFICE_LIST_WORDS = ("ACTION", "INFO", "ORIGIN")
#: the words that open an office distribution line without a dash, a slash or a number in it
OFFICE_STAMP_WORDS = ("DRAFTED", "APPROVED", "CLEARED", "SOURCE:", "DISTRIBUTION:", "DISSEMINATION:", "CHARGE:")


def is_office_distribution(line: str) -> bool:
    """``INFO  LOG-00 ...``, ``DRAFTED BY ...``, ``/000R``: office symbols and stamps of a received copy.

    Every such line opens with a dash (``----``), a slash or a parenthesis (``/000R``, ``(TEDE) /000R``),
    a number (``063860``), an office symbol's dash within its first seven characters (``LOG-00``), one of
    ``OFFICE_STAMP_WORDS``, or one of ``OFFICE_LIST_WORDS`` with an office symbol's dash further on;
    ``AMEMBASSY LONDON``, ``TO RUEHC/SECSTATE WASHDC`` and ``INFO RUEHZL/EUROPEAN POLITICAL COLLECTIVE``
    are tested no further.
    """
    if len(line) > MAX_LINE:
        return False
    text = line.lstrip()
    if (text[:1] not in "-/(0123456789" and "-" not in text[1:7] and not text.startswith(OFFICE_STAMP_WORDS)
            and not ("-" in text and text.startswith(OFFICE_LIST_WORDS))):
        return False
    return OFFICE_DISTRIBUTION.match(line) is not None
