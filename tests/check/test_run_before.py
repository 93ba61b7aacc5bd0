"""A run of grades told as before this inspection ('after three inspections in a row found
them inadequate') counts the inspections before it, not this one (lane noticed23, from
findings22: the run was counted from today's report, which requires improvement, so a true
claim was contradicted)."""

from __future__ import annotations

from datetime import date

import pytest
from check_helpers import make_release, make_report

from verify.check import check_claims
from verify.extract import extract_claims


def _overall(grade: str) -> list:
    return [("overall_effectiveness", grade, "Overall effectiveness")]


def _earlier(grades: list[str]) -> list:
    """Earlier reports, latest first, three years apart."""
    return [
        make_report(
            table=_overall(g),
            framework="sif",
            sha=str(i) * 64,
            published=date(2021 - 3 * i, 5, 1),
            inspection_start=date(2021 - 3 * i, 3, 1),
            inspection_end=date(2021 - 3 * i, 3, 20),
        )
        for i, g in enumerate(grades)
    ]


@pytest.mark.parametrize(
    ("words", "then", "want"),
    [
        (
            "Services now require improvement, after three inspections in a row found them "
            "inadequate.",
            ["inadequate", "inadequate", "inadequate"],
            "supported",
        ),
        (
            "Services now require improvement, after three inspections in a row found them "
            "inadequate.",
            ["inadequate", "good", "inadequate"],
            "contradicted",
        ),
        (
            "Services had been rated inadequate three times in a row before this inspection.",
            ["inadequate", "inadequate", "inadequate"],
            "supported",
        ),
        (
            "Services now require improvement, following two consecutive inadequate ratings.",
            ["inadequate", "inadequate", "good"],
            "supported",
        ),
        (
            "The council has been rated inadequate three times in a row.",
            ["inadequate", "inadequate", "inadequate"],
            "contradicted",
        ),
    ],
)
def test_a_run_told_before_this_inspection_counts_the_earlier_ones(settings, words, then, want):
    _check(settings, words, "requires_improvement", then, want)


def test_an_ordinal_run_after_following_still_counts_this_inspection(settings):
    """'Following its third consecutive inadequate judgement' names the inspection that made
    the run, today's among them: only a run counted in number ('three inspections in a row')
    is told as before this one."""
    words = "Following its third consecutive inadequate judgement, a commissioner was appointed."
    _check(settings, words, "inadequate", ["inadequate", "inadequate", "good"], "supported")


def _check(settings, words: str, now: str, then: list[str], want: str) -> None:
    release = make_release(f"26 April 2024\n\n{words}")
    report = make_report(table=_overall(now))
    got = check_claims(release, extract_claims(release), [report], _earlier(then), settings, None)
    [claim] = [c for c in got.claims if "in a row" in c.text or "consecutive" in c.text]
    assert claim.verdict == want, claim.explanation
