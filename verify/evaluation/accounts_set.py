"""The accounts set: Ofsted's own accounts of a council's earlier inspections, lifted from
the real reports as a journalist would lift them, each a release claim whose truth the
rule gives (session 23, lane accounts23).

Rule, written before the tool was run on the set:

- Sources: every report in ../shared/corpora/ofsted/reports of a council that is not a
  test-part council (corpora/gold/dev/split.json), read as the tool reads it; a file that
  is no report (an HTML page saved as .pdf) is skipped.
- Sentences: the report's sentences (``words.sentences``), each cut again at bullets
  ('•', a run the splitter leaves whole), whitespace made single.
- An item is a sentence that names an earlier inspection (``EARLIER``: 'last', 'previous',
  'prior', 'preceding' or 'earlier' before 'inspection', 'ILACS' or 'SIF'; an inspection
  'in' or 'of' a year; 'since', 'at', 'in' or 'during' a year before 'inspection'; 'judged
  ... in' a year), says what came of it or what it found (a grade word or a word of
  change, ``SAID``: improved, progress, deteriorated, declined, better, worse,
  strengthened, maintained, sustained) and is 40 to 300 characters long. Excluded
  (written criterion, not noise): a sentence holding a heading or paragraph number run
  into it (a grade word capitalised after its first word, digits glued to a word as
  '31.Senior'), and one that speaks of other providers' inspections (schools, children's
  homes, centres, fostering, adoption, 'their' inspections).
- The release: the report's publication date (its file's date) on a line of its own, a
  blank line, and the sentence; each sentence also a second time in Ofsted's voice,
  'Ofsted said that ' before it (its first word lowercased when the report prints that
  word lowercased somewhere: 'Since' but not 'Derby'), as a reporter lifts it. It is
  checked with the council's report as the current one and the archive of every
  ../shared report.
- Truth: never a flag. ``supported`` besides, when all of these hold: the sentence gives
  one grade (a grade word after 'judged', 'rated', 'graded', 'found', 'as', 'be' or 'was'/
  'were' within three words, 'requires improvement to be good' one grade); it names one
  year, or none with 'last'/'previous'; it names no service narrower than the whole
  (``NARROWER``: care leavers, children in care or looked after, help and protection,
  child protection, safeguarding, leadership, the LSCB) and no predecessor council; the
  earlier inspection it names is in ilacs_history.csv (that year's, else the council's
  report before this one) and that row's overall grade (where the csv could not read
  it, the grade the earlier report's own judgement table gives as the tool parses it)
  is the sentence's. A sentence whose grade is not its earlier inspection's overall
  grade is listed with the reason (``Item.doubt``), its truth only 'no flag'.
- Halves: by council, sha256('accounts23:' + council folder): even first byte ``tune``,
  odd ``held-out``.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from verify.errors import VerifyError
from verify.evaluation.halves import half, test_councils
from verify.report import load_report
from verify.settings import Settings
from verify.types import Report
from verify.words.sentences import split_sentences

EARLIER = re.compile(
    r"\b(last|previous|prior|preceding|earlier)\b[^.]{0,40}?\b(inspection|ILACS|SIF)\b"
    r"|\binspection\b[^.]{0,30}\b(in|of) (\w+ )?(19|20)\d\d\b"
    r"|\b(since|at|in|during)\b[^.]{0,15}\b(19|20)\d\d\b[^.]{0,30}\binspection"
    r"|\bjudged\b[^.]{0,40}\bin (\w+ )?(19|20)\d\d\b",
    re.I,
)
_GRADES = r"(outstanding|good|inadequate|requires? improvement|required improvement|adequate)"
GRADE = re.compile(
    rf"\b(judged|rated|graded|found|as|be|was|were)\b(\W+\w+){{0,3}}?\W+‘?{_GRADES}\b", re.I
)
ANY_GRADE = re.compile(rf"\b{_GRADES}\b", re.I)
RI = re.compile(r"\brequir(e[sd]?|ing) improvement( to be good)?\b", re.I)
NARROWER = re.compile(
    r"care leavers|in care|looked after|help and protection|child protection|protection of"
    r"|safeguarding|leadership,|impact of leaders|LSCB|safeguarding children board"
    r"|predecessor|for children in need",
    re.I,
)
OTHERS = re.compile(
    r"\bschools?\b|children’s homes|children's homes|\bcentres?\b|fostering|adoption"
    r"|\btheir\b[^.]{0,30}inspection",
    re.I,
)
HEADING = re.compile(
    r"\S\s+(Outstanding|Good|Inadequate|Requires improvement|Adequate)\b|\d\.[A-Z]"
)
SAID = re.compile(
    rf"{_GRADES}|improv|progress|deteriorat|declin|better|worse|strengthen|maintain|sustain",
    re.I,
)
YEAR = re.compile(r"\b(19|20)\d\d\b")
LAST = re.compile(r"\b(last|previous|prior|preceding)\b", re.I)


SALT = "accounts23:"
"""The salt of this set's halves (``verify.evaluation.halves``)."""


@dataclass(frozen=True)
class Item:
    """One derived claim: where it comes from, its release text and its truth."""

    council: str
    report: Path
    published: date
    sentence: str
    supported: bool
    """The rule's truth beyond 'no flag': the archive holds the earlier report and the
    sentence states its overall grade."""
    doubt: str = ""
    """Why a graded sentence's truth is only 'no flag' (its grade not the earlier overall)."""
    lifted: str = ""
    """The sentence as the release gives it: itself, or in Ofsted's voice."""

    @property
    def half(self) -> str:
        return half(self.council, SALT)

    @property
    def voiced(self) -> bool:
        return self.lifted != self.sentence

    @property
    def release(self) -> str:
        return f"{self.published:%-d %B %Y}\n\n{self.lifted}\n"


OFSTED_SAID = "Ofsted said that "


def in_ofsteds_voice(sentence: str, report_text: str) -> str:
    """The sentence after 'Ofsted said that ', its first word lowercased when the report
    prints it so elsewhere (a common word, not a name)."""
    first = sentence.split(" ", 1)[0]
    if re.search(rf"\b{re.escape(first.lower())}\b", report_text):
        sentence = first.lower() + sentence[len(first) :]
    return OFSTED_SAID + sentence


@dataclass(frozen=True)
class Row:
    """One report of ilacs_history.csv: when it was published and its inspection began
    (None when the csv could not read it) and its overall grade ('' when unread)."""

    file: str
    published: date
    started: date | None
    overall: str

    def of_year(self, year: int) -> bool:
        return year in {self.published.year, self.started.year if self.started else None}


def _day(text: str, form: str) -> date | None:
    return datetime.strptime(text, form).date() if text else None


GRADE_WORDS = ("outstanding", "good", "requires improvement", "inadequate")


def history(shared: Path) -> dict[str, list[Row]]:
    """Each council's reports by publication, from ilacs_history.csv (not the tool)."""
    rows: dict[str, list[Row]] = {}
    path = shared / "corpora" / "ofsted" / "ilacs_history.csv"
    with path.open(encoding="utf-8") as handle:
        for line in csv.DictReader(handle):
            published = _day(line["publication_date"], "%d/%m/%y")
            started = _day(line["inspection_start_date"], "%d/%m/%Y")
            grade = line["overall_effectiveness_grade"]
            row = Row(line["pdf_filename"], published, started, grade * (grade in GRADE_WORDS))
            rows.setdefault(f"{line['urn']}_{line['local_authority']}", []).append(row)
    return {key: sorted(value, key=lambda r: r.published) for key, value in rows.items()}


def _grade(sentence: str) -> str | None:
    """The one grade the sentence states after a verb of judging, None when none or two."""
    said = RI.sub("requires improvement", sentence)
    found = {m[3].lower() for m in GRADE.finditer(said)}
    found = {"requires improvement" if g.startswith("require") else g for g in found}
    return found.pop() if len(found) == 1 else None


def _earlier(sentence: str, rows: list[Row], current: str) -> Row | None:
    """The council's earlier report the sentence names: its one year's, else the report
    before ``current`` when it says 'last' or 'previous'."""
    now = next((i for i, r in enumerate(rows) if r.file == current), None)
    if now is None:
        return None
    before = rows[:now]
    years = {int(m[0]) for m in YEAR.finditer(sentence)}
    if len(years) == 1:
        year = years.pop()
        return next((r for r in reversed(before) if r.of_year(year)), None)
    if not years and LAST.search(sentence) and before:
        return before[-1]
    return None


def truth(sentence: str, rows: list[Row], current: str) -> tuple[bool, str]:
    """(supported, doubt) for one sentence of the report ``current``."""
    grade = _grade(sentence)
    if grade is None or NARROWER.search(sentence):
        return False, ""
    row = _earlier(sentence, rows, current)
    if row is None or not row.overall:
        return False, ""
    if row.overall != grade:
        return False, f"says {grade}, the {row.file[31:-4]} report's overall is {row.overall}"
    return True, ""


def sentences(text: str) -> list[str]:
    """The report's sentences, cut again at bullets, whitespace made single."""
    return [
        " ".join(piece.split())
        for sentence in split_sentences(text)
        for piece in sentence.split("•")
        if piece.strip()
    ]


def chosen(sentence: str) -> bool:
    return (
        40 <= len(sentence) <= 300
        and EARLIER.search(sentence) is not None
        and SAID.search(sentence) is not None
        and HEADING.search(sentence) is None
        and OTHERS.search(sentence) is None
    )


def _reports(folder: Path, settings: Settings) -> dict[str, Report]:
    """The council's reports by file name; a file that is no report is skipped."""
    out = {}
    for pdf in sorted(folder.glob("*.pdf")):
        try:
            out[pdf.name] = load_report(pdf, settings)
        except VerifyError:
            continue
    return out


def _graded(rows: list[Row], reports: dict[str, Report]) -> list[Row]:
    """The csv's rows, an unread overall grade taken from the report's own table."""
    return [
        replace(row, overall=str(reports[row.file].grade_of("overall_effectiveness") or ""))
        if not row.overall and row.file in reports
        else row
        for row in rows
    ]


def derive(shared: Path, settings: Settings, councils: Collection[str] | None = None) -> list[Item]:
    """Every item of the set (of ``councils`` alone when given: a test's bounded sample),
    council by council, report by report."""
    history_rows = history(shared)
    items = []
    for folder in sorted((shared / "corpora" / "ofsted" / "reports").iterdir()):
        if folder.name in test_councils() or folder.name not in history_rows:
            continue
        if councils is not None and folder.name not in councils:
            continue
        reports = _reports(folder, settings)
        rows = _graded(history_rows[folder.name], reports)
        for name, report in reports.items():
            published = report.file_date or report.published
            for sentence in dict.fromkeys(sentences(report.text)):
                if published and chosen(sentence):
                    supported, doubt = truth(sentence, rows, name)
                    item = Item(folder.name, folder / name, published, sentence, supported, doubt)
                    voiced = in_ofsteds_voice(sentence, report.text)
                    items += [replace(item, lifted=sentence), replace(item, lifted=voiced)]
    return items
