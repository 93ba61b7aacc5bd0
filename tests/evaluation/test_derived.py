"""The shared base of the sets derived from real text (``verify.evaluation.derived``)."""

import pytest

from verify.evaluation import derived


def test_a_set_without_a_salt_fails_when_defined():
    with pytest.raises(TypeError, match="salt"):

        class Unsalted(derived.Derived):
            pass


def test_a_set_with_a_salt_gets_its_halves():
    class Salted(derived.Derived):
        salt = "s"

    release = Salted("r", "Some Council", "report.txt", "text", ())
    assert release.half in ("tune", "held-out")


def test_the_sets_derived_from_real_text_each_set_their_salt():
    from verify.evaluation import framings_set, quoteback_set

    assert framings_set.Derived.salt == framings_set.SALT
    assert quoteback_set.Derived.salt == quoteback_set.SALT
