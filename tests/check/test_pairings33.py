"""Session 33: what the read sets' held-back and cut sentences taught, each as the general
mechanism mended. A sentence told by 'It' after one opening with an earlier visit speaks
of that visit; earlier grades given area by area are judged so. Every sentence here is
invented."""

from __future__ import annotations

from datetime import date

import pytest
from check_helpers import GOOD_ALL, check_text, claim_over, make_report

INADEQUATE_ALL = [(name, "inadequate", printed) for name, _, printed in GOOD_ALL]


def _dated(visit: tuple[date, date], published: date, **extra):
    """A report of a visit from ``visit[0]`` to ``visit[1]``, published on ``published``."""
    start, end = visit
    return make_report(inspection_start=start, inspection_end=end, published=published, **extra)


TODAY = _dated((date(2026, 5, 4), date(2026, 5, 15)), date(2026, 7, 7), table=GOOD_ALL)
EARLIER = _dated(
    (date(2023, 3, 6), date(2023, 3, 17)), date(2023, 5, 25), table=INADEQUATE_ALL, sha="e" * 64
)


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        (
            "The last inspection of Ashbury's children's services took place in March 2023.",
            "supported",
        ),
        ("Ashbury has changed much since the last inspection in March 2023.", "not_checkable"),
    ],
    ids=["it-is-the-visit-just-named", "the-visit-is-not-the-subject"],
)
def test_it_found_speaks_of_the_earlier_visit_the_sentence_before_opens_with(
    settings, before, expected
):
    """'Ofsted's last full inspection ... took place over the winter of 2013-14 ... It found
    that services required improvement overall' (drift30): 'It' is that inspection, so the
    grade is true of its report, not held back as one of two readings. A sentence naming
    the earlier visit only in passing leaves 'It' open, and the flag held back."""
    text = (
        "Ashbury's children's services are now rated good overall.\n\n"
        f"{before} It found that services were inadequate overall."
    )
    got = claim_over(check_text(text, TODAY, [EARLIER], settings), "It found")
    assert got.verdict == expected, got.explanation


SAVE_HELP = [
    (name, "requires_improvement" if name == "help_and_protection" else "inadequate", printed)
    for name, _, printed in GOOD_ALL
]


@pytest.mark.parametrize(
    ("table", "expected"),
    [(SAVE_HELP, "supported"), (INADEQUATE_ALL, "not_checkable")],
    ids=["each-area-as-told", "the-excepted-area-told-wrong"],
)
def test_earlier_grades_given_area_by_area_are_judged_so(settings, table, expected):
    """'When Ofsted last inspected in early 2016, the council's services were judged
    inadequate in every area except the experiences of care leavers, which required
    improvement' (drift27): the grades were folded into one earlier grade, so the excepted
    area was read as inadequate and a provisional flag held back against a true sentence
    (here, with the area named as the subject of nothing else, only the whole was
    compared, and the sentence was supported however the area was graded). Each area is
    now judged against the earlier table; told wrong of one, the flag is a provisional
    one, held back."""
    earlier = _dated(
        (date(2023, 3, 6), date(2023, 3, 17)), date(2023, 5, 25), table=table, sha="e" * 64
    )
    text = (
        "Ashbury's children's services are now rated good in every area.\n\n"
        "When Ofsted last inspected in early 2023, the council's services were judged "
        "inadequate in every area except help and protection, which required improvement."
    )
    got = claim_over(check_text(text, TODAY, [earlier], settings), "early 2023")
    assert got.verdict == expected, got.explanation
