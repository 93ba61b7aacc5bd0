"""The things that flow through `verify`: documents, reports, claims, verdicts.

Every stage takes and returns these models, so the CLI, batch runner and web
view can share one core. They are pydantic models because the JSON output and
its published schema (``verify schema``) come straight from them.

Offsets (``start``/``end``) are always character offsets into the ``text`` of
the document the object belongs to: a report's stored text (as printed, with
running headers removed) or a release's cleaned text.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Grade = Literal["outstanding", "good", "requires_improvement", "inadequate", "adequate"]
"""Ofsted's four-point scale, plus 'adequate' (grade 3 of 4 before November 2013), which
only the 2012-2013 looked-after-children and safeguarding inspections (framework
``other``) print."""

GRADES: tuple[Grade, ...] = ("outstanding", "good", "requires_improvement", "inadequate")
"""The four-point scale of SIF and ILACS, best first; 'adequate' ranks with requires
improvement (see ``grade_rank``)."""

JudgementName = Literal[
    "overall_effectiveness",
    "impact_of_leaders",
    "help_and_protection",
    "children_in_care",
    "care_leavers",
    "looked_after_and_permanence",
    "adoption",
    "leadership_management_governance",
    "lscb",
    "capacity_to_improve",
    "outcomes_for_looked_after_children",
    "quality_of_provision",
    "leadership_and_management",
]

Framework = Literal["sif", "ilacs_2018", "ilacs_2023", "ilacs_2026", "other"]
"""The inspection framework and era, which decide the judgement table's shape:
``other`` the 2012-2013 inspections of looked-after children's or safeguarding services;
``sif`` 2013-2018; ``ilacs_2018`` children in care and care leavers judged together;
``ilacs_2023`` care leavers judged separately; ``ilacs_2026`` (from April 2026) no
overall effectiveness."""

InspectionType = Literal["standard", "short"]

ClaimKind = Literal[
    "quote", "rating", "inspection_fact", "comparison", "national", "finding", "opinion"
]

Role = Literal["inspectors", "council", "other", "unattributed"]

VerdictLabel = Literal[
    "supported",
    "minor_variation",
    "misquoted",
    "spliced",
    "misattributed",
    "contradicted",
    "unsupported",
    "misleading",
    "not_checkable",
]

VERDICTS: tuple[str, ...] = VerdictLabel.__args__
"""The nine verdicts, in the order the conventions list them."""

FLAGS: frozenset[str] = frozenset(
    {"misquoted", "spliced", "misattributed", "contradicted", "unsupported", "misleading"}
)
"""Verdicts that ask a journalist to look again."""


class Model(BaseModel):
    """Base for all flowing models: immutable-ish, no stray fields."""

    model_config = ConfigDict(extra="forbid")


class Frozen(Model):
    """Base for a parsed report's models: immutable, their collections tuples. A report's
    parse is decoded once a process and shared by every check (``report._decoded``), so
    nothing a check does to one can reach the next."""

    model_config = ConfigDict(extra="forbid", frozen=True)


# --------------------------------------------------------------------------- documents


class Page(Frozen):
    """One printed page: its number and where its text lies in the document text."""

    number: int
    start: int
    end: int


class Document(Model):
    """Text read from a file, URL or stdin, before any domain parsing.

    ``sha256`` is of the raw bytes, so caches survive renames.
    """

    source: str = Field(description="Path, URL or '-' the document was read from.")
    sha256: str
    media_type: Literal["pdf", "text", "html", "markdown"]
    text: str
    pages: list[Page] = Field(default_factory=list)
    title: str | None = None


# --------------------------------------------------------------------------- reports


class Judgement(Frozen):
    """One row of the judgement table (or the LSCB review grade)."""

    name: JudgementName
    grade: Grade
    printed: str = Field(description="The judgement's wording as printed in the report.")


class Team(Frozen):
    """Inspection team size; ``None`` where the report does not say."""

    hmi: int | None = None
    other: int | None = None
    names: tuple[str, ...] = ()


class PreviousInspection(Frozen):
    """What the report prints about an earlier inspection or visit."""

    text: str
    year: int | None = None
    kind: str | None = Field(None, description="'inspection', 'focused visit', 'monitoring visit'")
    grade: Grade | None = None
    start: int
    end: int


class Section(Frozen):
    """A headed part of the report; ``judgement`` is set where the section discusses one."""

    title: str
    judgement: JudgementName | None = None
    grade: Grade | None = None
    start: int
    end: int


PassageKind = Literal["numbered", "summary", "improvement", "table", "other"]


class Passage(Frozen):
    """A unit of report text that evidence can point at."""

    id: str = Field(description="Stable id within the report: 'p12' for paragraph 12, 's3' ...")
    kind: PassageKind
    number: int | None = Field(None, description="The printed paragraph number, if numbered.")
    section: str | None = None
    judgement: JudgementName | None = None
    page: int
    start: int
    end: int
    text: str


class Report(Frozen):
    """Everything `verify` knows about one Ofsted report."""

    source: str
    sha256: str
    authority: str
    framework: Framework
    inspection_type: InspectionType | None = None
    inspection_start: date | None = None
    inspection_end: date | None = None
    published: date | None = None
    """Printed on the cover (SIF and earlier); ILACS reports print none."""
    file_date: date | None = None
    """The date in the file's name, as Ofsted's archive names reports by publication day
    ('children's services inspection - 12 january 2024.pdf')."""
    lead_inspector: str | None = None
    team: Team = Field(default_factory=Team)
    judgements: tuple[Judgement, ...] = ()
    previous: tuple[PreviousInspection, ...] = ()
    improvements: tuple[Passage, ...] = Field((), description="The 'What needs to improve' items.")
    sections: tuple[Section, ...] = ()
    passages: tuple[Passage, ...] = ()
    pages: tuple[Page, ...] = ()
    text: str

    @property
    def label(self) -> str:
        """How evidence names this report: authority and publication (or end) date."""
        when = self.published or self.inspection_end or self.inspection_start
        return f"{self.authority} {when.isoformat()}" if when else self.authority

    def grade_of(self, name: JudgementName) -> Grade | None:
        """The grade for judgement ``name``, or ``None`` where the report has none."""
        return next((j.grade for j in self.judgements if j.name == name), None)

    def page_at(self, offset: int) -> int:
        """The printed page holding character ``offset`` (1 for text without pages)."""
        return next((p.number for p in self.pages if p.start <= offset < p.end), 1)


class ArchivedReport(Model):
    """A report as the archive lists it: whose, when, and its grades (the full ``Report``
    is loaded only when a check needs it)."""

    sha256: str
    path: str
    council: str = Field(description="The authority's canonical name in the councils table.")
    region: str | None = None
    framework: Framework
    inspection_start: date | None = None
    inspection_end: date | None = None
    dated: date = Field(
        description="Publication date: printed, else from the file name, else the last day on site."
    )
    judgements: list[Judgement] = Field(default_factory=list)

    @property
    def overall(self) -> Grade | None:
        return next((j.grade for j in self.judgements if j.name == "overall_effectiveness"), None)

    @property
    def label(self) -> str:
        return f"{self.council} {self.dated.isoformat()}"


# --------------------------------------------------------------------------- releases


class Release(Model):
    """A press release or article after boilerplate removal."""

    source: str
    sha256: str
    media_type: Literal["text", "html", "markdown"]
    title: str | None = None
    text: str


class Span(Model):
    start: int
    end: int
    text: str


class Attribution(Model):
    """Who a quotation or finding is attributed to."""

    speaker: str | None = Field(
        None, description="The speaker as written, e.g. 'Mayor Paul Dennett'."
    )
    role: Role = "unattributed"
    start: int | None = None
    end: int | None = None
    pronoun: Span | None = Field(
        None,
        description=(
            "The pronoun in the quotation's own sentence that names its speaker ('They "
            "said', 'she added'), read as the speaker named before it: the speaker is "
            "given here, as a reader reads it, not guessed from paragraphs before."
        ),
    )
    teller: str | None = Field(
        None,
        description=(
            "The person who tells what the speaker said ('Cllr Ann Lee said inspectors "
            "found “…”': Cllr Ann Lee tells the inspectors' words), as written: a "
            "misattribution of words the report lacks names them as their source."
        ),
    )


class GradeMention(Model):
    """A grade the release states, and the judgement it is stated for (None: unnamed)."""

    grade: Grade
    judgement: JudgementName | None = None
    printed: str
    time_cue: Literal["past", "earlier", "now"] | None = None
    """What the words around it say of when it was given: ``past`` (after it: 'for more
    than a decade', 'at the last inspection'), ``earlier`` (before it: 'previously
    rated', unless a year near it is the report's), ``now`` ('now rated'), or nothing."""
    years_near: list[int] = Field(default_factory=list)
    """Years printed close to it ('rated good in 2016'): another year than the report's
    puts it in an earlier inspection."""
    start: int | None = None
    """Where ``printed`` begins in the claim's text (``claim.text[start:end]``), so a
    checker reads the words around the grade where it is; None when the grade is not
    printed there (carried over from the sentence before)."""
    end: int | None = None

    def around(self, text: str) -> tuple[str, str] | None:
        """``text``'s words before and after the grade (``text``: the claim's), or None
        when the grade is not printed in it."""
        if self.start is None or self.end is None:
            return None
        return text[: self.start], text[self.end :]

    def shifted(self, by: int, length: int) -> GradeMention:
        """The mention in a text that begins ``by`` characters later than the one its
        position is in and runs ``length`` characters: its position moved, or none when
        it falls outside."""
        if self.start is None or self.end is None:
            return self
        start, end = self.start - by, self.end - by
        inside = start >= 0 and end <= length
        return self.model_copy(
            update={"start": start if inside else None, "end": end if inside else None}
        )

    def said_before(self, own_years: set[int]) -> bool:
        """True when the grade is said of an inspection before the one whose years are
        ``own_years`` (a report's dates, or a release's own time): a past cue around it, a
        year near it that is none of them (nor the year after one), or an 'earlier' cue with
        no year of theirs; never one said to hold 'now'. With no years known, any year near
        it is the past's: a text that dates nothing tells only its history by years."""
        if self.time_cue == "past":
            return True
        if self.time_cue == "now":
            return False  # 'which required improvement in 2017, is now good'
        years = set(self.years_near)
        if not own_years:
            return bool(years) or self.time_cue == "earlier"
        if years and not years & (own_years | {y + 1 for y in own_years}):
            return True
        return self.time_cue == "earlier" and not years & own_years


class ClaimValues(Model):
    """Values parsed out of a claim, so checks compare values rather than words."""

    grades: list[GradeMention] = Field(default_factory=list)
    quantifier: str | None = Field(
        None, description="'all', 'half', 'two', '50 per cent', 'overall' ..."
    )
    count: int | None = None
    of_total: int | None = None
    all_but: int | None = Field(
        None,
        description="How many a quantifier of all leaves out ('all but one of the judgements' "
        "1, 'every area except two' 2): every reading's total less these.",
    )
    counts_moved: bool = Field(
        False,
        description="The count is of areas that moved in the direction ('three of five areas "
        "improved'), not of areas given a grade.",
    )
    percent: float | None = None
    grade_steps: int | None = Field(
        None,
        description="Grades a move is told to have crossed, up positive, down negative "
        "('moved up two grades' 2, 'dropped a grade' -1).",
    )
    dates: list[date] = Field(default_factory=list)
    months: list[int] = Field(
        default_factory=list, description="Months named without a day ('in March'), 1-12."
    )
    duration_days: int | None = None
    duration_weeks: int | None = None
    team_hmi: int | None = None
    team_other: int | None = None
    team_total: int | None = None
    lead_inspector: str | None = Field(
        None, description="The name of whoever the claim says led the inspection."
    )
    framework: str | None = None
    previous_year: int | None = None
    previous_grade: Grade | None = None
    first_grade: Grade | None = Field(
        None, description="A grade claimed for the first time ('its first outstanding rating')."
    )
    direction: Literal["improved", "maintained", "declined"] | None = None
    national_count: int | None = None
    improvements: int | None = Field(
        None,
        description="How many recommendations or areas to improve the claim says the report "
        "makes ('it makes 18 recommendations').",
    )
    authority: str | None = Field(None, description="The council the claim is about, when named.")

    def as_earlier(self) -> ClaimValues:
        """These values with the grades read as the earlier inspection's: a claim whose
        every grade is said of an earlier inspection compares with it, in the one year
        printed beside them ('rated inadequate in 2015 and has since improved')."""
        grade = self.previous_grade or (self.grades[0].grade if self.grades else None)
        years = {y for m in self.grades for y in m.years_near}
        year = self.previous_year or (years.pop() if len(years) == 1 else None)
        update = {"grades": [], "previous_grade": grade, "previous_year": year}
        return self.model_copy(update=update)


class Claim(Model):
    """A checkable statement (or an opinion, recognised as such) found in a release."""

    id: str
    kind: ClaimKind
    text: str
    start: int
    end: int
    quote_pieces: list[Span] = Field(
        default_factory=list,
        description="For quotes: the quoted text, one piece per release paragraph it spans.",
    )
    quoted: list[Span] = Field(
        default_factory=list,
        description="For other claims: the quotations their sentence holds (release "
        "offsets, without marks), which are checked as quotes of their own.",
    )
    attribution: Attribution | None = None
    values: ClaimValues = Field(default_factory=ClaimValues)


class ExtractedRelease(Model):
    """The output of `verify extract`."""

    release: Release
    claims: list[Claim]


# --------------------------------------------------------------------------- verdicts


class Evidence(Model):
    """A report passage that a verdict rests on."""

    report: str = Field(
        description="The report's authority and publication, e.g. 'Salford 2024-01-12'."
    )
    paragraph: int | None = None
    page: int
    section: str | None = None
    text: str
    score: float = Field(description="Match strength in [0, 1].")
    start: int
    end: int


class DiffOp(Model):
    """One step of a word diff from the report's words to the release's."""

    op: Literal["equal", "replace", "delete", "insert"]
    report: str = ""
    release: str = ""


class CheckedClaim(Claim):
    """A claim with its verdict, the reason in one line, and the evidence."""

    verdict: VerdictLabel
    explanation: str
    confidence: float = Field(
        0.5,
        description="How often this verdict, for this kind of claim, agreed with hand "
        "labels on the real development set (0-1); the checker always sets it.",
    )
    evidence: list[Evidence] = Field(default_factory=list)
    diff: list[DiffOp] | None = None
    held_back: VerdictLabel | None = Field(
        None,
        description="The flag a provisional check found and did not raise (docs/FLAGS.md): "
        "the verdict is then not_checkable; the provisional_flags setting raises it.",
    )
    decided_by: str | None = Field(
        None,
        description="The check that built this verdict: the module of verify/check and its "
        "function (docs/FLAGS.md names the same), to count or filter verdicts by the path "
        "that made them.",
    )


class Omission(Model):
    """Something the report criticises that the release never mentions."""

    kind: Literal["judgement", "improvement"]
    text: str
    report: str
    judgement: JudgementName | None = None
    grade: Grade | None = None
    evidence: Evidence | None = None


class ReportSummary(Model):
    """The report facts a reader of a check result needs beside the verdicts."""

    label: str
    source: str
    authority: str
    framework: Framework
    inspection_start: date | None = None
    inspection_end: date | None = None
    published: date | None = None
    judgements: list[Judgement] = Field(default_factory=list)


class Pair(Model):
    """One release and the report(s) it is about: a line of a batch's pairs file, or a
    synthetic release with the report it was made from."""

    id: str = Field(description="The pairs file's name for it (its 'id', else the release).")
    release: str
    reports: list[str]
    previous: list[str] = Field(default_factory=list)


class PairingCandidate(Model):
    """One archived report considered for a release, with its score and the reasons."""

    report: str = Field(description="The report's label: council and publication date.")
    source: str
    score: float
    reasons: list[str] = Field(default_factory=list)


class Pairing(Model):
    """How the report (and the previous one) were picked from the archive for a release
    given without one."""

    council: str
    report: str = Field(description="Path of the chosen report.")
    previous: str | None = Field(None, description="Path of the council's report before it.")
    explanation: str
    candidates: list[PairingCandidate] = Field(default_factory=list)


class CheckResult(Model):
    """The output of `verify check`: one release against one or more reports."""

    release: Release
    reports: list[ReportSummary]
    pairing: Pairing | None = Field(
        None, description="Set when the reports were picked from the archive."
    )
    claims: list[CheckedClaim]
    omissions: list[Omission] = Field(default_factory=list)
    warnings: list[str] = Field(
        default_factory=list,
        description="Why a report may be the wrong one for the release (another council, "
        "another inspection); no claim is called supported from such a report.",
    )
