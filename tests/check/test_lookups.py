"""What a check will look up by meaning, guessed before the checkers run."""

from __future__ import annotations

import json
from pathlib import Path
from unittest.mock import patch

import pytest

import verify.check.fact.steps as fact
from verify.check import check_one, routed
from verify.check.common import Context
from verify.check.fact import DATES_QUERY, looks_up_evidence, told_as_finding
from verify.check.lookups import lookups
from verify.pipeline import extract
from verify.report import load_report

ROOT = Path(__file__).resolve().parents[2]
DEMO_REPORT = ROOT / "corpora" / "demo" / "report.txt"

RELEASE = (
    "Ashbury children's services rated Good\n\n"
    'Inspectors said: "Senior leaders have a clear and ambitious vision, and they know '
    'their services well."\n\n'
    'Inspectors said: "Every family in the borough is visited by a robot within the hour."\n\n'
    "The inspection took place over five days in March 2024.\n"
)


def _routed(tmp_path, settings, text=RELEASE):
    """``text``'s claims, the check's context against the demo report, its routed claims."""
    release_file = tmp_path / "release.txt"
    release_file.write_text(text, encoding="utf-8")
    extracted = extract(str(release_file), settings)
    report = load_report(str(DEMO_REPORT), settings)
    ctx = Context(extracted.release, [report], [], settings, None)
    return extracted.claims, ctx, routed(extracted.claims, ctx)


def _lookups(tmp_path, settings, text=RELEASE):
    claims, ctx, parts = _routed(tmp_path, settings, text)
    return claims, lookups(ctx, parts)


def _checked_again(paths, settings):
    """The claims of a second check of ``paths`` and the encode calls it made: the first
    check encodes the reports' sentences (kept with their parse) and is not counted."""
    from encoder_helpers import Counting

    from verify.match import Encoder
    from verify.pipeline import run_check

    backend = Counting()
    encoder = Encoder(settings, backend)
    run_check(*paths, settings, encoder)
    backend.calls.clear()
    encoder.forget()
    return run_check(*paths, settings, encoder).result.claims, backend.calls


def test_a_quote_found_once_is_not_looked_up_one_not_found_is(tmp_path, settings):
    claims, texts = _lookups(tmp_path, settings)
    quotes = {c.text[:12]: c.text for c in claims if c.kind == "quote"}
    assert quotes["Senior leade"] not in texts
    assert quotes["Every family"] in texts


def test_an_inspection_fact_looks_up_its_evidence_once(tmp_path, settings):
    claims, texts = _lookups(tmp_path, settings)
    assert any(c.kind == "inspection_fact" for c in claims)
    assert texts.count(DATES_QUERY) == 1 and len(texts) == len(set(texts))


def test_a_release_about_another_visit_looks_up_only_its_quotes(tmp_path, settings):
    """Findings and facts are not checked against a report of another visit, so they
    look nothing up; a quotation still is (found or not, it is placed)."""
    opening = "Ofsted's focused visit to Ashbury found strong practice.\n\n"
    claims, texts = _lookups(tmp_path, settings, opening + RELEASE)
    assert {"quote", "inspection_fact"} <= {c.kind for c in claims}
    assert DATES_QUERY not in texts
    assert any("Every family" in t for t in texts)
    _, same_release_own_visit = _lookups(tmp_path, settings)
    assert DATES_QUERY in same_release_own_visit


def test_a_real_check_encodes_no_text_its_checkers_never_rank(shared, settings):
    """On the Salford seed (a focused-visit release, checked against reports of other
    visits, with council speakers' words the reports lack), the one batch of a check
    holds no finding or fact that a report of another visit never checks, and no
    council's quotation the report lacks (shown with no nearest passage)."""
    from verify.check.finding import topic
    from verify.evaluation.verdicts import seed_set

    seeds = seed_set(shared)
    gold = next(f for f in seeds.files() if f.name.startswith("001_"))
    claims, calls = _checked_again(seeds.paths(json.loads(gold.read_text("utf-8"))), settings)
    rows = {text for call in calls for text in call}
    other_visit = [c for c in claims if "later visit" in c.explanation and c.kind != "quote"]
    own_words = [c for c in claims if "nothing to check them against" in c.explanation]
    assert other_visit and own_words and rows
    assert not rows & {t for c in other_visit for t in (c.text, topic(c.text))}
    assert not rows & {c.text for c in own_words}


def test_a_finding_that_says_only_the_report_noted_this_looks_nothing_up(tmp_path, settings):
    """'The report acknowledges this.' is left unchecked before any ranking (its checker
    says so first), so its words are never encoded; a finding that names something is."""
    text = RELEASE + (
        "\nThe report acknowledges this.\n\nInspectors found that care leavers are well "
        "supported by their personal advisers.\n"
    )
    claims, texts = _lookups(tmp_path, settings, text)
    noted = [c for c in claims if c.text.startswith("The report acknowledges")]
    assert [c.kind for c in noted] == ["finding"]
    assert not any("acknowledges this" in t for t in texts)
    assert any("personal advisers" in t for t in texts)


def test_a_release_about_several_councils_looks_up_each_quotation_in_its_own_report(
    shared, settings
):
    """On the seed about three councils (three reports), a quotation found word for word
    once in the report of the council it is routed to is never encoded, though the other
    councils' reports lack it; one it is not found in is."""
    from verify.evaluation.verdicts import seed_set

    seeds = seed_set(shared)
    gold = next(f for f in seeds.files() if f.name.startswith("004_"))
    paths = seeds.paths(json.loads(gold.read_text(encoding="utf-8")))
    assert len(paths[1]) == 3
    claims, calls = _checked_again(paths, settings)
    rows = {text for call in calls for text in call}
    verbatim = [c for c in claims if c.explanation == "Verbatim in the report."]
    assert len(verbatim) >= 2
    assert not rows & {c.text for c in verbatim}


def test_an_inspection_fact_is_looked_up_only_when_its_checker_compares_a_value(tmp_path, settings):
    """A fact about the framework in general ('came into effect in January 2018') compares
    no value, so its evidence is never looked up (it is guessed only as the finding it
    tells, ``fact.told_as_finding``, by its topic); one dating the visit is."""
    general = "Ofsted's ILACS inspection framework came into effect in January 2018."
    dated = "Inspectors visited the council in March 2024."
    text = f"Ashbury rated Good\n\n{general}\n\n{dated}\n"
    claims, ctx, parts = _routed(tmp_path, settings, text)
    facts = {c.text: c for c in claims if c.kind == "inspection_fact"}
    assert set(facts) == {general, dated}
    report = ctx.reports[0]
    assert not looks_up_evidence(facts[general], ctx, report)
    assert told_as_finding(facts[general], ctx, report)
    assert looks_up_evidence(facts[dated], ctx, report)
    assert dated in lookups(ctx, parts)


def _rows_asked_apart(gold_set, settings) -> dict[str, list[str]]:
    """For each release of ``gold_set``: the texts its check encoded in a call of their
    own, after the one batch of guessed lookups (``_checked_again``), other than the
    stretches of a finding's pool short of the bar (``_asked_apart``)."""
    return {
        doc["seed"]: _asked_apart(gold_set.paths(doc), settings)
        for doc in gold_set.documents(settings)
    }


def _asked_apart(paths, settings) -> list[str]:
    """The texts a second check of ``paths`` encoded outside its two batches (the guessed
    lookups, and the lookups of the halves of the verdicts it may place on a clause:
    ``verify.check.clauses``), but the stretches the finding check read
    (``finding.stretch``, and a listed item's in ``finding.items``): whether any is read is
    known only once a pool is ranked, so they are left out of the batch (4 of the 99 a
    guess could name were read on the dev part) and a pool's are encoded in one call."""
    import verify.check.finding.items as items
    import verify.check.finding.stretch as stretch
    from verify.match import Encoder

    read: list[str] = []
    batches: list[list[str]] = []

    def recorded(reading):
        def reads(*args):
            found = reading(*args)
            read.extend([found] if found else [])
            return found

        return reads

    def batched(prefetch_each):
        def prefetches(encoder, chunks):
            batches.append([text for chunk in chunks for text in chunk])
            return prefetch_each(encoder, batches[-1:])

        return prefetches

    with (
        patch.object(stretch, "stretch_read", recorded(stretch.stretch_read)),
        patch.object(items, "_stretch", recorded(items._stretch)),
        patch.object(Encoder, "prefetch_each", batched(Encoder.prefetch_each)),
    ):
        calls = _checked_again(paths, settings)[1]
    assert len(batches) <= 2 * 2, batches  # two a check, and a check done twice
    batched_texts = {text for batch in batches for text in batch}
    apart = [call for call in calls if not set(call) <= batched_texts]
    assert all(set(call) <= set(read) for call in apart if set(call) & set(read)), apart
    return [text for call in apart for text in call if text not in read]


def test_no_claim_of_a_seed_release_triggers_its_own_encode(shared, settings):
    """Seed 003 quotes 'Adoption is a strength', which its report prints twice: the
    release sentence that chooses between them is guessed too, not encoded apart."""
    from verify.evaluation.verdicts import seed_set

    apart = _rows_asked_apart(seed_set(shared), settings)
    assert len(apart) == 4 and not any(apart.values()), apart


@pytest.mark.slow
def test_no_claim_of_a_real_dev_release_triggers_its_own_encode(shared, settings):
    """The dev part's releases: among them a quotation cut by the end of the text, placed
    nowhere though its words score a fuzzy match (St Helens), and a rating whose grade
    is a goal ('reach the top rating of outstanding', Wigan), whose nearest passages are
    shown."""
    from verify.evaluation.dev import dev_set

    apart = _rows_asked_apart(dev_set(shared, "dev"), settings)
    assert len(apart) >= 30 and not any(apart.values()), {k: v for k, v in apart.items() if v}


def test_a_rating_said_as_a_goal_looks_up_its_nearest_passage(tmp_path, settings):
    """A grade said as a goal is compared with nothing: its nearest passage is shown, so
    it is looked up before the checkers run; a grade said as given is compared with the
    table and looks nothing up."""
    goal = (
        "Inspectors found staff feel valued, which has helped the fostering team reach for "
        "the top rating of outstanding.\n"
    )
    given = "Ashbury's children's services were rated good overall.\n"
    claims, texts = _lookups(tmp_path, settings, f"Ashbury rated good\n\n{goal}\n{given}")
    ratings = {c.text[:12]: c.text for c in claims if c.kind == "rating"}
    assert ratings["Inspectors f"] in texts
    assert ratings["Ashbury's ch"] not in texts


def test_a_facts_values_are_compared_once_for_the_guess_and_the_check(
    tmp_path, settings, monkeypatch
):
    """``lookups`` asks an inspection fact's value comparisons to guess its row and
    ``check_fact`` asks them again: they are worked out once a claim and report."""
    worked = []
    work = fact._compared_values
    monkeypatch.setattr(fact, "_compared_values", lambda *a: worked.append(a[0]) or work(*a))
    _, ctx, parts = _routed(tmp_path, settings)
    assert DATES_QUERY in lookups(ctx, parts)
    facts = [(c, r) for c, r in parts if c.kind == "inspection_fact"]
    checked = [check_one(c, ctx, r) for c, r in facts]
    assert facts and [v.verdict for v in checked] == ["supported"] * len(facts)
    assert worked == [c for c, _ in facts]


@pytest.mark.slow
def test_a_short_quotation_said_of_something_else_is_encoded_in_the_one_batch(shared, settings):
    """The quotes6 stress releases give inspectors' short quotations to things the report
    says them of something else: the release's words and the report's subjects, which the
    encoder compares, are guessed with the rest (``said_of_others``), not encoded apart."""
    from check_helpers import load_expected

    data = ROOT / "tests" / "data" / "stress_quotes6"
    reports = shared / "corpora" / "ofsted" / "reports"
    expected, _ = load_expected(data)
    apart = {}
    for name, case in expected.items():
        paths = (str(data / name), [str(reports / case["report"])], [])
        apart[name] = _asked_apart(paths, settings)
    assert len(apart) >= 5 and not any(apart.values()), apart


def test_a_quotation_is_placed_once_a_check_and_each_caller_gets_copies(
    tmp_path, settings, monkeypatch
):
    """``lookups`` places a quotation the report lacks (to know its nearest passage is
    shown); the quote checker then reuses that placement, the release sentence choosing
    nothing when no piece occurs twice, and the verdict is the one placed afresh."""
    import verify.check.quote.placing as placing

    placed_texts: list[str] = []  # placed as the quotation (``_reworded`` asks 3 sentences)
    place = placing.place

    def counted(seg, ctx, report, context, sentences=1):
        if sentences == 1:
            placed_texts.append(seg.text)
        return place(seg, ctx, report, context, sentences)

    monkeypatch.setattr(placing, "place", counted)
    _, ctx, parts = _routed(tmp_path, settings)
    [report] = ctx.reports
    lookups(ctx, parts)
    robot = next(c for c, _ in parts if c.kind == "quote" and "robot" in c.text)
    assert sum("robot" in t for t in placed_texts) == 1
    checked = check_one(robot, ctx, [report])
    assert sum("robot" in t for t in placed_texts) == 1  # not placed again

    first = placing.placed(robot, ctx, report, "another sentence")
    first[0].text, first[0].alignment = "changed", None
    again = placing.placed(robot, ctx, report, "another sentence")
    assert again[0].text != "changed" and again is not first
    fresh = Context(ctx.release, [report], [], settings, None)
    assert check_one(robot, fresh, [report]).verdict == checked.verdict
    assert sum("robot" in t for t in placed_texts) == 2  # a new check places it anew


def test_a_pools_stretches_are_encoded_together_only_when_read(tmp_path, settings):
    """No demo report sentence reaches the bar for the hubs finding, so the finding check
    reads its pool again over the stretches holding the claim's words
    (``finding.stretch``): they are not guessed into the batch (read in few checks), and
    are encoded in one call, holding nothing else (one call a stretch before)."""
    finding = "Inspectors found that families said family hubs give them real support."
    release = tmp_path / "hubs.txt"
    release.write_text(f"Ashbury rated good\n\n{finding}\n", encoding="utf-8")
    _, texts = _lookups(tmp_path, settings, release.read_text(encoding="utf-8"))
    stretch = "Families value the support they receive from family hubs"
    assert stretch not in texts
    claims, calls = _checked_again((str(release), [str(DEMO_REPORT)], []), settings)
    assert [c.verdict for c in claims if c.kind == "finding"] == ["not_checkable"]
    assert len(calls) == 2 and stretch in calls[1]
    assert all(t not in calls[0] and t not in texts for t in calls[1])


def test_an_inspection_fact_told_as_a_finding_looks_up_its_topic(tmp_path, settings):
    """A fact stating no value of this visit to compare is checked as the finding it
    tells (``check.fact_told_as_finding``): its topic is ranked, so it is guessed with the
    rest, not encoded in a call of its own."""
    from verify.check.finding import topic

    said = (
        "Since the single inspection framework (SIF) inspection in 2014, changes in senior "
        "management have slowed progress."
    )
    claims, texts = _lookups(tmp_path, settings, f"Ashbury rated Good\n\n{said}\n")
    assert [c.kind for c in claims if c.text == said] == ["inspection_fact"]
    assert topic(said) in texts
