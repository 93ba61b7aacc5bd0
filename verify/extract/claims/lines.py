"""What a line of the release is by its shape, whoever speaks it: a heading, words of the
web page around a release, a table row pasted as "Label – Grade", a paragraph of a list the
inspectors introduce, the blocks a reader counts (a list is one), and a statement in the
release's own voice long enough to be a claim (``_own_statement``, ``_OWN_WORDS``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from verify.extract.text import Paragraph
from verify.extract.values import parse_values
from verify.types import ClaimValues
from verify.words.clauses import RELEASE_WORD
from verify.words.grades import RELEASE_GRADE, RELEASE_GRADE_RE
from verify.words.judgements import FORMAL_TITLE
from verify.words.speakers import FIRST_PERSON, in_council_voice, mentions_inspectors, names_person

_LABEL_GRADE = re.compile(
    rf"^(?P<label>.{{3,120}}?)(?:\s*[:|]\s+|\s+[–—-]\s+|\s+\()"
    rf"(?P<grade>(?:{RELEASE_GRADE_RE.pattern}))\)?"
    rf"(?:\s*\((?:previously\s+|was\s+)?(?P<then>{RELEASE_GRADE})"
    r"(?:\s+in\s+(?P<year>(?:19|20)\d\d))?\))?\.?$",
    re.I,
)
"""A table row pasted as a line: "Adoption performance – outstanding", "Leadership: Good",
its columns parted by a bar or the grade in brackets ("Children in care | Good", "Help and
protection (Requires improvement)"; ratings22: those two were findings no passage says),
perhaps with the earlier grade in brackets after it ("Children in care: outstanding (good
in 2023)", drift27: no claim was read)."""
_LABEL_WORDS = 8
"""Words at most in a table row's label that is not a judgement's printed title (the
short names have at most seven)."""
_TITLE = re.compile(rf"{FORMAL_TITLE}\s*", re.I)
"""A judgement's title as Ofsted prints it, however long ('The impact of leaders on
social work practice with children and families', twelve words)."""

_FUTURE = re.compile(r"\b(?:will|would|shall)\b", re.I)
_OWN_WORDS = 5
"""Words at least in a release's own sentence read as carrying on the inspectors'
findings (shorter ones are captions, headings and asides)."""

_WEB_PAGE = re.compile(
    r"\b(?:click|read more|www\.|https?:|image source|caption|this (?:article|page|story)|"
    r"written by|contact (?:the|our|us)|press office|cookies)\b"
    r"|(?:\+44\s?(?:\(0\)\s?)?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b",
    re.I,
)
"""Words of a web page around a release, not a statement ("Click here to read ...",
"This article was written by the communications team", "Contact the press office on
01634 332736", "Cookies on the Bury Council website: we use ..."): a UK telephone number
in any grouping ('020 8274 4901', '0121 303 1234', '+44 (0)20 8545 3000') is a contact
line."""
_SENTENCE_FINAL = ".!?”’\"'"
_FINDINGS_WORD = re.compile(r"\bfindings?\b", re.I)
_LIST_HEADING_WORDS = 3
"""Words at most in a heading inside an inspectors' list ("Positives", "Areas to improve")."""


def _row_values(line: str, year_hint: int | None) -> ClaimValues | None:
    """The values of a line "Label – Grade" (a table row pasted as text), read as "Label
    rated Grade" so its grade is a rating, each grade placed where ``line`` prints it; or
    of a line of such rows after a heading, parted by semicolons ('Judgements: help and
    protection – Good; children in care – Good; ...', drift26: no claim was read); None
    for any other line."""
    one = _one_row(line, year_hint)
    if one is not None:
        return one
    start = _ROWS_HEADING.match(line).end()
    items = [(m.start(), m.group()) for m in _ROW_ITEM.finditer(line, start)]
    rows = [(at, _one_row(item, year_hint)) for at, item in items]
    if len(rows) < 2 or any(values is None for _, values in rows):
        return None
    grades = [g.shifted(-at, len(line)) for at, values in rows if values for g in values.grades]
    return parse_values(line, year_hint).model_copy(update={"grades": grades})


_ROWS_HEADING = re.compile(r"\s*(?:\d+[.)]\s*)?(?:[A-Za-z’' ]{3,40}:\s*)?")
"""A numbered note's number and a heading before a line of rows ('2. Judgements: ')."""
_ROW_ITEM = re.compile(r"[^;]+")
"""One row of a line of rows parted by semicolons."""


def _one_row(line: str, year_hint: int | None) -> ClaimValues | None:
    """The values of one "Label – Grade" row (``_row_values``), its grade placed where
    ``line`` prints it."""
    m = _LABEL_GRADE.match(line.strip())
    if m is None:
        return None
    if len(m.group("label").split()) > _LABEL_WORDS and not _TITLE.fullmatch(m.group("label")):
        return None
    label = m.group("label")
    then = f", previously rated {m['then']}" + (f" in {m['year']}" if m["year"] else "")
    values = parse_values(f"{label} rated {m.group('grade')}{then if m['then'] else ''}", year_hint)
    shift = len(label) + len(" rated ") - (len(line) - len(line.lstrip()) + m.start("grade"))
    values.grades = [g.shifted(shift, len(line)) for g in values.grades]
    return values


def _blocks(paras: Sequence[Paragraph]) -> dict[int, int]:
    """Each paragraph's block, counted as a reader counts them: a paragraph is one, and so
    is a list, its items one after another (a list of the inspectors' findings is one
    step on from them, however many items it holds)."""
    blocks: dict[int, int] = {}
    block = -1
    for i, para in enumerate(paras):
        listed_on = bool(para.marker) and i > 0 and bool(paras[i - 1].marker)
        block = block if listed_on else block + 1
        blocks[para.index] = block
    return blocks


def _own_statement(words: str, cut: bool) -> bool:
    """A statement in the release's own third-person voice, long enough to be a claim
    (ending as a sentence does, unless the text was ``cut`` in it)."""
    return (
        len(RELEASE_WORD.findall(words)) >= _OWN_WORDS
        and not FIRST_PERSON.search(words)
        and (cut or (words[-1] in _SENTENCE_FINAL and not _is_heading(words)))
        and not _FUTURE.search(words)
        and not names_person(words)
        and not _WEB_PAGE.search(words)
    )


def _inspectors_lists(text: str, paras: Sequence[Paragraph]) -> set[int]:
    """Paragraphs of a bulleted list introduced by the inspectors or their findings
    ("Ofsted highlighted that:", "Other key findings include:", a heading "Three positives
    and three negatives from the report"), short headings inside it ("Positives") included."""
    inside: set[int] = set()
    intro = False
    for para in paras:
        if para.marker and intro:
            inside.add(para.index)
            continue
        line = text[para.start : para.end].rstrip()
        if intro and _is_heading(line, _LIST_HEADING_WORDS):
            continue
        source = mentions_inspectors(line) or bool(_FINDINGS_WORD.search(line))
        intro = source and (line.endswith(":") or _is_heading(line)) and not in_council_voice(line)
    return inside


def _is_heading(line: str, most_words: int = 12) -> bool:
    """A short line with no sentence-final mark: a heading."""
    return bool(line) and line[-1] not in _SENTENCE_FINAL and len(line.split()) <= most_words
