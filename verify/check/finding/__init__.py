"""Paraphrased findings: supported, contradicted, misleading or not found.

The report sentences nearest a claim are found by meaning (cosine of sentence
embeddings) and by words (the share of the claim's content words a sentence holds);
a sentence that reaches either bar says the same thing, and the explanation names it.
Praise is supported only by a sentence that does not criticise; a criticism by any
that says it, a critical one at a slightly lower bar. Measured on the hand-labelled real
articles, a claim near a sentence of the other tone was nearly always another aspect
of the same topic, so only positive evidence flags: the report's own critical
sentence restated with its criticism gone (contradicted), praise the report limits
("Most children ...") told of all of the same thing (misleading), a finding told
without the hedge of the clause it restates ("numbers are now beginning to reduce" told
as "has reduced": misleading, the hedge named), or praise for what the report says only
critically and lists among what needs to improve (misleading). A 'What needs to improve'
item names a topic, so it supports no praise of it; a figure must be the report's (a
passage saying the same with another figure contradicts); a statement the report makes
of other children (in its section on children in care, told of care leavers) is no
support. A statement a council speaker makes is theirs: by the conventions an opinion,
not checked.

A package, one module a part of the check, each used by those after it: ``scope`` (which
findings are checked, and the finding without its framing), ``reading`` (the report
sentences nearest a finding, ranked by meaning and by words), ``stretch`` (a long
sentence read over the stretch holding the finding's words), ``figures`` (the figures a
finding and a sentence give), ``listed`` (the 'What needs to improve' items), ``others``
(support said of other children or people), ``opposites`` (the report's words telling a
finding the other way or limiting it), ``support`` (the verdict against the supporting
sentence, or with none), ``items`` (a sentence listing several findings, looked for item
by item) and ``steps`` (``check_finding``, one step per path).
``common.check_name`` labels each verdict by this package's name (``finding._against_support``).
"""

from verify.check.finding.items import items_ranked
from verify.check.finding.others import figure_clause, figure_clauses, own_words
from verify.check.finding.reading import in_report_words, share_aside
from verify.check.finding.scope import council_speaker, says_only_noted, topic, unrelated
from verify.check.finding.steps import check_finding

__all__ = [
    "check_finding",
    "council_speaker",
    "in_report_words",
    "items_ranked",
    "figure_clause",
    "figure_clauses",
    "own_words",
    "says_only_noted",
    "share_aside",
    "topic",
    "unrelated",
]
