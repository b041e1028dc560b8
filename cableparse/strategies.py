"""Hypothesis strategies for cables: valid ``Cable`` models and their canonical texts.

For downstream property tests (and ours)::

    from hypothesis import given
    from cableparse.strategies import cables

    @given(cables())
    def test_round_trip(cable):
        assert cableparse.parse(cable.to_text()) == cable

The strategies draw *semantic* values — levels, dates, posts, names, reasons, paragraph words — and
fill the *derived* fields (``Classification.text``, ``ExecutiveOrder.text``, ``Paragraph.line``,
``Cable.reference_id`` ...) the way the format defines them: the banner line as sent, the E.O. line
with its spaces collapsed, the line of the element in the canonical rendering, the id from year,
origin and serial (format doc §5.1). The parser must then recover every drawn value from the text.

Vocabularies are kept to what the format allows in each place: words of running text never begin a
line with a number, a level word or a section marker; subject words never start a terminator
(``REF``, ``TAGS``, ``1.``); ``End Summary.`` never straddles a line break. Importing this module
requires hypothesis (the ``test`` extra); ``cableparse`` itself never imports it.
"""
from __future__ import annotations

import datetime as dt
import functools
import random

from hypothesis import strategies as st

from . import ids
from .markings import CONTROL_CAPTIONS, LEVEL_ORDER, Level
from .models import (Addressee, Cable, Classification, ClassifiedBy, ExecutiveOrder, Paragraph, PortionMarking,
                     Reference, RoutingHeader, Section)
from .render import (layout, wrap_words, render_banner, render_classified_by, render_dtg, render_eo, render_filing_time,
                     render_marking, render_security)

UTC = dt.timezone.utc

# -- vocabularies ------------------------------------------------------------------------------
#: banner origins (the posts as the banner spells them) — one to four words
ORIGINS = ("MOSCOW", "REYKJAVIK", "STATE", "TEL AVIV", "SAO PAULO", "BUENOS AIRES", "NEW DELHI", "TRIPOLI",
           "USNATO", "BERN", "ANKARA", "HO CHI MINH CITY", "PARIS", "TOKYO", "USUN NEW YORK", "KABUL")
#: plain-language addresses of single addressees
PLADS = ("SECSTATE WASHDC", "SECDEF WASHDC", "CIA WASHDC", "NSC WASHDC", "DIA WASHDC", "JOINT STAFF WASHDC",
         "AMEMBASSY MOSCOW", "AMEMBASSY LONDON", "AMEMBASSY TOKYO", "AMEMBASSY BERLIN", "AMCONSUL SAO PAULO",
         "USMISSION USNATO", "USMISSION GENEVA", "HQ USEUCOM VAIHINGEN GE", "CDR USCENTCOM MACDILL AFB FL")
#: collective addressees (the ones XMT exclusions attach to)
COLLECTIVES = ("EUROPEAN POLITICAL COLLECTIVE", "ASEAN MEMBER COLLECTIVE", "ARAB LEAGUE COLLECTIVE",
               "ALL NATO POST COLLECTIVE", "NEAR EAST ASIA COLLECTIVE")
#: posts excluded from a collective by XMT
EXCLUDED_POSTS = ("AMEMBASSY SOFIA", "AMEMBASSY KHARTOUM", "AMEMBASSY ROME", "AMEMBASSY VALLETTA",
                  "AMCONSUL JERUSALEM", "AMEMBASSY TUNIS")
#: routing indicators: R + three to six letters
ROUTES = st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=3, max_size=6).map("R".__add__)
ADDRESSEE_PRECEDENCES = (None, "PRIORITY", "IMMEDIATE", "ROUTINE", "NIACT IMMEDIATE", "FLASH")
PRECEDENCE_LETTERS = {"FLASH": "Z", "IMMEDIATE": "O", "PRIORITY": "P", "ROUTINE": "R"}
SECURITY_LETTERS = {Level.UNCLASSIFIED: "UUUUU", Level.CONFIDENTIAL: "CCCCC", Level.SECRET: "SSSSS",
                    Level.TOP_SECRET: "TTTTT"}

CAPTIONS = ("SIPDIS", "NOFORN", "SENSITIVE", "NODIS", "EXDIS", "LIMDIS", "STADIS", "CHEROKEE")
PASSING_TO = ("DEPT", "USUN", "OSLO", "TREASURY", "USDOC")
PASSING_WHAT = ("EUR/NB", "DATT", "INR/B", "EAP/J", "NEA/ARP AND S/CT", "EUR/RPM, SCA/A")

ORDERS = ("12958", "13526", "12356", "12065")
LEGACY_INSTRUCTIONS = ("OADR", "GDS")
EXEMPTIONS = ("1.6X1", "1.6X6", "25X1", "X1")
EVENTS = ("UPON CLOSURE OF POST", "END OF PROGRAM")

SUBJECT_TAGS = ("PREL", "PGOV", "MARR", "PARM", "ECON", "ETRD", "EFIN", "PHUM", "KDEM", "MOPS", "KPKO", "SNAR",
                "PTER", "ENRG", "EAID", "KNNP", "ASEC", "CVIS")
COUNTRY_TAGS = ("RS", "JA", "IC", "AF", "UK", "FR", "GM", "CH", "IR", "IZ", "KN", "KS", "BR", "LY")

SUBJECT_WORDS = ("ICELAND:", "RUSSIA:", "LIBYA:", "FM", "LAVROV", "CRITICIZES", "US-JAPAN", "MISSILE", "DEFENSE",
                 "COOPERATION", "PEACEKEEPING", "MORE", "CIVILIAN", "LOOK", "ELECTION", "RESULTS", "MINISTER",
                 "VISIT", "ON", "THE", "OF", "AND", "NEW", "GOVERNMENT", "PLANS", "FOR", "ENERGY", "DIALOGUE",
                 "OPPOSITION", "LEADER", "WARNS", "AGAINST", "DELAY", "IN", "TALKS", "WITH", "EU")

REFERENCE_ORIGINS = ("STATE", "MOSCOW", "SAO PAULO", "TRIPOLI", "REYKJAVIK", "USNATO", "BERN", "LONDON")
OTHER_REFERENCES = (("email", "POLOFF-DESK E-MAIL"), ("email", "SMITH/JONES EMAILS"), ("telcon", "TELCON WITH DESK"),
                    ("memo", "MEMO FROM AMBASSADOR"), ("report", "DAO REPORT"), ("other", "PRESIDENTIAL DETERMINATION"))

TITLES = ("Ambassador", "Amb.", "DCM", "Political Counselor", "Charge d'Affaires", "Political Minister-Counselor",
          "Deputy Chief of Mission", "Acting DCM", "Consul General", "Economic Counselor")
FIRST_NAMES = ("Alice", "William", "Carol", "John", "Richard", "Maria", "Robert", "Susan", "Gene", "Louise")
INITIALS = ("G.", "J.", "A.", "M.")
LAST_NAMES = ("Wells", "Burns", "Smith", "Miller", "Jones", "Taylor", "Brown", "Davis", "Cretz", "Huntsman")
REASON_LETTERS = "abcdefgh"

#: running text: never a level word, a keyword, a number or anything starting "sum"
BODY_WORDS = ("the", "minister", "said", "government", "embassy", "talks", "on", "of", "and", "would", "continue",
              "support", "reform", "election", "officials", "noted", "that", "press", "policy", "new", "agreement",
              "with", "opposition", "party", "leaders", "in", "region", "cooperation", "trade", "aid", "Russia",
              "Iceland", "Libya", "Moscow", "MFA", "GOI", "U.S.", "we", "asked", "about", "his", "her", "plans",
              "for", "next", "year", "army", "parliament", "budget", "vote", "week", "Ambassador", "contacts",
              "told", "us", "a", "an", "to", "by", "not", "clear", "whether", "will", "meet")
SIGNERS = ("BURNS", "Burns", "CLINTON", "RICE", "VAN VOORST", "Huntsman", "STEVENS", "O'DONOHUE", "CRETZ")

#: the widest text line of a paragraph, as the terminals wrapped
TEXT_WIDTH = 66


# -- header ------------------------------------------------------------------------------------
@st.composite
def addressees(draw, name=None, excluded: bool = False) -> Addressee:
    """``RUEHC/SECSTATE WASHDC PRIORITY 4779``: an addressee with route, precedence and MCN."""
    collective = name is None and draw(st.booleans()) if excluded else False
    if name is None:
        name = draw(st.sampled_from(COLLECTIVES if collective else PLADS))
    exclusions = []
    if collective and name in COLLECTIVES:
        exclusions = draw(st.lists(st.sampled_from(EXCLUDED_POSTS), max_size=3, unique=True))
    return Addressee(route=draw(ROUTES), name=name, precedence=draw(st.sampled_from(ADDRESSEE_PRECEDENCES)),
                     mcn=draw(st.none() | st.integers(1, 9999)), excluded=exclusions)


def dtgs(min_year: int = 1985, max_year: int = 2010) -> st.SearchStrategy[dt.datetime]:
    """Date-time groups: whole minutes, UTC, within the years of the release."""
    return st.datetimes(min_value=dt.datetime(min_year, 1, 1), max_value=dt.datetime(max_year, 12, 31, 23, 59),
                        timezones=st.just(UTC)).map(lambda d: d.replace(second=0, microsecond=0))


@st.composite
def headers(draw, level: Level = Level.CONFIDENTIAL, serial: int = 1, section: Section | None = None,
            origin: str | None = None) -> RoutingHeader:
    """FL1–FL9 with any of FL1–FL4 left out; FL5, FM and TO are always there.

    The FM line names the post of the banner (``origin``) and the DE serial is the banner serial
    modulo 10,000, as on every real cable.
    """
    dtg = draw(dtgs())
    action = draw(st.sampled_from(tuple(PRECEDENCE_LETTERS)))
    info = draw(st.none() | st.sampled_from(tuple(p for p in PRECEDENCE_LETTERS if p != action)))
    header = RoutingHeader(dtg=dtg, dtg_text=render_dtg(dtg), action_precedence=action, info_precedence=info,
                           sender=Addressee(name=sender_of(origin) if origin else draw(st.sampled_from(PLADS))))
    if draw(st.booleans()):
        header.transmission_id = "VZCZC" + draw(st.sampled_from(("XRO", "XYZ", "TVI"))) + f"{draw(st.integers(0, 9999)):04d}"
    if draw(st.booleans()):
        header.precedence = PRECEDENCE_LETTERS[action] * 2
        header.routing_indicators = draw(st.lists(ROUTES, min_size=1, max_size=14, unique=True))
    if draw(st.booleans()):
        filed_at = dtg + dt.timedelta(minutes=draw(st.integers(0, 180)))
        header.station = draw(ROUTES)
        header.serial = serial % 10000
        header.section = section.number if section is not None else None
        header.filing_time, header.filed_at = render_filing_time(filed_at), filed_at
    if draw(st.booleans()):
        header.security = SECURITY_LETTERS[level]
        header.security_line = render_security(header.security)
        if _has_field(header, "security_signal"):
            header.security_signal = header.security_line.split()[0]
    header.to = draw(st.lists(addressees(excluded=True), min_size=1, max_size=4, unique_by=lambda a: a.name))
    header.info = draw(st.lists(addressees(excluded=True), max_size=8, unique_by=lambda a: a.name))
    return header


def sender_of(origin: str) -> str:
    """The FM address of a banner origin: ``STATE`` → ``SECSTATE WASHDC``, ``MOSCOW`` → ``AMEMBASSY MOSCOW``."""
    if origin == "STATE":
        return "SECSTATE WASHDC"
    if origin.startswith("US"):
        return f"USMISSION {origin}"
    return f"AMEMBASSY {origin}"


# -- banner and preamble -----------------------------------------------------------------------
LEVELS = tuple(Level)


@st.composite
def banners(draw, level: Level | None = None) -> dict:
    """A banner's values: level, banner controls (EFTO, LOU), section, origin, serial."""
    level = level or draw(st.sampled_from(LEVELS))
    controls = []
    if level == Level.UNCLASSIFIED:
        controls = draw(st.sampled_from(([], [], ["EFTO"], ["LOU"])))
    section = None
    if draw(st.booleans()):
        total = draw(st.integers(1, 12))
        section = Section(number=draw(st.integers(1, total)), total=total)
    return {"level": level, "controls": controls, "section": section,
            "origin": draw(st.sampled_from(ORIGINS)), "serial": draw(st.integers(1, 999_999))}


def captions(level: Level) -> st.SearchStrategy[list[str]]:
    """Captions of a cable of ``level``: SENSITIVE only on unclassified ones, NOFORN only on classified."""
    allowed = [c for c in CAPTIONS if not (c == "SENSITIVE" and level != Level.UNCLASSIFIED)
               and not (c == "NOFORN" and level == Level.UNCLASSIFIED)]
    return st.lists(st.sampled_from(allowed), max_size=3, unique=True)


def passing_lines() -> st.SearchStrategy[list[str]]:
    """``DEPT FOR EUR/NB``: attention lines between the captions and the E.O. line."""
    line = st.builds(lambda to, what: f"{to} FOR {what}", st.sampled_from(PASSING_TO), st.sampled_from(PASSING_WHAT))
    return st.lists(line, max_size=3, unique=True)


@st.composite
def executive_orders(draw) -> ExecutiveOrder:
    """``E.O. 12958: DECL: 10/18/2017``, ``N/A``, ``OADR``, ``1.6X1`` or an event."""
    order = draw(st.sampled_from(ORDERS))
    kind = draw(st.sampled_from(("date", "date", "na", "legacy", "exemption", "event")))
    declassify_on = None
    if kind == "date":
        declassify_on = draw(st.dates(dt.date(1995, 1, 1), dt.date(2040, 12, 31)))
        written = draw(st.sampled_from(("%m/%d/%Y", "%Y/%m/%d")))
        declassify = declassify_on.strftime(written)
    else:
        pool = {"na": ("N/A",), "legacy": LEGACY_INSTRUCTIONS, "exemption": EXEMPTIONS, "event": EVENTS}[kind]
        declassify = draw(st.sampled_from(pool))
    eo = ExecutiveOrder(order=order, declassify=declassify, declassify_on=declassify_on, kind=kind)
    eo.text = render_eo(eo)[0]
    return eo


def tag_lists() -> st.SearchStrategy[list[str]]:
    """``MARR PARM PREL JA RS``: subject tags then country tags."""
    return st.builds(lambda a, b: a + b, st.lists(st.sampled_from(SUBJECT_TAGS), min_size=1, max_size=6, unique=True),
                     st.lists(st.sampled_from(COUNTRY_TAGS), max_size=4, unique=True))


def subjects() -> st.SearchStrategy[str]:
    """A subject title: upper-case words, as long as three terminal lines at most."""
    return st.lists(st.sampled_from(SUBJECT_WORDS), min_size=1, max_size=24).map(" ".join)


def portion_markings(ceiling: Level, controls: list[str] = (), for_subject: bool = False) -> st.SearchStrategy:
    """A portion marking no higher than the banner's level, with controls the cable carries.

    ``(C)``, ``(S//NF)`` (NOFORN only when the cable is NOFORN), ``(SBU)`` (on SENSITIVE cables),
    ``(C//REL TO USA, GBR)`` (paragraphs only: a subject marking has no room for a list).
    """
    choices = _marking_choices(Level(ceiling), tuple(sorted(controls)), for_subject)
    return st.sampled_from(choices).map(lambda marking: marking.model_copy(deep=True))


@functools.cache
def _marking_choices(ceiling: Level, controls: tuple[str, ...], for_subject: bool) -> tuple[PortionMarking, ...]:
    found = []
    for level in LEVELS:
        if LEVEL_ORDER[level] > LEVEL_ORDER[ceiling]:
            continue
        options: list[list[str]] = [[]]
        if level == Level.UNCLASSIFIED and "SBU" in controls:
            options.append(["SBU"])
        if level != Level.UNCLASSIFIED and "NOFORN" in controls:
            options.append(["NOFORN"])
        if level != Level.UNCLASSIFIED and not for_subject:
            options += [["REL TO USA, GBR"], ["REL TO USA, AUS, CAN"]]
        for marking_controls in options:
            marking = PortionMarking(level=level, controls=marking_controls, text="")
            marking.text = render_marking(marking)
            found.append(marking)
    return tuple(found)


@st.composite
def references(draw, cable_year: int | None = None, own_id: str | None = None) -> list[Reference]:
    """A REF block's items: cables (with or without year, several serials), e-mails, telcons ..."""
    count = draw(st.integers(1, 8))
    lettered = count > 1 or draw(st.booleans())
    found: list[Reference] = []
    for index in range(count):
        label = "ABCDEFGHIJ"[index] if lettered else None
        found += draw(_reference_item(label, cable_year, own_id))
    return found


@st.composite
def _reference_item(draw, label: str | None, cable_year: int | None, own_id: str | None) -> list[Reference]:
    if draw(st.integers(0, 3)) == 0:
        kind, text = draw(st.sampled_from(OTHER_REFERENCES))
        return [Reference(label=label, text=text, kind=kind)]
    year = draw(st.none() | st.integers(1990, 2010).map(lambda y: f"{y % 100:02d}"))
    origin = draw(st.sampled_from(REFERENCE_ORIGINS))
    serials = draw(st.lists(st.integers(100, 999_999), min_size=1, max_size=3, unique=True))
    joiner = " AND " if len(serials) == 2 else ", "    # the lexer reads "1 AND 2 AND 3" as one serial
    text = " ".join(filter(None, (year, origin, joiner.join(str(s) for s in serials))))
    made_year, inferred = (year, False) if year else (cable_year, cable_year is not None)
    found = []
    for serial in serials:
        reference_id = ids.make_reference_id(made_year, origin, serial) if made_year is not None else None
        if reference_id is not None and reference_id == own_id:
            continue
        found.append(Reference(label=label, text=text, kind="cable", reference_id=reference_id, year_inferred=inferred))
    return found


@st.composite
def classified_bys(draw) -> ClassifiedBy:
    """``Classified By: Ambassador Alice G. Wells. Reasons 1.4(b) and (d).``"""
    name = " ".join([draw(st.sampled_from(FIRST_NAMES)), *draw(st.lists(st.sampled_from(INITIALS), max_size=1)),
                     draw(st.sampled_from(LAST_NAMES))])
    letters = draw(st.lists(st.sampled_from(REASON_LETTERS), min_size=1, max_size=4, unique=True))
    reasons = [f"1.4({x})" for x in sorted(letters)]
    if draw(st.integers(0, 4)) == 0:
        reasons.append(f"1.5({draw(st.sampled_from(REASON_LETTERS))})")
    statement = ClassifiedBy(name=name, title=draw(st.sampled_from(TITLES)), reasons=reasons)
    statement.text = render_classified_by(statement)[0]
    return statement


# -- body --------------------------------------------------------------------------------------
def sentences(upper: bool = False) -> st.SearchStrategy[str]:
    """A sentence of running text: a capital first word, a period at the end.

    The words come from a seeded generator (one drawn integer a sentence) rather than one draw a
    word: paragraphs are filler here, and 40 of them a cable would otherwise dominate the time.
    """
    return st.integers(0, 2**32 - 1).map(lambda seed: _sentence(random.Random(seed), upper))


def _sentence(chooser: random.Random, upper: bool) -> str:
    text = " ".join(chooser.choice(BODY_WORDS) for _ in range(chooser.randint(2, 18)))
    text = text[0].upper() + text[1:] + "."
    return text.upper() if upper else text


def wrap_text(units: list[str], width: int = TEXT_WIDTH) -> str:
    """Units (words, or phrases kept whole such as ``End Summary.``) filled into lines."""
    return "\n".join(wrap_words(units, width))


def paragraph_texts(upper: bool = False, summary: bool = False) -> st.SearchStrategy[tuple[str, str | None]]:
    """A paragraph's text (wrapped lines) and, when it opens with one, its summary.

    One drawn integer seeds the words (see ``sentences``); a summary paragraph reads
    ``Summary: ... End Summary.`` with ``End Summary.`` kept on one line.
    """
    def make(seed: int) -> tuple[str, str | None]:
        chooser = random.Random(seed)
        body = [_sentence(chooser, upper) for _ in range(chooser.randint(1, 5))]
        units = " ".join(body).split(" ")
        if not summary:
            return wrap_text(units), None
        opening, closing = ("SUMMARY:", "END SUMMARY.") if upper else ("Summary:", "End Summary.")
        tail = " ".join(_sentence(chooser, upper) for _ in range(chooser.randint(0, 2))).split()
        return wrap_text([opening, *units, closing, *tail]), " ".join(units)
    return st.integers(0, 2**32 - 1).map(make)


@st.composite
def paragraphs(draw, level: Level = Level.CONFIDENTIAL, controls: list[str] = (), *, min_size: int = 1,
               max_size: int = 40, summary: bool = False, upper: bool = False) -> list[Paragraph]:
    """Numbered paragraphs 1..n, marked no higher than ``level`` (an unclassified cable may go unmarked)."""
    count = draw(st.integers(min_size, max_size))
    marked = level != Level.UNCLASSIFIED or draw(st.booleans())
    out = []
    for number in range(1, count + 1):
        text, _ = draw(paragraph_texts(upper, summary and number == 1))
        marking = draw(portion_markings(level, controls)) if marked else None
        out.append(Paragraph(number=number, marking=marking, text=text))
    out[-1].text = _last_line_unlike_a_signer(out[-1].text)
    return out


def _last_line_unlike_a_signer(text: str) -> str:
    """Words moved down so that the cable's last text line holds four or more words.

    A line of one to three capitalised words (``AGREEMENT ABOUT.``) just before the end is what a
    signer's name looks like (``VAN VOORST``), and the parser rightly reads it so.
    """
    lines = text.split("\n")
    while len(lines) > 1 and len(lines[-1].split()) < 4:
        words = lines[-2].split()
        if len(words) <= 2:
            lines[-2:] = [" ".join(words + lines[-1].split())]
            continue
        cut = -2 if words[-1].upper() == "SUMMARY." else -1     # "End Summary." stays on one line
        lines[-2], lines[-1] = " ".join(words[:cut]), " ".join(words[cut:] + lines[-1].split())
    return "\n".join(lines)


# -- the cable ---------------------------------------------------------------------------------
@st.composite
def cables(draw, *, with_header: bool | None = None, levels=LEVELS, max_paragraphs: int = 40) -> Cable:
    """A valid cable: what the parser gives for its canonical text (``parse(c.to_text()) == c``)."""
    banner = draw(banners(draw(st.sampled_from(tuple(levels)))))
    level = banner["level"]
    cable_captions = draw(captions(level))
    controls = list(dict.fromkeys(banner["controls"] + [CONTROL_CAPTIONS[c] for c in cable_captions
                                                       if c in CONTROL_CAPTIONS]))
    has_header = draw(st.booleans()) if with_header is None else with_header
    header = draw(headers(level, banner["serial"], banner["section"], banner["origin"])) if has_header else None
    cable_year = header.dtg.year if header is not None else None
    reference_id = ids.make_reference_id(cable_year, banner["origin"], banner["serial"]) if cable_year else None
    upper = draw(st.booleans())
    has_summary = draw(st.booleans())
    body = draw(paragraphs(level, controls, max_size=max_paragraphs, summary=has_summary, upper=upper))
    summary = None
    if has_summary:
        _, summary = _summary_of(body[0].text)
    cable = Cable(
        reference_id=reference_id, header=header,
        classification=Classification(level=level, controls=controls),
        section=banner["section"], origin=banner["origin"], serial=banner["serial"],
        captions=cable_captions, passing=draw(passing_lines()),
        eo=draw(executive_orders()) if draw(st.integers(0, 4)) else None, tags=draw(tag_lists() | st.just([])),
        subject=draw(st.none() | subjects()),
        references=draw(st.just([]) | references(cable_year, reference_id)),
        classified_by=draw(classified_bys()) if level != Level.UNCLASSIFIED and draw(st.booleans()) else None,
        summary=summary, paragraphs=body, signers=draw(st.lists(st.sampled_from(SIGNERS), max_size=1)),
    )
    if cable.subject is not None and draw(st.booleans()):
        cable.subject_marking = draw(portion_markings(level, controls, for_subject=True))
    cable.signers = [" ".join(s.upper().split()) for s in cable.signers]
    cable.classification.text = render_banner(cable)
    return place(cable)


def _summary_of(text: str) -> tuple[int, str]:
    """The words between the opening ``Summary:`` and ``End Summary.`` of a drawn paragraph."""
    flat = " ".join(text.split())
    opening = flat.index(":") + 1
    closing = flat.upper().index("END SUMMARY.")
    return opening, flat[opening:closing].strip()


def place(cable: Cable) -> Cable:
    """Fill the positional fields (``line``) with the lines where the canonical render puts each element."""
    where = layout(cable)

    def line_of(role: str, index: int = 0) -> int | None:
        lines = where.get(role, [])
        return lines[index] if index < len(lines) else None

    if cable.classification is not None and _has_field(cable.classification, "line"):
        cable.classification.line = line_of("banner")
    if cable.section is not None and _has_field(cable.section, "line"):
        cable.section.line = line_of("banner")
    if cable.eo is not None and _has_field(cable.eo, "line"):
        cable.eo.line = line_of("eo")
    if _has_field(cable, "subject_line") and (cable.subject is not None or cable.subject_marking is not None):
        cable.subject_line = line_of("subject")
    if cable.classified_by is not None:
        cable.classified_by.line = line_of("classified_by")
    if cable.header is not None and cable.header.security and _has_field(cable.header, "security_line_number"):
        cable.header.security_line_number = line_of("fl4")
    for index, paragraph in enumerate(cable.paragraphs):
        paragraph.line = line_of("paragraph", index)
    return cable


def _has_field(model, name: str) -> bool:
    return name in type(model).model_fields


def cable_texts(**options) -> st.SearchStrategy[str]:
    """The canonical texts of drawn cables."""
    return cables(**options).map(lambda cable: cable.to_text())


__all__ = ["addressees", "banners", "cable_texts", "cables", "captions", "classified_bys", "dtgs", "executive_orders",
           "headers", "paragraph_texts", "paragraphs", "passing_lines", "place", "portion_markings", "references",
           "sentences", "subjects", "tag_lists"]
