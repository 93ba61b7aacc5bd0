"""Rules that turn the spans found in a release into claims: the quotations and tweets
as they are, and each sentence that makes a checkable statement (or an opinion), with
its kind and parsed values. Pure functions over character offsets; the ``claims`` and
``claim_authorities`` stages (``verify.extract.nlp``) run them on a Doc.

A package, one module a part of the rules, each used only by those after it: ``found`` (a
claim before numbering, the quotation and tweet claims, the quote pieces near a sentence),
``lines`` (what a line is by its shape: a heading, web-page words, a table row, an
inspectors' list, a statement long enough to be a claim), ``endings`` (a source or speaker
named at a sentence's end), ``voices`` (who speaks each sentence), ``kind`` (its kind as its
words and speaker make it), ``parts`` (a sentence cut into its claims), ``sentences``
(``sentence_claims``, the whole reading) and ``authorities`` (the council each claim is
about).
"""

from verify.extract.claims.authorities import authorities
from verify.extract.claims.found import Found, embedded, quote_claims, tweet_claims
from verify.extract.claims.sentences import sentence_claims

__all__ = [
    "Found",
    "authorities",
    "embedded",
    "quote_claims",
    "sentence_claims",
    "tweet_claims",
]
