"""The routing table: what settles a kind before or over its checker, on invented reports."""

from __future__ import annotations

from check_helpers import make_claim, make_release

from verify.check import check_claims

VISIT = "Ofsted's focused visit to Ashbury found strong practice. "


def _checked(report, settings, text, snippet, kind, **values):
    release = make_release(text)
    claim = make_claim(release, snippet, kind=kind, **values)
    return check_claims(release, [claim], [report], [], settings, None).claims[0]


def test_a_finding_about_another_visit_is_not_checked(report, settings):
    """The report is not of the focused visit the release is about: what that visit found
    is in a letter we were not given."""
    text = VISIT + "Inspectors found that too many children wait too long for a conference."
    snippet = text[len(VISIT) :]
    assert _checked(report, settings, snippet, snippet, "finding").verdict != "not_checkable"
    got = _checked(report, settings, text, snippet, "finding")
    assert got.verdict == "not_checkable"
    assert got.explanation.startswith("About a later visit whose letter was not given")


def test_a_quote_missing_from_a_report_of_another_visit_is_not_flagged(report, settings):
    """A quotation from the visit's letter may be found in the report, but not missed."""
    said = "Inspectors said practice was 'consistently outstanding in every single team'."
    quoted = "consistently outstanding in every single team"
    alone = _checked(report, settings, said, quoted, "quote")
    assert alone.verdict in ("misquoted", "misattributed", "spliced", "unsupported")
    got = _checked(report, settings, VISIT + said, quoted, "quote")
    assert got.verdict == "not_checkable"
    assert got.explanation.startswith("Not flagged: the release is about a later visit")
    found = "Inspectors said 'Early help services are well established across the borough.'"
    kept = _checked(report, settings, VISIT + found, found.split("'")[1], "quote")
    assert kept.verdict == "supported"


def test_a_rating_that_states_wrong_dates_in_passing_is_contradicted(report, settings):
    """A rating's own grades agree, but the inspection month it states in passing does not."""
    from verify.extract.values import parse_values

    text = "Following an inspection in June, inspectors rated Ashbury good overall."
    for month, expected in (("March", "supported"), ("June", "contradicted")):
        said = text.replace("June", month)
        got = _checked(report, settings, said, said, "rating", **parse_values(said).model_dump())
        assert got.verdict == expected, got.explanation


def test_the_table_leaves_unchecked_on_another_visit_exactly_the_kinds_lookups_skips(
    report, settings
):
    """``lookups`` skips the kinds of ``ABOUT_THE_VISIT`` against a report of another
    visit, trusting the table to leave them unchecked there: the two must name the same
    kinds."""
    from verify.check.common import ABOUT_THE_VISIT

    said = "Inspectors found that early help services are well established in Ashbury."
    unchecked = {
        kind
        for kind in ("finding", "comparison", "inspection_fact", "rating", "opinion")
        if _checked(report, settings, VISIT + said, said, kind).explanation.startswith(
            "About a later visit"
        )
    }
    assert unchecked == set(ABOUT_THE_VISIT)


def test_every_kind_of_claim_has_its_checker():
    """``check_one`` looks a claim's checker up by its kind: a kind extraction can give with
    no checker would fail there, at check time."""
    from typing import get_args

    from verify.check import CHECKERS
    from verify.types import ClaimKind

    assert set(CHECKERS) == set(get_args(ClaimKind))


def test_a_claim_in_the_reports_own_words_is_not_flagged_as_contradicting_it(settings):
    """A sentence the report says word for word cannot contradict it: the contradiction
    read from it ('rated outstanding by partners' taken for Ofsted's grade of leaders,
    which the table gives as good) is a misreading, shown with the passage, not flagged.
    Said in other words, or as a part of the report's sentence, or in fewer words, the same
    grade still flags."""
    from check_helpers import REPORT_TEXT, TABLE, make_report

    from verify.extract.values import parse_values

    def rating(text):
        values = parse_values(text).model_dump(exclude={"authority"})
        return _checked(report, settings, text, text, "rating", **values)

    said = "Leaders were rated outstanding by partners in a survey of 40 agencies."
    table = [(j, "good" if j == "impact_of_leaders" else g, t) for j, g, t in TABLE]
    report = make_report(
        REPORT_TEXT.replace("\nThe inspection", f"8. {said}\n\nThe inspection"), table
    )
    for text in (said, f"Inspectors said {said[0].lower()}{said[1:]}"):
        got = rating(text)
        assert got.verdict == "not_checkable", got.explanation
        assert "says these very words (paragraph 8)" in got.explanation
        assert got.evidence[0].paragraph == 8
    others = (
        "Leaders were rated outstanding by Ofsted.",
        "Leaders were rated outstanding.",  # the report's words, too few to tell
        "Leaders were rated outstanding by partners in a survey.",  # a part of its sentence
    )
    for other in others:
        assert rating(other).verdict == "contradicted"


def test_a_monitoring_visit_named_in_passing_withdraws_only_the_flags_near_it(report, settings):
    """A release whose lead tells of the report's inspection and names a monitoring visit
    further on ('Each monitoring visit that followed recorded steady improvement'): only
    a quotation in that paragraph or the next may be the visit's letter's; one far from it
    is the inspection's and keeps its flag (every one was withdrawn)."""
    quoted = "consistently outstanding in every single team"
    said = f"Inspectors said practice was “{quoted}”."
    visit = "Each Ofsted monitoring visit that followed recorded steady improvement."
    lead = "Ashbury rated good\n\nAshbury's children's services have been rated good by Ofsted.\n\n"
    plans = "tells of the council's plans for the year."
    filler = "\n\n".join(f"Paragraph {n} {plans}" for n in range(3))
    far = _checked(report, settings, f"{lead}{visit}\n\n{filler}\n\n{said}", quoted, "quote")
    assert far.verdict in ("misquoted", "misattributed", "spliced"), far.explanation
    for near in (f"{lead}{visit}\n\n{said}", f"{lead}{visit} {said}"):
        got = _checked(report, settings, near, quoted, "quote")
        assert got.verdict == "not_checkable", got.explanation
    in_lead = f"Ashbury monitoring visit\n\n{VISIT}{visit}\n\n{filler}\n\n{said}"
    assert _checked(report, settings, in_lead, quoted, "quote").verdict == "not_checkable"


def test_a_fact_of_another_visit_the_report_tells_is_its_finding(settings):
    """'The report says practice weaknesses identified at a focused visit in February 2024
    had not been addressed': no date of this visit to compare, but the report's own
    account of that visit, so supported where the report says it (compare22: was
    not_checkable); a visit's fact the report does not tell stays unchecked."""
    from check_helpers import make_report

    told = (
        "Practice weaknesses identified at a focused visit in February 2024 have not been "
        "addressed effectively."
    )
    report = make_report(text=f"1. {told}\n2. Early help services are well established.")
    said = (
        "The report says practice weaknesses identified at a focused visit in February 2024 "
        "had not been addressed effectively."
    )
    got = _checked(report, settings, said, said, "inspection_fact", months=[2])
    assert got.verdict == "supported", got.explanation
    other = "A focused visit in February 2024 looked at help for disabled children."
    assert _checked(report, settings, other, other, "inspection_fact", months=[2]).verdict == (
        "not_checkable"
    )
