"""A quotation nested in a speaker's own that the speaker gives to Ofsted or its report:
the report's words, kept as a quotation of their own to check; any other nested
quotation is the speaker's words."""

from __future__ import annotations

import re

from verify.extract.quotes.match import QuoteMatch, _finish, _Open
from verify.words.speakers import (
    ACCORDING_TO,
    FINDING_VERBS,
    INSPECTORS_SOURCE,
    JUDGING_VERBS,
    SAYING_VERBS,
    VISITING_VERBS,
    role_of,
)

_GIVEN_TO_INSPECTORS = re.compile(
    rf"{INSPECTORS_SOURCE}[^.;:!?]{{0,60}}?"
    rf"\b(?:{FINDING_VERBS}|{JUDGING_VERBS}|{SAYING_VERBS}|{VISITING_VERBS}|right\s+(?:that|to))\b"
    r"[^.;!?]*$",
    re.I,
)
"""The words before a quotation nested in another, from the start of their sentence,
giving it to Ofsted or its report ("I am pleased that inspectors recognised our ‘…’",
"The report says that ‘…’", "Inspectors told us our staff ‘…’", "inspectors saw that our
officers work ‘…’", "Inspectors met ‘…’", "Inspectors were right that our systems had
‘…’": drift39, left the director's words)."""


_SENTENCE_REST = re.compile(r"[^.;!?\n]*")
_GIVEN_AFTER = re.compile(
    rf"{INSPECTORS_SOURCE}[^.;:!?“”‘’]{{0,30}}?\b(?:{FINDING_VERBS}|{SAYING_VERBS})\b", re.I
)
"""The words just after a nested quotation giving it to Ofsted or its report ("our staff
are ‘passionate’, inspectors said, and ...")."""


def _in_inspectors_words(words: str, first: bool = False) -> bool:
    """True when the last sentence of the words before a nested quotation names Ofsted or
    its report as their source without a verb ("In the inspectors’ words, ‘…’", "To quote
    the report, ‘…’", "As Ofsted put it, ‘…’"), or, ``first``, the words just after it
    open by naming them ("‘…’, according to Ofsted", "‘…’, as the report puts it")."""
    if first:
        m = ACCORDING_TO.match(words)
        return bool(m and m["source"] and role_of(m["source"]) == "inspectors")
    last = re.split(r"[.;!?]", words)[-1]
    return any(
        m["source"] and role_of(m["source"]) == "inspectors" for m in ACCORDING_TO.finditer(last)
    )


def _nested_quotation(text: str, outer: _Open, start: int, end: int) -> QuoteMatch | None:
    """The quotation nested in a speaker's own at ``start:end``, when the speaker gives it
    to Ofsted or its report: those are the report's words, a quotation of their own to
    check, while the words around them stay the speaker's. Any other nested quotation (a
    motto, a scare-quoted word, "the report's message isn't ‘start again’") is part of
    the speaker's words."""
    lead = text[outer.start : start - 1]
    trail = _SENTENCE_REST.match(text, end + 1).group().lstrip(" ,–—")
    given = _GIVEN_TO_INSPECTORS.search(lead) or _GIVEN_AFTER.match(trail)
    if not (given or _in_inspectors_words(lead) or _in_inspectors_words(trail, first=True)):
        return None
    return _finish(text, _Open("single", start, [(start, end)]), closed=True)
