"""A clause after a dash that carries on Ofsted's saying, its subject left in the clause
before (lane frame25, session 25): a headline's 'Ofsted keeps the city's overall grade at
good - but warns a small number of children are waiting too long' tells a grade and a
finding, each a claim of its own; read as one finding, neither was found (written24's
tune half). Every sentence here is invented."""

from __future__ import annotations

import pytest
from extract_helpers import kinds_after

OPENING = "Ofsted rated Barset's children's services good.\n\n"


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Ofsted keeps the town's overall grade at good - but warns some children wait too "
            "long while the council prepares to go to court",
            [
                ("comparison", "Ofsted keeps the town's overall grade at good"),
                (
                    "finding",
                    "warns some children wait too long while the council prepares to go to court",
                ),
            ],
        ),
        (
            "Inspectors rated the council good - and found that children are safe.",
            [
                ("rating", "Inspectors rated the council good"),
                ("finding", "found that children are safe"),
            ],
        ),
    ],
)
def test_a_clause_carrying_on_ofsteds_saying_is_a_finding_of_its_own(sentence, want):
    assert kinds_after(OPENING, sentence) == want


@pytest.mark.parametrize(
    "sentence",
    [
        # The council's saying carried on is the council's: one claim, as before.
        "The council kept its good grade - and says it will improve further.",
        # A label before the dash states nothing: the sentence stays whole.
        "Ofsted report on Barset - warns of delays for some children in care.",
    ],
)
def test_a_clause_carrying_on_anothers_saying_or_a_label_stays_whole(sentence):
    assert len(kinds_after(OPENING, sentence)) == 1
