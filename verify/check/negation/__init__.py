"""How a claim's words stand against the report clause that restates them.

Negations (a prefix, a 'not' within a few words, one in the claim's own clause), limits and
hedges ('most', 'typically', 'beginning to'), 'always' against 'varies', none against some,
many against few, and criticism restated or dropped. The finding checks ask these of the
sentence they found; each answers one question and says what it compared.

A package, one module a part of the reading, each used by those after it: ``restated``
(the clause a claim restates, whether it criticises, the claim's own limits), ``subjects``
(what a claim or clause is said of), ``negations`` (where a clause negates the claim's
words), ``denials`` (a restated clause negated, or denied of part only), ``hedges`` (a hedge
or 'varies' dropped), ``opposites`` (a word told the other way), ``quantities`` (none
against some, many against few) and ``generalised`` (a limit on praise dropped or
overridden). The docs and tests name these by this package's name
(``negation.opposite_said``), as before the split.
"""

from verify.check.negation.denials import (
    denied_of_part,
    denies_claims_all,
    negated_restatement,
    negated_where_plain,
)
from verify.check.negation.generalised import (
    DENIED_HOW_OFTEN,
    always_denied_elsewhere,
    generalised,
)
from verify.check.negation.hedges import (
    dropped_hedge,
    only_denies_whole,
    only_varies,
    varies_where_always,
)
from verify.check.negation.opposites import opposed_patterns, opposite_said, prefix_opposite
from verify.check.negation.quantities import many_where_few, none_where_some
from verify.check.negation.restated import (
    RESTATED_HALF,
    RESTATED_MIN,
    SHARED_MIN,
    SHARED_WORDS_MIN,
    critical,
    criticised_nearer,
    criticises,
    limits_itself,
    own_criticism,
    restated_clause,
    restated_critically,
    unquoted,
)
from verify.check.negation.subjects import subject_words

__all__ = [
    "DENIED_HOW_OFTEN",
    "RESTATED_HALF",
    "RESTATED_MIN",
    "SHARED_MIN",
    "SHARED_WORDS_MIN",
    "always_denied_elsewhere",
    "critical",
    "criticised_nearer",
    "criticises",
    "denied_of_part",
    "denies_claims_all",
    "dropped_hedge",
    "generalised",
    "limits_itself",
    "many_where_few",
    "negated_restatement",
    "negated_where_plain",
    "none_where_some",
    "only_denies_whole",
    "only_varies",
    "opposed_patterns",
    "opposite_said",
    "own_criticism",
    "prefix_opposite",
    "restated_clause",
    "restated_critically",
    "subject_words",
    "unquoted",
    "varies_where_always",
]
