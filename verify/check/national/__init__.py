"""National and regional standing: counts, shares and 'first' claims, against the archive.

"One of only three councils in the North West judged good", "joins only four others
nationally with the highest rating", "the top seven per cent", "the first council in the
region to be outstanding" are computed from each council's latest report at the date of
the report the release is about (see ``verify.archive.standing``). Councils the archive
holds no report of are unknown, so a claim is `supported` or `contradicted` only when
every way they could be graded gives the same answer; otherwise it is `not_checkable`,
with what the archive shows. Every verdict states the archive's coverage. Vague groups
('one of the best in the country') stay `not_checkable`.

A package, each module using only those before it: ``reading`` (what the claim asserts,
``read_claim``) and ``steps`` (``check_national``).
"""

from verify.check.national.reading import Reading, read_claim
from verify.check.national.steps import check_national

__all__ = ["Reading", "check_national", "read_claim"]
