"""Who each quotation is attributed to: rules over the words around it.

Looked at in order, nearest first: a reporting verb before the quote in its
sentence ("Mayor Paul Dennett said:", "inspectors found", "labelling it"), a
speaker after it ("…,” the report states), "according to X", a passive
("were described as") that in a release about an inspection means the
inspectors, then the paragraph before (an introduction ending in a colon or
"said", or a quote paragraph whose speaker carries on), and finally a
pronoun ("He added:") resolved to the last speaker named ('he'/'she' to the last
person, 'it' never to one). A quotation standing alone takes a speaker the next
sentence names ("That was the message from ..."), or goes on from the quotation the
sentence before ended ("“…,” he added. “…”"). The speaker is the subject of the verb,
not a body named in an opening phrase, a relative clause or an apposition about them
("Welcoming the Ofsted report, Cllr Lee said"). Tweets embedded as text are attributed
to the account in their signature line.

A package, one module a part of the rules, each used by those after it: ``tweets``
(tweets pasted as text, given to their signature's account), ``cues`` (a speaker found,
the speakers a pronoun can stand for, surnames named again), ``subjects`` (the subject of
a verb, past opening phrases, asides and relative clauses), ``before`` (the reporting verb
before a quotation and its subject, passives and reported clauses), ``after`` (a speaker
after the closing mark, a headline's source), ``sentence`` (the speaker the quotation's own
sentence names), ``context`` (the sentences and paragraph around it) and ``quotations``
(``attribute_quotes``, the rules in order; ``resumes``; ``mask_spans``).
"""

from verify.extract.attribution.cues import surname
from verify.extract.attribution.quotations import attribute_quotes, mask_spans, resumes
from verify.extract.attribution.subjects import OPENING_ADVERBIAL
from verify.extract.attribution.tweets import find_tweets, tweet_attribution

__all__ = [
    "OPENING_ADVERBIAL",
    "attribute_quotes",
    "find_tweets",
    "mask_spans",
    "resumes",
    "surname",
    "tweet_attribution",
]
