"""The domain's words, in one home: grades, judgements, frameworks, councils, numbers,
dates, verdicts, sentences and qualifiers.

Submodules hold each family (``verify.words.grades``, ``verify.words.judgements`` ...);
this module names them to people, in every view: the models hold canonical names
(``children_in_care``, ``requires_improvement``), readers want Ofsted's own wording, so
the terminal, the HTML page, the review desk and exports all say the same thing.
"""

from __future__ import annotations

import re

from verify.words import judgements

FRAMEWORK_TITLES: dict[str, str] = {
    "sif": "single inspection framework, 2013-2018",
    "ilacs_2018": "ILACS, 2018-2023",
    "ilacs_2023": "ILACS, 2023-2026",
    "ilacs_2026": "ILACS, from April 2026",
    "other": "an older inspection type",
}


def titled(name: str) -> str:
    """A canonical name as people read it: 'requires_improvement' -> 'Requires improvement'.
    Grades and verdicts need no table of their own: this is every one's title."""
    return name.replace("_", " ").capitalize()


def judgement_title(name: str) -> str:
    return judgements.title(name)


def grade_title(grade: str) -> str:
    return titled(grade)


def verdict_title(verdict: str) -> str:
    return titled(verdict)


NAMED_FRAMEWORKS: dict[str, tuple[str, ...]] = {
    "ilacs": ("ilacs_2018", "ilacs_2023", "ilacs_2026"),
    "sif": ("sif",),
    "single inspection framework": ("sif",),
}
"""The report frameworks each name a release gives ('under ILACS'), lower-cased."""

FRAMEWORK_NAMED = re.compile(
    r"\b(?P<ilacs>ILACS|inspections? of local authority children(?:’|')s services)\b"
    r"|\b(?P<sif>SIF|single inspection framework)\b",
    re.I,
)
"""Where a text names an inspection framework, and which."""

GRADED_FRAMEWORKS = ("sif", "ilacs_2018", "ilacs_2023", "ilacs_2026")
"""Frameworks that grade the whole of children's services; the 2012-2013 inspections of
looked-after children's services (``other``) graded only part of them."""


def framework_title(framework: str) -> str:
    return FRAMEWORK_TITLES.get(framework, framework)


def plural(count: int, noun: str) -> str:
    """'1 calendar week', '2 calendar weeks': explanations read as English."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
