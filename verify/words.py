"""How judgements, grades, frameworks and verdicts are named to people, in every view.

The models hold canonical names (``children_in_care``, ``requires_improvement``);
readers want Ofsted's own wording. One table here, so the terminal, the HTML
page, the review desk and exports all say the same thing.
"""

from __future__ import annotations

JUDGEMENT_TITLES: dict[str, str] = {
    "overall_effectiveness": "Overall effectiveness",
    "impact_of_leaders": "Impact of leaders",
    "help_and_protection": "Help and protection",
    "children_in_care": "Children in care",
    "care_leavers": "Care leavers",
    "looked_after_and_permanence": "Looked after children and permanence",
    "adoption": "Adoption",
    "leadership_management_governance": "Leadership, management and governance",
    "lscb": "Local Safeguarding Children Board",
}

GRADE_TITLES: dict[str, str] = {
    "outstanding": "Outstanding",
    "good": "Good",
    "requires_improvement": "Requires improvement",
    "adequate": "Adequate",
    "inadequate": "Inadequate",
}

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
    return JUDGEMENT_TITLES.get(name, name.replace("_", " ").capitalize())


def grade_title(grade: str) -> str:
    return GRADE_TITLES.get(grade, grade.replace("_", " ").capitalize())


def verdict_title(verdict: str) -> str:
    return VERDICT_TITLES.get(verdict, verdict.replace("_", " ").capitalize())


def framework_title(framework: str) -> str:
    return FRAMEWORK_TITLES.get(framework, framework)


def plural(count: int, noun: str) -> str:
    """'1 calendar week', '2 calendar weeks': explanations read as English."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
