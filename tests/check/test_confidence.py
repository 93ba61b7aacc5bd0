"""Confidence: the dev-part precision of a verdict, shrunk towards a prior when rarely seen."""

from __future__ import annotations

import pytest

from verify.check.confidence import BY_VERDICT, MEASURED, confidence


def test_each_verdicts_pooled_figures_are_those_of_its_kinds():
    for verdict, (seen, share) in BY_VERDICT.items():
        rows = [(n, s) for (_, v), (n, s) in MEASURED.items() if v == verdict]
        assert seen == sum(n for n, _ in rows)
        assert share == pytest.approx(sum(n * s for n, s in rows) / seen)


def test_a_often_measured_verdict_keeps_its_own_precision():
    (kind, verdict), (seen, share) = max(MEASURED.items(), key=lambda kv: kv[1][0])
    assert seen >= 50
    assert confidence(kind, verdict) == pytest.approx(share, abs=0.05)


def test_a_rarely_given_verdict_borrows_its_verdicts_pooled_figure():
    rare = [(k, v) for (k, v), (n, _) in MEASURED.items() if n < 5 and BY_VERDICT[v][0] >= 5]
    assert rare
    for kind, verdict in rare:
        assert confidence(kind, verdict) == confidence("a kind never measured", verdict)


def test_an_unmeasured_verdict_says_only_the_prior():
    assert confidence("quote", "a verdict never given") == 0.5
