"""Write a council-style press release about a real report, planting labelled errors.

The release follows the shape of the real ones in ../shared/seeds: a headline
grade, inspection facts, judgement claims, a count or percentage of areas,
inspectors' words in quotation marks, paraphrased findings and a council
official's statement. Each planted claim is clean, a minor variation that must
not be flagged, or one injected error whose verdict is known (see
``models.GOLD_VERDICT``). Everything is drawn from one ``random.Random`` seeded
by the seed and the report's sha256, so a seed always gives the same release.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import timedelta
from functools import cached_property

from rapidfuzz import fuzz

from verify.match.normalise import normalise
from verify.synth.edits import MINOR, MISQUOTES, Edit, elide
from verify.synth.models import SyntheticRelease
from verify.synth.wording import (
    Sentence,
    date_range,
    graded_areas,
    inspectorate,
    overall,
    place_name,
    quotable,
)
from verify.synth.writer import ReleaseWriter
from verify.types import GRADES, Grade, Judgement, Report
from verify.words.grades import RELEASE_WORDING as GRADE_WORDS
from verify.words.judgements import RELEASE_WORDING as AREA_WORDS
from verify.words.numbers import number_word

VERSION = "4"
"""Bump when the output for a given seed changes, so cached sets are rebuilt."""

QUOTE_MIX: tuple[tuple[str, int], ...] = (
    ("clean", 22),
    ("marked_cut", 5),
    ("minor_variation", 19),
    ("quote_substitution", 7),
    ("quote_deletion", 7),
    ("quote_insertion", 7),
    ("quote_reorder", 7),
    ("splice", 7),
    ("council_to_inspectors", 6),
    ("inspectors_to_council", 6),
    ("other_report_quote", 7),
)
ERROR_SHARE = 0.5
NEAR = 70
"""A borrowed sentence this close (partial ratio) to anything in the report could pass for
a misquote of it; only sentences further away are planted as another council's words."""
"""Chance that a rating or fact claim carries an error (else it is stated correctly)."""

INSPECTOR_LEADS = (
    "Inspectors said: “{}”",
    "The report states: “{}”",
    "In their report, inspectors said: “{}”",
    "Ofsted inspectors noted: “{}”",
    "According to the report: “{}”",
)
FRAGMENT_LEADS = ("Inspectors found that “{}”.", "The report highlights that “{}”.")
FINDING_LEADS = ("The report found that {}", "Inspectors found that {}")
OPINIONS = (
    "I am delighted that Ofsted has recognised the hard work and dedication of our staff.",
    "This is a fantastic achievement and a testament to everyone who works with children in "
    "{place}.",
    "We are committed to making sure every child in {place} is safe, supported and has the "
    "best possible start in life.",
    "There is no room for complacency and we will keep working to improve our services.",
    "Our staff go above and beyond every day for the children and families we support.",
    "We know there is more to do, and the report gives us a clear plan for the next steps.",
    "I want to thank our partners in health, the police and schools for working so closely "
    "with us.",
    "This result reflects years of investment in our workforce and in early help.",
    "Every one of our social workers should be proud of what this report says about them.",
    "Families in {place} can be confident that their children are in safe hands.",
)
FIRST_NAMES = (
    "Sarah",
    "James",
    "Amina",
    "David",
    "Helen",
    "Rajesh",
    "Claire",
    "Tom",
    "Fatima",
    "Gareth",
    "Joanne",
    "Michael",
)
SURNAMES = (
    "Hughes",
    "Patel",
    "Okafor",
    "Whitfield",
    "Brennan",
    "Ahmed",
    "Lloyd",
    "Marsh",
    "Kaur",
    "Davies",
    "Thornton",
    "Walsh",
)


class _Release:
    """One release under construction: the report, the random stream and the writer."""

    def __init__(self, report: Report, others: Sequence[Report], rng: random.Random) -> None:
        self.report = report
        self.others = [o for o in others if o.authority != report.authority]
        self.rng = rng
        self.out = ReleaseWriter()
        self.place = place_name(report)
        self.pool = quotable(report.passages)
        rng.shuffle(self.pool)
        self.used_others: list[str] = []
        self.councillor = self._person()
        self.director = self._person()

    def _person(self) -> str:
        return f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(SURNAMES)}"

    @cached_property
    def normalised_report(self) -> str:
        return normalise(self.report.text).text

    def in_report(self, text: str) -> bool:
        """Whether ``text`` (or something close to it) occurs in this report."""
        words = normalise(text).text
        return fuzz.partial_ratio(words, self.normalised_report) >= NEAR

    def opinion(self) -> str:
        return self.rng.choice(OPINIONS).format(place=self.place)

    def erring(self) -> bool:
        return self.rng.random() < ERROR_SHARE

    # -------------------------------------------------------------- writing helpers

    def sentence(self) -> Sentence | None:
        return self.pool.pop() if self.pool else None

    def quote(self, lead: str, text: str, error: str, role: str, **gold) -> None:
        """Write ``lead`` with the quotation in place of '{}'; the claim is the quoted words."""
        before, after = lead.split("{}")
        self.out.write(before)
        self.out.claim(text, "quote", error, role=role, **gold)
        self.out.write(after)
        self.out.end_paragraph()

    def councillor_lead(self) -> str:
        return f"Councillor {self.councillor}, cabinet member for children’s services, said: “{{}}”"


# ------------------------------------------------------------------- ratings and facts


def _other_grade(rng: random.Random, grade: Grade) -> Grade:
    return rng.choice([g for g in GRADES if g != grade])


def _quoted(grade: Grade) -> str:
    return f"‘{GRADE_WORDS[grade]}’"


def headline(r: _Release) -> None:
    """The headline grade; on a report without overall effectiveness, claiming one is wrong."""
    grade = overall(r.report)
    areas = graded_areas(r.report)
    if r.report.framework == "ilacs_2026" and areas and r.rng.random() < 0.8:
        r.out.claim(
            f"{r.place}’s children’s services have been rated {_quoted(_common(areas))} overall by "
            "Ofsted.",
            "rating",
            "overall_on_2026",
            detail="no overall grade after April 2026",
        )
    elif grade:
        claimed, error = (
            (_other_grade(r.rng, grade), "grade_swap") if r.erring() else (grade, "clean")
        )
        r.out.claim(
            f"{r.place}’s children’s services have been rated {_quoted(claimed)} overall "
            "by Ofsted.",
            "rating",
            error,
            detail=f"overall is {grade}",
        )
    else:
        r.out.write(
            f"Ofsted has published its inspection report on {r.place}’s children’s services."
        )
    r.out.end_paragraph()


def _common(areas: list[tuple[str, Grade]]) -> Grade:
    return Counter(g for _, g in areas).most_common(1)[0][0]


def overall_2026(r: _Release) -> None:
    """A second way of claiming the overall grade that ILACS 2026 reports no longer give."""
    areas = graded_areas(r.report)
    if r.report.framework == "ilacs_2026" and areas and r.rng.random() < 0.8:
        r.out.claim(
            f"Ofsted judged the council’s overall effectiveness to be {_quoted(_common(areas))}.",
            "rating",
            "overall_on_2026",
            detail="no overall grade after April 2026",
        )
        r.out.end_paragraph()


def _area_words(judgement: Judgement) -> str:
    printed = " ".join(judgement.printed.split())
    if printed.lower().startswith("the ") and len(printed) < 120:
        return printed[0].lower() + printed[1:]
    return AREA_WORDS[judgement.name]


def judgements(r: _Release, most: int = 3) -> None:
    """Claims about single judgements: stated correctly or with the grade swapped."""
    rows = [j for j in r.report.judgements if j.name in AREA_WORDS]
    r.rng.shuffle(rows)
    for j in rows[:most]:
        claimed, error = (
            (_other_grade(r.rng, j.grade), "grade_swap") if r.erring() else (j.grade, "clean")
        )
        template = r.rng.choice(
            ("Inspectors judged {area} to be {grade}.", "The council was rated {grade} for {area}.")
        )
        r.out.claim(
            template.format(area=_area_words(j), grade=_quoted(claimed)),
            "rating",
            error,
            detail=f"{j.name} is {j.grade}",
        )
        r.out.write(" ")
    r.out.end_paragraph()


def counts(r: _Release) -> None:
    """'Rated good in two of the four judgement areas' or '50 per cent of the areas'.

    A wrong figure is wrong under both counting rules (overall effectiveness
    counted or not), so its verdict does not hang on the rule.
    """
    areas = graded_areas(r.report)
    n = len(areas)
    if n < 2:
        return
    by_grade = Counter(g for _, g in areas)
    grade = r.rng.choice(sorted(by_grade))
    k = by_grade[grade]
    with_overall = k + (overall(r.report) == grade)
    erring = r.erring()
    if 100 * k % n == 0 and r.rng.random() < 0.5:
        truths = {round(100 * k / n), round(100 * with_overall / (n + 1))}
        options = [p for p in (25, 50, 75, 100) if p not in truths]
        percent, error = (
            (r.rng.choice(options), "wrong_percent") if erring else (100 * k // n, "clean")
        )
        text = f"Services were rated {_quoted(grade)} in {percent} per cent of the judgement areas."
    else:
        options = [c for c in range(1, n + 1) if c not in (k, with_overall)]
        count, error = (
            (r.rng.choice(options), "wrong_count") if erring and options else (k, "clean")
        )
        text = (
            f"The council was rated {_quoted(grade)} in {number_word(count)} of the "
            f"{number_word(n)} judgement areas."
        )
    r.out.claim(text, "rating", error, detail=f"{k} of {n} areas are {grade}")
    r.out.end_paragraph()


def generalised_praise(r: _Release) -> None:
    """'Rated outstanding for its work with children' when only some areas are."""
    areas = graded_areas(r.report)
    best = min((g for _, g in areas), key=GRADES.index, default=None)
    holding = sum(g == best for _, g in areas)
    if not best or holding == len(areas) or overall(r.report) == best or r.rng.random() < 0.4:
        return
    scope = r.rng.choice(
        ("its work with children and young people", "its services for children and families")
    )
    r.out.claim(
        f"The council has been rated {_quoted(best)} by Ofsted for {scope}.",
        "rating",
        "generalised_praise",
        detail=f"only {holding} of {len(areas)} areas are {best}",
    )
    r.out.end_paragraph()


def _figure(r: _Release, right: int, wrongs: tuple[int, ...]) -> tuple[int, bool]:
    """The figure a release states: ``right``, or (at ERROR_SHARE) one of ``wrongs`` above 0."""
    if r.erring():
        return r.rng.choice([w for w in wrongs if w >= 1]), True
    return right, False


def facts(r: _Release) -> None:
    """Inspection dates, duration and team size, each right or wrong."""
    start, end = r.report.inspection_start, r.report.inspection_end
    if start and end and end >= start:
        shift = timedelta(days=r.rng.choice((-14, -7, 7, 14, 28))) if r.erring() else timedelta(0)
        r.out.claim(
            f"Inspectors visited the council from {date_range(start + shift, end + shift)}.",
            "inspection_fact",
            "wrong_date" if shift else "clean",
            detail=f"inspection dates {start} to {end}",
        )
        r.out.write(" ")
        span = (end - start).days
        if span >= 6:  # weeks spanned by the dates: 7 to 18 October is two
            weeks = span // 7 + 1
            said, wrong = _figure(r, weeks, (weeks - 1, weeks + 2))
            what = f"a {number_word(said)}-week inspection"
        else:
            said, wrong = _figure(r, span + 1, (span - 1, span + 4, span + 6))
            what = f"a {number_word(said)}-day inspection"
        r.out.claim(
            f"The findings follow {what} of the council’s children’s services.",
            "inspection_fact",
            "wrong_duration" if wrong else "clean",
            detail=f"dates span {span + 1} days",
        )
        r.out.write(" ")
    hmi = r.report.team.hmi
    if hmi:
        said, wrong = _figure(r, hmi, (hmi - 1, hmi + 1, hmi + 2))
        r.out.claim(
            f"The inspection was carried out by {number_word(said)} of {inspectorate(r.report)}.",
            "inspection_fact",
            "wrong_team_size" if wrong else "clean",
            detail=f"{hmi} HMI",
        )
    r.out.end_paragraph()


# ------------------------------------------------------------------------------ quotes


def _inspectors(r: _Release, text: str, error: str, **gold) -> None:
    r.quote(r.rng.choice(INSPECTOR_LEADS), text, error, "inspectors", **gold)


_EDGE_WORDS = {
    "to",
    "and",
    "the",
    "of",
    "a",
    "an",
    "in",
    "for",
    "with",
    "are",
    "is",
    "by",
    "that",
    "which",
    "their",
    "who",
    "at",
    "on",
    "as",
    "or",
    "from",
    "this",
    "be",
}


def _fragment(sentence: str, rng: random.Random) -> str | None:
    """Six or more inner words of ``sentence`` that start and end on a content word."""
    words = sentence.split(" ")
    spans = [
        (i, j)
        for i in range(1, len(words) - 6)
        for j in range(i + 6, len(words))
        if words[i].isalpha()
        and words[i] not in _EDGE_WORDS
        and words[j - 1].rstrip(",.") not in _EDGE_WORDS
        and words[j - 1][-1:].isalpha()
    ]
    if not spans:
        return None
    i, j = rng.choice(spans)
    return " ".join(words[i:j])


def clean_quote(r: _Release) -> bool:
    s = r.sentence()
    if not s:
        return False
    fragment = _fragment(s.text, r.rng) if r.rng.random() < 0.3 else None
    if fragment:
        r.quote(
            r.rng.choice(FRAGMENT_LEADS),
            fragment,
            "clean",
            "inspectors",
            sources=[s.passage],
            original=s.text,
            detail="verbatim fragment",
        )
        return True
    _inspectors(r, s.text, "clean", sources=[s.passage], original=s.text, detail="verbatim")
    return True


def _edited(r: _Release, edit: Edit) -> tuple[Sentence, str, str] | None:
    """The first unused sentence that ``edit`` applies to, with the edited text."""
    for s in list(r.pool):
        done = edit(s.text, r.rng)
        if done:
            r.pool.remove(s)
            return s, *done
    return None


def minor_variation(r: _Release) -> bool:
    """One kind of minor variation, chosen first so that rare kinds (spelling) are planted."""
    names = list(MINOR)
    r.rng.shuffle(names)
    for name in names:
        found = _edited(r, MINOR[name])
        if found:
            s, text, detail = found
            _inspectors(
                r,
                text,
                "minor_variation",
                sources=[s.passage],
                original=s.text,
                detail=f"{name}: {detail}",
            )
            return True
    return False


def marked_cut(r: _Release) -> bool:
    """A quote with inner words cut at a marked ellipsis: only the report's words, so
    clean (supported), as the labelling conventions have it."""
    found = _edited(r, elide)
    if not found:
        return False
    s, text, detail = found
    cut = f"ellipsis: {detail}"
    _inspectors(r, text, "clean", sources=[s.passage], original=s.text, detail=cut)
    return True


def _misquote(error: str) -> Callable[[_Release], bool]:
    def plant(r: _Release) -> bool:
        found = _edited(r, MISQUOTES[error])
        if not found:
            return False
        s, text, detail = found
        _inspectors(r, text, error, sources=[s.passage], original=s.text, detail=detail)
        return True

    plant.__doc__ = f"A quote with one {error.removeprefix('quote_')} of words."
    return plant


def splice(r: _Release) -> bool:
    """Two sentences (or a head and a tail) from non-adjacent paragraphs, no ellipsis."""
    a = r.sentence()
    partners = [s for s in r.pool if a and abs(s.order - a.order) >= 2]
    if not a or not partners:
        return False
    b = r.rng.choice(partners)
    r.pool.remove(b)
    if r.rng.random() < 0.5:
        text, how = f"{a.text} {b.text}", "two sentences"
    else:
        # Both parts at least six words, so each is recognisably its passage's text.
        head, tail = a.text.split(" "), b.text.split(" ")
        if len(head) < 8 or len(tail) < 8:
            r.pool.append(b)
            return False
        cut_a = r.rng.randrange(6, len(head) - 1)
        cut_b = r.rng.randrange(1, len(tail) - 5)
        text = " ".join(head[:cut_a]).rstrip(",") + " " + " ".join(tail[cut_b:])
        how = "head of one sentence, tail of another"
    _inspectors(
        r,
        text,
        "splice",
        sources=[a.passage, b.passage],
        original=f"{a.text} | {b.text}",
        detail=f"{how} from {a.passage} and {b.passage}",
    )
    return True


def council_to_inspectors(r: _Release) -> bool:
    """A council official's words put in the inspectors' mouths."""
    words = r.opinion()
    _inspectors(r, words, "council_to_inspectors", detail="council's words given to inspectors")
    return True


def inspectors_to_council(r: _Release) -> bool:
    """The report's words presented as a councillor's own."""
    s = r.sentence()
    if not s:
        return False
    r.quote(
        r.councillor_lead(),
        s.text,
        "inspectors_to_council",
        "council",
        sources=[s.passage],
        original=s.text,
        detail="report words given to a councillor",
    )
    return True


def other_report_quote(r: _Release) -> bool:
    """A sentence from another council's report, attributed to this report's inspectors."""
    if not r.others:
        return False
    other = r.rng.choice(r.others)
    name = other.authority.lower()
    candidates = [s for s in quotable(other.passages) if name not in s.text.lower()]
    r.rng.shuffle(candidates)
    for s in candidates[:8]:
        if not r.in_report(s.text):
            r.used_others.append(other.source)
            _inspectors(
                r,
                s.text,
                "other_report_quote",
                sources=[s.passage],
                original=s.text,
                detail=f"from {other.authority}'s report",
            )
            return True
    return False


PLANTERS: dict[str, Callable[[_Release], bool]] = {
    "clean": clean_quote,
    "marked_cut": marked_cut,
    "minor_variation": minor_variation,
    **{name: _misquote(name) for name in MISQUOTES},
    "splice": splice,
    "council_to_inspectors": council_to_inspectors,
    "inspectors_to_council": inspectors_to_council,
    "other_report_quote": other_report_quote,
}


_EARLIER = re.compile(r"\b(?:last|previous|earlier) (?:inspection|visit)\b|\bsince 20\d\d\b", re.I)


def finding(r: _Release) -> bool:
    """A report sentence restated as a finding (unquoted), which the report supports.

    Not one about an earlier inspection: that is a comparison claim, another kind.
    """
    s = next((s for s in r.pool if not _EARLIER.search(s.text)), None)
    if not s:
        return False
    r.pool.remove(s)
    first = s.text.split(" ", 1)[0]
    proper = re.search(rf"[a-z,] {re.escape(first)}\b", r.report.text)
    said = s.text if proper else s.text[0].lower() + s.text[1:]
    r.out.claim(
        r.rng.choice(FINDING_LEADS).format(said),
        "finding",
        "clean",
        sources=[s.passage],
        original=s.text,
        detail="report sentence, unquoted",
    )
    r.out.end_paragraph()
    return True


def council_statement(r: _Release) -> None:
    """The councillor's and director's own words: opinions, not checkable."""
    said = iter(r.rng.sample(OPINIONS, 4))
    for who, title in (
        (f"Councillor {r.councillor}", "cabinet member for children’s services"),
        (r.director, f"director of children’s services at {r.place} Council"),
    ):
        words = f"{next(said)} {next(said)}".format(place=r.place)
        r.quote(
            f"{who}, {title}, said: “{{}}”",
            words,
            "clean",
            "council",
            verdict="not_checkable",
            detail="a council official's opinion",
        )


# ---------------------------------------------------------------------------- the release


def synthesise(
    report: Report,
    others: Sequence[Report] = (),
    seed: int = 0,
    *,
    quotes: int = 14,
    findings: int = 2,
    name: str | None = None,
) -> SyntheticRelease:
    """A labelled release about ``report``; ``others`` lend quotes from other councils.

    The same report, others and seed always give the same release.
    """
    rng = random.Random(f"{VERSION}:{seed}:{report.sha256}")
    r = _Release(report, sorted(others, key=lambda o: o.sha256), rng)
    r.out.write(f"{r.place} children’s services: Ofsted publishes inspection report")
    r.out.end_paragraph()
    headline(r)
    facts(r)
    judgements(r)
    counts(r)
    overall_2026(r)
    generalised_praise(r)
    kinds, weights = zip(*QUOTE_MIX, strict=True)
    plan = [PLANTERS[k] for k in rng.choices(kinds, weights, k=quotes)] + [finding] * findings
    rng.shuffle(plan)
    half = len(plan) // 2
    for i, plant in enumerate(plan):
        if i == half:
            council_statement(r)
        if not plant(r):
            clean_quote(r)
    r.out.write("The full report is available on the Ofsted website.")
    return SyntheticRelease(
        name=name or f"{place_slug(report)}-s{seed}",
        report=report.source,
        report_sha256=report.sha256,
        others=sorted(set(r.used_others)),
        seed=seed,
        text=r.out.text,
        claims=r.out.claims,
    )


def place_slug(report: Report) -> str:
    """A file-name stem for a report's releases: authority and date."""
    when = report.inspection_start or report.published
    stem = re.sub(r"[^a-z0-9]+", "-", report.authority.lower()).strip("-")
    return f"{stem}-{when.isoformat()}" if when else f"{stem}-{report.sha256[:8]}"
