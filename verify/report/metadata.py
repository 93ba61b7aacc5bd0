"""Cover-page facts: authority, framework, dates, lead inspector, team, earlier inspections.

Each reader is a pure function of the report text, tolerant of the wording of every
era (2013 'Reporting inspector', SIF 'Inspection date: ... Report published: ...',
ILACS 'Inspection dates: 5 to 16 December 2022').
"""

from __future__ import annotations

import re
from datetime import date

from verify.report.judgements import opening
from verify.types import Framework, Grade, InspectionType, Judgement, PreviousInspection, Team
from verify.words.dates import parse_dates
from verify.words.grades import ANY_GRADE_RE, grade_of
from verify.words.numbers import MONTH, number
from verify.words.sentences import sentence_around

SHORT_INSPECTION_DAYS = 7
"""ILACS short inspections are one week on site; standard ones two."""

TITLE_CHARS = 400
"""The report's title and date lines, where the framework's wording is printed."""

_ILACS_2026 = date(2026, 4, 1)
_ILACS_2023 = date(2023, 1, 1)
_WORD = r"(?!(?:Her|His|HMI|Senior|Deputy|Team|Shadow|Ofsted|Report)\b)[A-ZÀ-Ý](?:[\w’'\-]+|\b)"
_HMI = r"(?:Her|His) Majesty(?:’|')s Inspectors"
"""'Her Majesty's Inspectors' until September 2022, 'His Majesty's' since."""
_NAME = rf"({_WORD}(?:\s*-\s*\w+)?(?:\s+(?:{_WORD}|de|van|von|le|da)){{1,4}})"


# --------------------------------------------------------------------------- authority


def authority(text: str) -> str:
    """The council's short name: 'Blackpool' from 'Blackpool Borough Council' and kin."""
    head = opening(text)[:600]
    match = (
        re.search(
            r"Inspection of (.+?) (?:local authority children|Children and Families Trust)", head
        )
        or re.search(r"looked after children services (.+?) Inspection date", head)
        or re.match(
            r"(.+?) (?:Safeguarding Children Board )?(?:Re-?inspection|Inspection|Review) of",
            head,
        )
    )
    return _short_name(match.group(1) if match else head.split(" Inspection")[0][:60])


def _short_name(name: str) -> str:
    name = re.sub(
        r"^(?:The |London Borough of |Royal Borough of |City of |Council of the )", "", name.strip()
    )
    name = re.sub(
        r"(?:\s+(?:Metropolitan|Borough|City|County|District|Council|of"
        r"|Safeguarding Children Board))+$",
        "",
        name,
    )
    return name.strip() or "unknown"


# --------------------------------------------------------------------------- framework


def framework(text: str, judgements: list[Judgement], start: date | None) -> Framework:
    """The framework, from the title wording and the judgement table's shape."""
    head = opening(text)[:TITLE_CHARS].lower()
    names = {j.name for j in judgements}
    if "children in need of help and" in head or "review of the effectiveness of the local" in head:
        return "sif"
    if "looked after children services" in head or "safeguarding and looked after" in head:
        return "other"
    if "care_leavers" in names:
        return "ilacs_2023" if "overall_effectiveness" in names else "ilacs_2026"
    if "children_in_care" in names:
        return "ilacs_2018"
    if start is None:
        return "other"
    if start >= _ILACS_2026:
        return "ilacs_2026"
    return "ilacs_2023" if start >= _ILACS_2023 else "ilacs_2018"


def inspection_type(
    kind: Framework, first_period: tuple[date | None, date | None]
) -> InspectionType | None:
    """ILACS 'short' (one week on site) or 'standard' (two), judged on the first on-site
    period (a return visit weeks later does not make a short inspection standard)."""
    start, end = first_period
    if not kind.startswith("ilacs") or not start or not end:
        return None
    return "short" if (end - start).days <= SHORT_INSPECTION_DAYS else "standard"


# --------------------------------------------------------------------------- dates


def inspection_dates(text: str) -> tuple[date | None, date | None]:
    """First and last day on site, from 'Inspection dates: 26 November to 7 December 2018'."""
    days = parse_dates(dates_phrase(text))
    return (days[0], days[-1]) if days else (None, None)


def first_period(text: str) -> tuple[date | None, date | None]:
    """The first on-site period where the report prints two ('8 to 12 July and 7 to 8 August')."""
    phrase = dates_phrase(text)
    first = re.split(r"\band\b", phrase)[0]
    year = re.findall(r"\d{4}", phrase)
    days = parse_dates(first if re.search(r"\d{4}", first) or not year else f"{first} {year[-1]}")
    return (days[0], days[-1]) if days else (None, None)


def dates_phrase(text: str) -> str:
    """The cover's printed dates ('8 July 2019 to 12 July 2019 and 7 August 2019 to 8
    August 2019'), or '' where the cover prints none."""
    match = re.search(
        r"Inspection dates?:?\s*(.{4,110}?)"
        r"(?=\s+(?:Lead|Report|Reporting|Age group|Published|Judgement|The|Children)\b|$)",
        opening(text)[:1500],
    )
    return match.group(1) if match else ""


def published(text: str) -> date | None:
    """The publication date, where the report prints one (SIF and earlier do), in words
    ('Published: 7 July 2017') or in figures ('Report published: 25/11/2016', as the cover
    prints the inspection dates beside it)."""
    match = re.search(
        r"\b(?:Report )?[Pp]ublished:?\s*(\d{1,2} [A-Za-z]+ \d{4}|\d{1,2}/\d{1,2}/\d{4})\b",
        opening(text)[:1500],
    )
    days = parse_dates(match.group(1)) if match else []
    return days[0] if days else None


def named_date(name: str) -> date | None:
    """The last date in a file name, as Ofsted's archive names reports
    ('children's services inspection - 12 january 2024.pdf'); ILACS PDFs print no
    publication date, so the name is where it is found."""
    days = parse_dates(re.sub(r"\.(pdf|txt|md)\b", " ", name, flags=re.IGNORECASE))
    return days[-1] if days else None


# --------------------------------------------------------------------------- people


def lead_inspector(text: str) -> str | None:
    """The lead (or 2013 'reporting') inspector's name, without 'HMI' and kin."""
    flat = re.sub(r"\s+", " ", text)
    match = re.search(rf"(?:Lead|Reporting) inspector(?: on site)?:?\s*{_NAME}", flat)
    return match.group(1).strip() if match else None


def team(text: str) -> Team:
    """Team size from 'The inspection team consisted of seven of Her Majesty's Inspectors
    (HMI) and two additional inspectors', and names from the team list (SIF and earlier).

    ILACS reports print only the lead inspector, so their size stays unknown (None).
    """
    flat = re.sub(r"\s+", " ", text)
    match = re.search(
        rf"inspection team consisted of (\w+) (?:of )?{_HMI}(?: \(HMIs?\))?"
        r"([^.]*)",
        flat,
    )
    if not match:
        return Team(names=_team_names(flat))
    others = re.findall(_OTHER_INSPECTORS, match.group(2), re.IGNORECASE)
    other = sum(_number(word) or 0 for word in others)
    return Team(hmi=_number(match.group(1)), other=other, names=_team_names(flat))


_OTHER_INSPECTORS = (
    rf"\b(\d+|one|two|three|four|a|an)\s+(?:of {_HMI} \(HMI\) designate"
    r"|(?:[\w-]+\s+){0,3}?inspectors?\b(?! \(HMI\)))"
)
"""Non-HMI members after the HMI count: 'and one additional inspector', 'an Associate Inspector'."""

_ROLES = re.compile(
    r"(?:Deputy lead|Lead|Team|Shadow|Associate|Additional) inspectors?(?: on site)?:?"
    r"|Report author:?|\bSenior HMI\b|\bHMIs?\b|\(designate\)|designate"
    rf"|{_HMI}?"
)


def _number(word: str) -> int | None:
    """Team sizes are printed in words ('seven of Her Majesty's Inspectors', 'an
    additional inspector')."""
    return 1 if word.lower() in ("a", "an") else number(word)


def _team_names(flat: str) -> list[str]:
    """Names in the team list at the end of SIF-era reports; [] where there is none."""
    at = flat.rfind("Lead inspector")
    window = flat[at : at + 900] if at >= 0 else ""
    if "Team inspectors" not in window and "Deputy lead" not in window:
        return []
    block = re.split(
        r"Any complaints|©|Senior data analyst|Quality assurance|Data analyst", window
    )[0]
    pieces = re.split(r"[,;.]", _ROLES.sub(",", block))
    names = [p.strip() for p in pieces if re.fullmatch(_NAME, p.strip())]
    return list(dict.fromkeys(names))


# --------------------------------------------------------------------------- history


_PREVIOUS = re.compile(
    r"\b(?:last|previous|preceding|since\s+the)\s+(?:Ofsted\s+|full\s+|standard\s+|single\s+)?"
    r"(inspection|focused visit|monitoring visit)"
)
_JUDGED_NEXT = re.compile(r" ?The (?i:local authority) was judged[^.\n]*\.?")
"""The sentence after an account grading what it recounts, however the report capitalises
the authority ('The Local Authority was judged to be good': Hillingdon 2014, drift51, whose
account of December 2009 was read with no grade)."""


_GRADED_IN_YEAR = re.compile(
    r"\b(?:found|judged|rated|graded)\s+(?:to\s+be\s+|as\s+)?"
    + ANY_GRADE_RE.pattern
    + rf"\s+in\s+(?:{MONTH}\s+)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)
"""A grade given in a year before the report's ('much improved from the services that
were found to be inadequate in 2017'), its month printed or not ('Children's services in
the predecessor local authority, Cumbria County Council, were judged requires improvement
to be good in November 2022': compare18, was no account, so a comparison with it was not
checkable): an account of an earlier inspection that names no 'inspection'."""


_INSPECTED_IN_YEAR = re.compile(
    r"\binspection\s+of\s+(?:(?!\b(?:this|the\s+current)\b)[^.]){0,80}?"
    r"\b(?:safeguarding|looked\s+after|protection|children|services?|arrangements)\b"
    rf"[^.]{{0,60}}?\bin\s+(?:{MONTH}\s+)?(?:19|20)\d\d\b[^.]{{0,80}}?\b(?:judged|found|rated)\b",
    re.IGNORECASE,
)
"""An inspection of the council's services dated in a year and judging them ('The
inspection of safeguarding and looked after children arrangements in August 2011 judged
overall effectiveness for looked after children as adequate': drift43, the 2013 report's
one account of it was unread, so an earlier grade told of it was not checkable); not one
of a children's home ('inspection of The Old Vicarage in December 2012')."""


def previous_inspections(text: str) -> list[PreviousInspection]:
    """Sentences about an earlier inspection or visit, or giving a grade of an earlier
    year (``_GRADED_IN_YEAR``), or telling an inspection of a year judging the services
    (``_INSPECTED_IN_YEAR``), with its year and grade where stated."""
    found: dict[int, PreviousInspection] = {}
    for match in [
        *_PREVIOUS.finditer(text),
        *_GRADED_IN_YEAR.finditer(text),
        *_INSPECTED_IN_YEAR.finditer(text),
    ]:
        start, end = _sentence_around(text, match.start(), match.end())
        if start in found:
            continue
        sentence = text[start:end]
        year = re.search(r"\b(20\d\d|19\d\d)\b", sentence)
        found[start] = PreviousInspection(
            text=sentence,
            year=int(year.group(1)) if year else None,
            kind=match.group(1).lower() if match.re is _PREVIOUS else "inspection",
            grade=_judged(sentence),
            start=start,
            end=end,
        )
    return sorted(found.values(), key=lambda p: p.start)


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding text[start:end] without its bullet (SIF adds the grade in a
    following sentence)."""
    begin, finish = sentence_around(text, start, end)
    begin += len(text[begin:start]) - len(text[begin:start].lstrip("• "))
    judged = _JUDGED_NEXT.match(text, finish)
    return begin, judged.end() if judged else finish


_JUDGED = re.compile(
    r"\bjudged\b(?: [\w’' ]{1,70}? as| to be| as)?(?: \w+)?(?: Grade \d \()?\W?"
    + ANY_GRADE_RE.pattern,
    re.IGNORECASE,
)
"""'judged to be good', 'judged to be Grade 2 (Good)', 'judged the service as good',
'judged overall effectiveness for looked after children as adequate' (the earlier
inspections a report recounts gave the pre-2013 scale's 'adequate' too)."""


def _judged(sentence: str) -> Grade | None:
    match = _JUDGED.search(sentence) or _GRADED_IN_YEAR.search(sentence)
    return grade_of(match.group(1)) if match else None
