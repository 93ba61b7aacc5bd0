"""Words written more than one way: spellings and abbreviations of the same word.

The conventions call a quotation that only spells the report's words otherwise a minor
variation ('spelling, abbreviation, numerals'): an American spelling ('judgment'), another
accepted one ('inquiries' for the report's 'enquiries'), a number, an ordinal, a month or
a unit of time abbreviated or in digits ('1st', 'Sept', '24hrs'), a contraction ("aren't"
for 'are not'). One home, so that normalisation (``verify.match``) and the quote check
read the same table.
"""

from __future__ import annotations

import re
from functools import lru_cache

from verify.words.numbers import month_name, month_number, number, ordinal

SPELLINGS = {
    "program": "programme",
    "programs": "programmes",
    "center": "centre",
    "centers": "centres",
    "behavior": "behaviour",
    "behaviors": "behaviours",
    "color": "colour",
    "favor": "favour",
    "honor": "honour",
    "labor": "labour",
    "neighbor": "neighbour",
    "neighborhood": "neighbourhood",
    "judgment": "judgement",
    "judgments": "judgements",
    "fulfill": "fulfil",
    "enroll": "enrol",
    "inquiry": "enquiry",
    "inquiries": "enquiries",
    "inquire": "enquire",
    "inquired": "enquired",
    "inquiring": "enquiring",
    "license": "licence",
    "licenses": "licences",
    "defense": "defence",
    "offense": "offence",
    "offenses": "offences",
    "aging": "ageing",
    "acknowledgment": "acknowledgement",
    "acknowledgments": "acknowledgements",
    "whilst": "while",
    "amongst": "among",
    "advisor": "adviser",
    "advisors": "advisers",
}
"""A word's other spellings (American, or another the dictionaries accept) -> the one
Ofsted prints, for the irregular words no suffix rule ('-ize', '-our', a doubled letter)
relates: one word in comparison, however spelled."""

SOUNDALIKE_ENDINGS = (("ence", "ance"), ("ences", "ances"), ("ent", "ant"), ("ents", "ants"))
"""Endings spelled alike by sound, each the other's misspelling ('permanance' for
'permanence', 'independant' for 'independent'): the same word mistyped, which the
conventions call a spelling difference."""


def soundalike(word: str, other: str) -> bool:
    """True when the two words differ only by an ending of ``SOUNDALIKE_ENDINGS`` after a
    stem of at least five letters: 'permanance' and 'permanence'."""
    for one, two in SOUNDALIKE_ENDINGS:
        for a, b in ((word, other), (other, word)):
            stem = a.removesuffix(one)
            if stem != a and len(stem) >= 5 and b == stem + two:
                return True
    return False


UNITS = {
    "hrs": "hour",
    "hr": "hour",
    "hours": "hour",
    "mins": "minute",
    "min": "minute",
    "minutes": "minute",
    "wks": "week",
    "wk": "week",
    "weeks": "week",
    "yrs": "year",
    "yr": "year",
    "years": "year",
}
"""Units of time as releases abbreviate them ('24 hrs', '24hrs') and spell them out, each
to its one name: the same word however written."""

_CONTRACTED = re.compile(r"(?P<base>\w+?)(?P<ending>n't|'re|'ve|'ll|'m)")
"""A word contracted with its negation or verb ('aren't', 'they're', 'we've'): never "'s"
or "'d", which stand for more than one word ('has', 'is'; 'had', 'would') or a possessive."""
CONTRACTIONS = {"n't": "not", "'re": "are", "'ve": "have", "'ll": "will", "'m": "am"}
IRREGULAR_CONTRACTIONS = {"can't": ["cannot"], "won't": ["will", "not"], "shan't": ["shall", "not"]}
"""Contractions whose first part is no word of their own."""


def uncontracted(word: str) -> list[str]:
    """A word as its contraction's words ('aren't' -> 'are', 'not'; "can't" -> 'cannot'),
    any other word as itself: the same words punctuated otherwise."""
    word = word.replace("’", "'")
    if word in IRREGULAR_CONTRACTIONS:
        return IRREGULAR_CONTRACTIONS[word]
    m = _CONTRACTED.fullmatch(word)
    return [m["base"], CONTRACTIONS[m["ending"]]] if m else [word]


AMOUNTS = {"m": "million", "bn": "billion", "k": "thousand"}
"""Amounts as releases write them onto a number ('£1.2m', '3bn'): only so, never alone."""

_GLUED = re.compile(r"(\d+)([a-z]+)")
"""A number written onto its unit ('24hrs', '7days'); an ordinal ('1st') stays whole."""


def spelled_out(words: str) -> list[str]:
    """The words as one spelling of each: a number glued to its unit parted ('24hrs' ->
    '24', 'hour'; '1.2m' -> '1', '2', 'million'), a number or ordinal in words or digits
    as its value ('two' and '2', 'twenty four' and '24', 'first' and '1st', 'twenty fifth'
    and '25th'), a month
    abbreviated or in full as its name ('Sept'), a unit of time as its name ('hrs',
    'hours'). Two runs of words spelled out alike are one wording spelled otherwise, not
    other words."""
    return list(_spelled_out(words))


@lru_cache(maxsize=4096)
def _spelled_out(words: str) -> tuple[str, ...]:
    """``spelled_out``, remembered: the quotation checks ask it of each word of a
    quotation (may the report print it another way?) for window after window and check
    after check, about 200 asks a seed release."""
    out: list[str] = []
    for word in (w for contracted in words.lower().split() for w in uncontracted(contracted)):
        glued = _GLUED.fullmatch(word)
        if glued and ordinal(word) is None:
            out += [glued[1], AMOUNTS.get(glued[2], glued[2])]
        elif out and (n := number(f"{out[-1]} {word}")) is not None and number(out[-1]) != n:
            out[-1] = str(n)  # 'twenty four': one number in two words
        elif out and number(out[-1]) and (n := ordinal(f"{out[-1]} {word}")) is not None:
            out[-1] = f"{n}th"  # 'twenty fifth': one ordinal in two words
        else:
            out.append(word)
    return tuple(_one_spelling(word.rstrip(".")) for word in out)


def _one_spelling(word: str) -> str:
    if (n := number(word)) is not None:
        return str(n)
    if (n := ordinal(word)) is not None:
        return f"#{n}"
    if (month := month_number(word)) is not None:
        return month_name(month).lower()
    return UNITS.get(word, word)


ABBREVIATED = {
    "iro": "independent reviewing officer",
    "iros": "independent reviewing officers",
    "pep": "personal education plan",
    "peps": "personal education plans",
    "plo": "public law outline",
    "lado": "local authority designated officer",
    "sgo": "special guardianship order",
    "sgos": "special guardianship orders",
    "rhi": "return home interview",
    "rhis": "return home interviews",
    "pas": "personal advisers",
}
"""The domain's abbreviations a report prints once spelled out and then short ('In most
cases, IROs are having a positive impact', 'all PEPs ... not yet consistently good',
'Decisions to consider PLO are being made too late'), with the words a release writes for
them (session 18, findings18: a claim in the full words found too few of them in the
report's sentence). Read for the words a sentence shares with a claim
(``check.common.content_words``), not for quotations: a quotation must print the report's
own form. Not 'PA', whose two letters are also a word cut short (a dev article ending
mid-word, 'the pa', read as a personal adviser lost its support); its plural is none
('PAs support high numbers of young people' for 'Each personal adviser supports only a
low number', session 19: not read as the same subject)."""


SINGULARS = {"people": "person", "peoples": "person", "women": "woman", "men": "man"}
"""Plurals whose stem is not their singular's: 'every young person' and 'Most young
people' name the same subject (session 19, quantity19: the report's sentence held too few
of the claim's words to be found). Read for the words a sentence shares with a claim
(``check.common.content_words``), as ``ABBREVIATED`` is, not for quotations."""
