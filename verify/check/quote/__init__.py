"""Quotations: verbatim, minor variation, misquoted, spliced, misattributed, unsupported.

A quotation is cut into segments at its release paragraph breaks, at marked
ellipses and brackets (allowed omissions) and at sentence ends. Each segment is
placed in the report (exact, then fuzzy on normalised words). Consecutive
segments not separated by an ellipsis must be adjacent in the report: if they
are not, the quote joins separate passages (spliced).

A package, one module a part of the check, each used by those after it: ``segments``
(cutting the quotation), ``joins`` (a piece running two report sentences into one, cut
in two), ``placing`` (placing the segments in the report, worked out once a check),
``speakers`` (who the release gives the words to), ``misleading`` (the report's words
negated, denied or said of something else where they stand), ``dated`` (a quotation
its sentence, or the sentence before, gives to an earlier inspection), ``not_found``
(words the report does not hold as given) and ``steps`` (``check_quote``, one step per
path).
``common.check_name`` labels each verdict by this package's name (``quote._misquoted``).
"""

from verify.check.quote.misleading import said_of_others
from verify.check.quote.placing import pieces, placed
from verify.check.quote.segments import segments
from verify.check.quote.steps import check_quote

__all__ = ["check_quote", "pieces", "placed", "said_of_others", "segments"]
