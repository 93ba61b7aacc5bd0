"""A relative clause dating the council's last inspection (', which took place in 2017 and
also found ...') is a comparison of its own, split off the clause before it, which makes
its own claim (drift25: 'Inspectors said the council had not made sufficient progress since
its last inspection, which took place in 2017 ...' was one comparison, and its wrong year
flagged the true finding with it). A clause of grades or a change of grades keeps the year
it is dated by."""

from __future__ import annotations

import pytest
from extract_helpers import claims_in


def _claims(text: str) -> list[tuple[str, str, int | None]]:
    found = claims_in(f"Ofsted report\n\n{text}\n")
    return [(c.kind, c.text, c.values.previous_year) for c in found]


@pytest.mark.parametrize(
    ("text", "finding", "comparison", "year"),
    [
        (
            "Inspectors said the council had not made sufficient progress since its last "
            "inspection, which took place in 2017 and also found the service required "
            "improvement.",
            "Inspectors said the council had not made sufficient progress since its last "
            "inspection",
            "its last inspection, which took place in 2017 and also found the service required "
            "improvement",
            2017,
        ),
        (
            "Inspectors found that practice with families had weakened since the previous "
            "inspection, which was held in March 2019.",
            "Inspectors found that practice with families had weakened since the previous "
            "inspection",
            "the previous inspection, which was held in March 2019",
            2019,
        ),
    ],
    ids=["took-place", "was-held"],
)
def test_the_dated_last_inspection_is_a_comparison_of_its_own(text, finding, comparison, year):
    assert _claims(text) == [("finding", finding, None), ("comparison", comparison, year)]


@pytest.mark.parametrize(
    "text",
    [
        # a change of grades: the year dates the grade it moved from
        "Services have improved since the last inspection, which took place in 2018.",
        # a grade given at the last inspection
        "The council was rated good at its last inspection, which took place in 2017.",
    ],
    ids=["change", "grade"],
)
def test_a_clause_of_grades_keeps_its_year(text):
    [(kind, said, year)] = _claims(text)
    assert (kind, said) == ("comparison", text)
    assert year is not None
