"""Shared checker helpers."""

from __future__ import annotations

from verify.check import common, other_bodies
from verify.check.release_index import ReleaseIndex, lead_end
from verify.match.normalise import tokens


def test_content_words_are_remembered_and_each_caller_gets_its_own_set():
    """Remembered per text, as computed afresh, and a caller changing its set changes no
    other caller's."""
    text = "Leaders have a clear and accurate understanding of the quality of practice."
    fresh = {t.form[:5] for t in tokens(text) if t.form not in common._COMMON and len(t.form) > 2}
    first = common.content_words(text)
    assert first == fresh == {"leade", "clear", "accur", "under", "quali", "pract"}
    first.add("extra")
    assert common.content_words(text) == fresh
    assert common.shared({"clear", "zzzzz"}, text) == 0.5


def test_remembered_sentence_readings_are_the_fresh_ones_on_a_real_report(reports_dir, settings):
    """Read twice (the second from memory), every sentence of a real report gives what
    reading it afresh gives: its content words and whether it criticises."""
    from verify.check import negation
    from verify.match import PassageIndex
    from verify.report import load_report
    from verify.words.criticism import criticism_now
    from verify.words.spellings import ABBREVIATED, SINGULARS
    from verify.words.stems import stem

    pdf = reports_dir / "80548_salford" / "children's services inspection - 12 january 2024.pdf"
    texts = [s.text for s in PassageIndex(load_report(pdf, settings)).sentences]
    assert len(texts) > 100
    for _ in range(2):
        for text in texts:
            forms = [
                SINGULARS.get(w, w)
                for t in tokens(text)
                for w in ABBREVIATED.get(t.form, t.form).split()
            ]
            fresh = {stem(w) for w in forms if w not in common._COMMON and len(w) > 2}
            assert common.content_words(text) == fresh
            assert negation.criticises(text) == bool(criticism_now(text))
    assert any(negation.criticises(t) for t in texts)


def test_a_lead_is_the_first_paragraph_of_prose_telling_of_the_inspection():
    """A page kept as found opens with a cookie notice in prose: the lead (where a release
    says what it reports) is the first paragraph naming Ofsted or the inspection, and a
    release that never names it has its first paragraph of prose."""
    page = (
        "Cookie notice\n\n"
        "Find out more about how this website uses cookies to enhance your browsing.\n\n"
        "Social workers praised\n\n"
        "Social workers have been praised by Ofsted inspectors at a recent focused visit.\n\n"
        "The council's leader said she was proud of the teams across the city.\n"
    )
    assert page[: lead_end(page)].endswith("at a recent focused visit.")
    plain = page.replace("by Ofsted inspectors at a recent focused visit", "by the mayor this week")
    assert plain[: lead_end(plain)].endswith("enhance your browsing.")
    visitors = page.replace("enhance your browsing", "see how visitors use this website")
    assert visitors[: lead_end(visitors)].endswith("at a recent focused visit.")


def test_a_verdict_is_named_by_the_function_that_built_it():
    """``decided_by`` is the calling function's module and name, a nested one under its own
    name: what the eval's flags-by-check table and the desk's decisions CSV count by."""
    from check_helpers import make_claim, make_release

    release = make_release("Inspectors found the service good.")
    claim = make_claim(release, release.text, kind="finding")

    def inner_check():
        return common.verdict(claim, "supported", "Said.")

    assert common.verdict(claim, "supported", "Said.").decided_by == (
        "test_common.test_a_verdict_is_named_by_the_function_that_built_it"
    )
    assert inner_check().decided_by.endswith("built_it.inner_check")


def test_a_verdict_built_inside_a_checker_package_is_named_by_the_package():
    """A checker split into a package (``verify.check.quote.steps``) keeps the label it had as
    one module ('quote._misquoted'): the eval's table compares labels across sessions."""
    from check_helpers import make_claim, make_release

    release = make_release("Inspectors found the service good.")
    claim = make_claim(release, release.text, kind="finding")
    for module, label in [
        ("verify.check.quote.steps", "quote._misquoted"),
        ("verify.check.finding", "finding._misquoted"),
        ("verify.check", "check._misquoted"),
    ]:
        namespace = {"__name__": module, "common": common, "claim": claim}
        exec("def _misquoted():\n    return common.verdict(claim, 'supported', 'Said.')", namespace)
        assert namespace["_misquoted"]().decided_by == label


def test_an_inspection_of_other_services_is_another_visit():
    """A 2009-2013 inspection named by services the report did not inspect is another
    visit, its time not the report's (grades10: 'The report follows an inspection of the
    council's safeguarding services last year' was contradicted by a looked-after
    children's report's dates); the services the report did inspect are its own visit."""
    from check_helpers import make_report

    from verify.check.visits import names_other_visit

    of_care = make_report(
        framework="other",
        table=[("outcomes_for_looked_after_children", "inadequate", "Outcomes")],
    )
    of_safeguarding = make_report(
        framework="other", table=[("overall_effectiveness", "adequate", "Overall")]
    )
    safeguarding = "The report follows an inspection of the council's safeguarding services."
    care = "The inspection of looked after children services was carried out in July."
    assert names_other_visit(safeguarding, of_care)
    assert not names_other_visit(care, of_care)
    assert names_other_visit(care, of_safeguarding)
    assert not names_other_visit(safeguarding, of_safeguarding)
    assert not names_other_visit(safeguarding, make_report())  # an ILACS report: no such kinds


def test_an_earlier_grade_placed_in_words_of_another_council_is_that_councils():
    """ratings14: 'The neighbouring county council, rated good at its last inspection' was
    compared with this council's last report; the council's own earlier grade still is."""
    from check_helpers import make_claim, make_release

    from verify.types import GradeMention

    for text, theirs in (
        ("The neighbouring county council, rated good at its last inspection, helped.", True),
        ("The council, rated good at its last inspection, has improved.", False),
    ):
        release = make_release(text)
        grade = GradeMention(grade="good", judgement=None, printed="good", time_cue="past")
        claim = make_claim(release, text, kind="comparison", grades=[grade])
        index = ReleaseIndex(release.text)
        assert other_bodies.earlier_of_other_body(index, claim, "Ashbury") is theirs, text
