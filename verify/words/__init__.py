"""The domain's words, in one home: grades, judgements, frameworks, councils, numbers,
dates, verdicts and sentences.

Submodules hold each family (``verify.words.grades``, ``verify.words.judgements`` ...);
this module names them to people, in every view: the models hold canonical names
(``children_in_care``, ``requires_improvement``), readers want Ofsted's own wording, so
the terminal, the HTML page, the review desk and exports all say the same thing.
"""

from __future__ import annotations

from verify.words import grades, judgements

FRAMEWORK_TITLES: dict[str, str] = {
    "sif": "single inspection framework, 2013-2018",
    "ilacs_2018": "ILACS, 2018-2023",
    "ilacs_2023": "ILACS, 2023-2026",
    "ilacs_2026": "ILACS, from April 2026",
    "other": "an older inspection type",
}

VERDICT_TITLES: dict[str, str] = {
    "supported": "Supported",
    "minor_variation": "Minor variation",
    "misquoted": "Misquoted",
    "spliced": "Spliced",
    "misattributed": "Misattributed",
    "contradicted": "Contradicted",
    "unsupported": "Unsupported",
    "misleading": "Misleading",
    "not_checkable": "Not checkable",
}


def judgement_title(name: str) -> str:
    return judgements.title(name)


def grade_title(grade: str) -> str:
    return grades.TITLES.get(grade, grade.replace("_", " ").capitalize())  # type: ignore[call-overload]


def verdict_title(verdict: str) -> str:
    return VERDICT_TITLES.get(verdict, verdict.replace("_", " ").capitalize())


def framework_title(framework: str) -> str:
    return FRAMEWORK_TITLES.get(framework, framework)


def plural(count: int, noun: str) -> str:
    """'1 calendar week', '2 calendar weeks': explanations read as English."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
