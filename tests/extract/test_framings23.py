"""Framings of quotations read from the dev part's real articles (lane framings23): each
case failed before its fix."""

from __future__ import annotations

from verify.extract import extract_claims
from verify.types import Release


def _quote(text: str, words: str):
    release = Release(source="t", sha256="0", media_type="text", text=text)
    return next(c for c in extract_claims(release) if c.kind == "quote" and words in c.text)


def test_the_report_reads():
    """'…,” the report reads.' gives the words to the report, as 'states' does."""
    text = (
        "Wigan children's services: Ofsted publishes its report\n\n"
        "The report continues, adding: “small and manageable caseloads”.\n\n"
        "“the first choice for young people leaving care,” the report reads.\n"
    )
    claim = _quote(text, "first choice")
    assert claim.attribution is not None
    assert claim.attribution.role == "inspectors"
    assert claim.attribution.speaker == "the report"


def test_words_inside_a_quotation_frame_no_one():
    """A paragraph that is a quotation, whose own words name inspectors ('To hear
    inspectors refer to …'), is not given to the inspectors by those words: what a
    quotation says does not say who speaks it."""
    text = (
        "North Lincolnshire children's services: Ofsted publishes its report\n\n"
        "Councillor Simon Hackett ruled out resigning.\n\n"
        "“To hear inspectors refer to the commitment to children as exemplary is testament "
        "to the work, it recognises the passion”\n"
    )
    claim = _quote(text, "To hear inspectors")
    assert claim.attribution is None or claim.attribution.role != "inspectors"


def test_reads_the_report():
    """'“…,” reads the report.' gives the words to the report, as '…,” the report reads.'
    and '…,” states the report.' do: 'reads' ends a quotation in either order."""
    text = (
        "Wigan children's services: Ofsted publishes its report\n\n"
        "The report continues, adding: “small and manageable caseloads”.\n\n"
        "“the first choice for young people leaving care,” reads the report.\n"
    )
    claim = _quote(text, "first choice")
    assert claim.attribution is not None
    assert claim.attribution.role == "inspectors"
    assert claim.attribution.speaker == "the report"
