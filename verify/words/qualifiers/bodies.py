"""Whose grade it is: the body the words before a grade last name, when it is one a
children's services report never grades or a council other than the report's.

The fact and other-bodies checks leave such a grade unchecked against this inspection.
"""

from __future__ import annotations

import re

from verify.words.councils import COUNCIL_WORD, Council, mentions, names_council
from verify.words.judgements import OTHER_BODIES, RELEASE_JUDGEMENT_RE
from verify.words.qualifiers.subjects import WHOLE_SERVICE

_THIS_SERVICE = re.compile(
    rf"{WHOLE_SERVICE.pattern}|\b(?:{COUNCIL_WORD}|borough|it|they|them|its|their)\b", re.I
)
"""Words naming this council or its service, or standing for what was named before (a
pronoun): a subject a children's services report grades, or may."""


_ASIDE = re.compile(
    r",\s*(?:which|who|whose|that|where"
    r"|(?:(?!(?:rated|judged|graded|assessed|found)\b)[a-z]+ed|run)\s+(?:with|by|across|between)\b)"
    r"[^,]*,|\([^()]*\)"
)
"""A relative clause set off by commas, a participle telling who shares or runs the subject
('The tri-borough Local Safeguarding Children Board, shared with the two neighbouring
councils, was also judged good': drift46, the grade was left the neighbours'), or words in
brackets: an aside about the subject ('Help and protection, which works with schools, was
judged'), not the subject."""


def other_body(before: str, authority: str | None = None) -> str | None:
    """The body the words before a grade last name, when it is one a children's services
    report never grades (``OTHER_BODIES``: 'The borough's schools are among the best, with
    95 per cent rated', 'A neighbouring council, rated'), or a council other than the
    report's ``authority`` ('Unlike neighbouring Hampshire, which Ofsted rated'); None when
    what they last name (asides left out) is the council, its services, a judgement, a
    pronoun, or nothing: the grade is then this inspection's to check."""
    before = _ASIDE.sub(" ", before)
    others = [
        (m.group(), _appositive_end(before, m, _possessed_end(before, m.end())))
        for m in OTHER_BODIES.finditer(before)
    ]
    own = [m.end() for m in _THIS_SERVICE.finditer(before)]
    own += [m.end() for m in RELEASE_JUDGEMENT_RE.finditer(before)]
    for council, at in mentions(before):
        end = _possessed_end(before, _named_end(before, council, at))
        if authority is None or names_council(council.name, authority):
            own.append(at + 1)
        else:
            others.append((before[at:end], end))
            own = [e for e in own if not at <= e <= end]  # 'Hampshire County Council'
    if not others:
        return None
    name, end = max(others, key=lambda o: o[1])
    return name if end >= max(own, default=0) else None


_COUNCIL_AFTER = re.compile(
    rf"(?:\s+(?:county|city|borough|metropolitan|district))*\s+{COUNCIL_WORD}\b", re.I
)


_POSSESSIVE = re.compile(r"[’']s?\s+")


_APPOSITIVE_OPENS = re.compile(r",\s*(?:the|a|an|its|their|our)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _appositive_end(text: str, body: re.Match, end: int) -> int:
    """Where an apposition that names the body ends ('Adoption@Heart, the regional adoption
    agency the council shares with its neighbours, was rated'): at its closing comma, so
    the words inside it that name the council (what the body is to it) do not make the
    grade the council's (ratings18b: it was, and the agency's year was checked against
    this visit's dates); ``end`` when the body opens no apposition closed before the
    grade."""
    if not _APPOSITIVE_OPENS.search(text, 0, body.start()):
        return end
    comma = text.find(",", end)
    return comma if comma != -1 else end


def _possessed_end(text: str, end: int) -> int:
    """Where a body named up to ``end`` ends with the service or judgement it possesses
    ('Waltham Forest's children's services', 'Cleveland Police's child protection work',
    ``_SERVICE``):
    that body's, not the report's council's (grades10: was read as the council's own)."""
    mark = _POSSESSIVE.match(text, end)
    owned = mark and (
        WHOLE_SERVICE.match(text, mark.end())
        or RELEASE_JUDGEMENT_RE.match(text, mark.end())
        or _SERVICE.match(text, mark.end())
    )
    return owned.end() if owned else end


_SERVICE = re.compile(r"(?:social\s+care\s+)?(?:services?|provision)\b", re.I)
"""A service named bare after its owner ('Kent County Council's services'): the owner's,
not the report's council's, though 'Council's services' reads as this council's
(session 38: once the Medway report's account of 2011 was read, Kent's 2010 grade was
compared with it)."""


def _named_end(text: str, council: Council, at: int) -> int:
    """Where the council named at ``at`` ends, with the word 'Council' after its name."""
    name = max((n for n in council.names if text.startswith(n, at)), key=len, default="")
    end = at + len(name)
    after = _COUNCIL_AFTER.match(text, end)
    return after.end() if after else end
