"""Misattributed only on positive evidence, on invented releases quoting real reports.

Report words given to someone else are misattributed only when a named non-Ofsted speaker
says them as their own (not relaying the inspectors, not "we were told"); words given to
the inspectors are named as another report's only when that report holds them nearly
verbatim and the report given is clearly further from them; words given to no one are
never misattributed.
"""

from __future__ import annotations

import pytest

from verify.archive import Archive
from verify.check import check_claims
from verify.extract import extract_claims
from verify.types import Release

pytestmark = [pytest.mark.shared, pytest.mark.slow]

# York's 2022 report, paragraph text as printed.
YORK_2022 = (
    "Senior leaders are aware of the decline and an improvement board has been in place "
    "since 2019, coupled with significant investment."
)
# Wigan's 2022 report: words York's report does not hold.
WIGAN_2022 = (
    "There is now effective external scrutiny of children’s social care from a range of "
    "improvement partners."
)


def _verdicts(text: str, db, settings, year: int = 2022) -> list[tuple[str, str, str]]:
    """(role, verdict, explanation) of each quotation in ``text`` checked against York's
    report of ``year`` with the archive."""
    release = Release(source="release.txt", sha256="0" * 64, media_type="text", text=text)
    claims = [c for c in extract_claims(release) if c.kind == "quote"]
    with Archive(db) as archive:
        report = archive.load(next(r for r in archive.reports_of("York") if r.dated.year == year))
        result = check_claims(release, claims, [report], [], settings, None, archive=archive)
    return [(c.attribution.role, c.verdict, c.explanation) for c in result.claims]


@pytest.mark.provisional
def test_report_words_a_named_councillor_says_as_their_own_are_misattributed(real_db, settings):
    text = f"Cllr Ann Lee, York’s cabinet member for children, said: “{YORK_2022}”"
    assert _verdicts(text, real_db, settings)[0][:2] == ("council", "misattributed")


@pytest.mark.parametrize(
    "text",
    [
        # the speaker says where the words are from, in the quotation itself
        f"Cllr Ann Lee said: “Inspectors found that {YORK_2022[0].lower()}{YORK_2022[1:]}”",
        # passed on as what the speaker was told
        f"Cllr Ann Lee, who was told the findings last week, said: “{YORK_2022}”",
        # the paragraph reports the inspectors' finding before the speaker's words
        f"The report was published today. Cllr Ann Lee said: “{YORK_2022}”",
        # the speaker echoes words the release quoted the inspectors as saying
        f"Inspectors said that “{YORK_2022[:-1]}”.\n\nCllr Ann Lee said: “{YORK_2022}”",
        # a body, not a person, speaks
        f"City of York Council said: “{YORK_2022}”",
    ],
    ids=["inspectors-found-inside", "was-told", "paragraph-cites-report", "echo", "body"],
)
def test_report_words_relayed_by_a_councillor_are_not_misattributed(text, real_db, settings):
    (_, verdict, explanation) = _verdicts(text, real_db, settings)[-1]
    assert verdict != "misattributed", explanation


def test_words_of_another_report_given_to_no_one_are_not_misattributed(real_db, settings):
    text = f"It was a busy year for the service. “{WIGAN_2022}”"
    [(role, verdict, explanation)] = _verdicts(text, real_db, settings)
    assert role == "unattributed"
    assert verdict == "not_checkable", explanation


def test_another_reports_words_given_to_inspectors_name_it(real_db, settings):
    text = f"Inspectors said: “{WIGAN_2022}”"
    [(role, verdict, explanation)] = _verdicts(text, real_db, settings)
    assert (role, verdict) == ("inspectors", "misattributed")
    assert "these words are from Wigan" in explanation


def test_another_reports_words_reworded_are_not_named_as_from_it(real_db, settings):
    """Close to Wigan's sentence but with words changed: no near-verbatim match, so the
    release is not said to have taken Wigan's words."""
    reworded = "There is now some effective scrutiny of social care from a range of partners."
    text = f"Inspectors said: “{reworded}”"
    [(role, _, explanation)] = _verdicts(text, real_db, settings)
    assert role == "inspectors"
    assert "these words are from" not in explanation
