"""Sections and passages: headings, numbered paragraphs, summaries and improvement items.

The stored text has one paragraph per line. Each paragraph is classified once, in
reading order, by a small set of rules (end matter, judgement table row, numbered
paragraph, heading, improvement item, summary or other prose); sections run from one
heading to the next and carry the judgement their heading names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from verify.types import Grade, JudgementName, Passage, Section
from verify.words.grades import GRADE, GRADE_AT_END, GRADE_ONLY, grade_of
from verify.words.judgements import judgement_of_heading

NUMBERED = re.compile(r"^(\d{1,3})\.(?:\s+|(?=[A-Z‘“(]))(?=\S)")
BULLET = re.compile(r"^[•◼▪■●\-–]\s*")
FOOTNOTE = re.compile(r"^\d{1,2} [A-Z]")
_WORDED = re.compile(r"[^\W\d_]")
"""A letter: what an item to improve has and a page's number ('1' at the foot of an ILACS
report's first page, read under 'What needs to improve' in 25 of ../shared's reports)
lacks."""
HEADING_MAX_CHARS = 160

IMPROVEMENT_HEADINGS = re.compile(
    r"^(?:what needs to improve|what does the local authority need to improve|recommendations"
    r"|areas for (?:priority action|improvement)|priority and immediate action|immediate action"
    r"|within (?:three|six) months|areas? for development)",
    re.IGNORECASE,
)
TOP_LEVEL_HEADINGS = re.compile(
    r"^(?:executive summary|contents|the local authority|information about|recommendations"
    r"|what needs to improve|what does the|summary for children|summary of (?:key )?findings"
    r"|the local authority(?:’|')s strengths|progress since|inspection judgements about"
    r"|what the (?:local authority )?inspection judgements mean|section \d|this local authority is"
    r"|areas for (?:priority action|improvement)|the local safeguarding children board"
    r"|review of the effectiveness)",
    re.IGNORECASE,
)
"""Headings that open a new part of the report, clearing the judgement being discussed."""
LSCB_PART_ENDS = re.compile(r"^information about this (?:inspection|review)", re.IGNORECASE)
"""The LSCB review comes last, with its own 'Executive summary' and 'Recommendations'."""
HEADING_GRADE = re.compile(rf"[\s:|]+{GRADE}\s*$", re.IGNORECASE)
SUMMARY_HEADINGS = re.compile(r"summary|overall effectiveness", re.IGNORECASE)
END_MATTER = re.compile(
    r"^(?:Any complaints about the inspection|The Office for Standards in Education|Ofsted has "
    r"published this report|If you would like a copy of this document)",
)
COVER_PARAGRAPHS = 40
TABLE_GAP, TABLE_GAP_CHARS, SIF_TABLE_GAP = 3, 330, 6
"""SIF cover pages put a sentence or two between the overall grade and the numbered rows;
ILACS puts long summary prose between its table and the first section heading."""
TABLE_ROW = re.compile(
    r"^(?:\||Judgement Grade"
    r"|(?:The overall judgement is|Children(?:’|')s services in)[^.]{0,120}$"
    r"|(?:\d(?:\.\d)?\.?\s+)?(?:The (?:impact|experiences)|Children who need|Children looked after"
    r"|Adoption performance|Experiences and progress|Leadership, management)[^.]{0,140}$"
    r"|Overall effectiveness\s+" + GRADE + r"$)",
)


@dataclass
class Paragraph:
    start: int
    end: int
    text: str
    page: int


@dataclass
class Structure:
    sections: list[Section] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    improvements: list[Passage] = field(default_factory=list)


def paragraphs(text: str, page_at) -> list[Paragraph]:
    """Each non-empty line of ``text`` with its offsets and printed page."""
    found = []
    for match in re.finditer(r"[^\n]+", text):
        stripped = match.group(0).strip()
        if stripped:
            start = match.start() + match.group(0).index(stripped)
            found.append(Paragraph(start, start + len(stripped), stripped, page_at(start)))
    return found


def is_heading(text: str) -> bool:
    """Short, capitalised, not a sentence: a section title."""
    if len(text) > HEADING_MAX_CHARS or NUMBERED.match(text) or BULLET.match(text):
        return False
    if text[-1:] in ".;,)" and not GRADE_AT_END.search(text):
        return False
    return text[:1].isupper() and len(text.split()) <= 22


def is_prose(text: str) -> bool:
    """A sentence-ending paragraph of some length (not a title, date line or footnote)."""
    return len(text) >= 100 and text[-1:] in ".!?’”" and not FOOTNOTE.match(text)


def is_table_row(text: str) -> bool:
    """A judgement-table line: a judgement's name with or without its grade, or a grade alone."""
    return bool(GRADE_ONLY.match(text) or TABLE_ROW.match(text))


def cover_end(paras: list[Paragraph]) -> int:
    """Index just past the judgement table (0 when there is none near the start).

    Everything before it is cover page: title, dates, lead inspector and the table.
    Section headings that name a judgement carry a colon ('...protection: good');
    table rows never do, which keeps the table from running into the body.
    """
    rows = [
        i
        for i, p in enumerate(paras[:COVER_PARAGRAPHS])
        if is_table_row(p.text) and ":" not in p.text
    ]
    if not rows:
        return 0
    end = rows[0]
    for row in rows[1:]:
        between = paras[end + 1 : row]
        if paras[row].text[:1].isdigit():
            if len(between) > SIF_TABLE_GAP:
                break
        elif len(between) > TABLE_GAP or any(len(p.text) > TABLE_GAP_CHARS for p in between):
            break
        end = row
    return end + 1


class _Builder:
    """Walks the paragraphs once, keeping the current section."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.out = Structure()
        self.section: Section | None = None
        self.counts: dict[str, int] = {}
        self.ids: set[str] = set()

    def next_id(self, prefix: str) -> str:
        self.counts[prefix] = self.counts.get(prefix, 0) + 1
        return f"{prefix}{self.counts[prefix]}"

    def open_section(self, p: Paragraph) -> None:
        """Start a section; a sub-heading ('Summary', 'Inspection findings') keeps the
        judgement of the part it sits in, a top-level heading clears it."""
        if self.section:
            self.amend_section(end=p.start)
        previous = self.section
        judgement = judgement_of_heading(p.text)
        grade_match = HEADING_GRADE.search(p.text)
        grade: Grade | None = grade_of(grade_match.group(1)) if grade_match and judgement else None
        if judgement is None and previous and _inherits(previous, p.text):
            judgement, grade = previous.judgement, previous.grade
        self.section = Section(
            title=p.text, judgement=judgement, grade=grade, start=p.start, end=self.total
        )
        self.out.sections.append(self.section)

    def amend_section(self, **changes) -> None:
        """The current section (the last opened) with ``changes``: a frozen model, replaced."""
        self.section = self.out.sections[-1] = self.section.model_copy(update=changes)

    def add(self, p: Paragraph, kind: str, number: int | None = None, skip: int = 0) -> Passage:
        prefix = {"numbered": "p", "summary": "s", "improvement": "i", "table": "t"}.get(kind, "o")
        pid = f"p{number}" if number is not None and kind == "numbered" else self.next_id(prefix)
        if pid in self.ids:
            pid = self.next_id(f"p{number}-")
        self.ids.add(pid)
        passage = Passage(
            id=pid,
            kind=kind,  # type: ignore[arg-type]
            number=number,
            section=self.section.title if self.section else None,
            judgement=self.judgement,
            page=p.page,
            start=p.start + skip,
            end=p.end,
            text=p.text[skip:],
        )
        self.out.passages.append(passage)
        return passage

    @property
    def judgement(self) -> JudgementName | None:
        return self.section.judgement if self.section else None

    @property
    def in_improvements(self) -> bool:
        return bool(self.section and IMPROVEMENT_HEADINGS.match(self.section.title))


def _inherits(previous: Section, title: str) -> bool:
    if previous.judgement == "lscb":
        return not LSCB_PART_ENDS.match(title)
    return not TOP_LEVEL_HEADINGS.match(title)


def build(paras: list[Paragraph], total: int) -> Structure:
    """Classify every paragraph in reading order into sections and passages."""
    b = _Builder(total)
    cover = cover_end(paras)
    for i, p in enumerate(paras):
        if END_MATTER.match(p.text):
            break
        if i < cover:
            b.add(
                p, "table" if is_table_row(p.text) else "summary" if is_prose(p.text) else "other"
            )
        else:
            _classify(b, p, paras[i - 1] if i else None)
    return b.out


def _classify(b: _Builder, p: Paragraph, previous: Paragraph | None) -> None:
    number = NUMBERED.match(p.text)
    if number:
        passage = b.add(p, "numbered", int(number.group(1)), skip=number.end())
        if b.in_improvements:
            b.out.improvements.append(passage.model_copy(update={"kind": "improvement"}))
    elif b.section and previous and previous.start == b.section.start and GRADE_ONLY.match(p.text):
        if b.section.judgement:
            b.amend_section(grade=grade_of(GRADE_ONLY.match(p.text).group(1)))
    elif is_heading(p.text):
        b.open_section(p)
    elif b.in_improvements and _WORDED.search(p.text):
        bullet = BULLET.match(p.text)
        b.out.improvements.append(b.add(p, "improvement", skip=bullet.end() if bullet else 0))
    elif b.in_improvements:
        b.add(p, "other")  # a page's number between the heading and the first item, no item
    elif b.section is None or SUMMARY_HEADINGS.search(b.section.title):
        b.add(p, "summary")
    else:
        b.add(p, "other")
