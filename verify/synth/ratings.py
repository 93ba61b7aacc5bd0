"""A synthetic release's ratings and inspection facts: the headline grade, the judgements,
counts of areas, generalised praise, dates, duration and team, each right or wrong."""

from __future__ import annotations

import random
from collections import Counter
from datetime import timedelta

from verify.synth.draft import ReleaseDraft
from verify.synth.wording import date_range, graded_areas, inspectorate, overall
from verify.types import GRADES, Grade, Judgement
from verify.words.grades import RELEASE_WORDING as GRADE_WORDS
from verify.words.judgements import RELEASE_WORDING as AREA_WORDS
from verify.words.numbers import number_word


def _other_grade(rng: random.Random, grade: Grade) -> Grade:
    return rng.choice([g for g in GRADES if g != grade])


def _quoted(grade: Grade) -> str:
    return f"‘{GRADE_WORDS[grade]}’"


def headline(r: ReleaseDraft) -> None:
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


def overall_2026(r: ReleaseDraft) -> None:
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


def judgements(r: ReleaseDraft, most: int = 3) -> None:
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


def counts(r: ReleaseDraft) -> None:
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


def generalised_praise(r: ReleaseDraft) -> None:
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


def _figure(r: ReleaseDraft, right: int, wrongs: tuple[int, ...]) -> tuple[int, bool]:
    """The figure a release states: ``right``, or (at ERROR_SHARE) one of ``wrongs`` above 0."""
    if r.erring():
        return r.rng.choice([w for w in wrongs if w >= 1]), True
    return right, False


def facts(r: ReleaseDraft) -> None:
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
