"""The second labeller's gold: every file pairs with a first label, and kappa is kappa."""

from __future__ import annotations

import json

from verify.evaluation.agreement import FIRST, SECOND, kappa, paired_verdicts


def test_kappa_is_one_for_full_agreement_and_zero_for_chance():
    assert kappa([("a", "a"), ("b", "b")]) == 1.0
    # both say 'a' half the time, independently: agreement is what chance gives
    assert kappa([("a", "a"), ("a", "b"), ("b", "a"), ("b", "b")]) == 0.0


def test_every_second_label_file_names_a_first_labelled_article():
    files = sorted(SECOND.glob("*.json"))
    assert len(files) == 6
    for path in files:
        article = json.loads(path.read_text())["article"]
        assert (FIRST / f"{article}.json").is_file()
    assert len(paired_verdicts()) >= 80
