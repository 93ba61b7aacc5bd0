"""The council, its area, its trust or its plans as the subject a sentence opens with
('The council has opened two homes', 'Barnet employs ...', 'We have drawn up a plan'),
told in the council's own voice, and Ofsted or its report as the subject
(``INSPECTORS_SUBJECT``).

Uses the names (``names``).
"""

from __future__ import annotations

import re

from verify.words.councils import COUNCIL_WORD, name_opening
from verify.words.speakers.names import (
    FIRST_PERSON,
    INSPECTION_DOCUMENTS,
    OFSTED_NAMES,
    OFSTED_NOUNS,
    mentions_inspectors,
)

COUNCIL_SUBJECT = re.compile(
    r"^(?!(?:although|though|while|whilst|as|when|if|because|since|despite|after|before)\b)"
    rf"(?:\S+\s+){{0,5}}?{COUNCIL_WORD}\b(?![’']s|\s+said|\s+says)",
    re.I,
)
"""Words opening with the council as the subject ("The leadership of X Council has ..."),
not of a clause before it ("Although the council has ..., they ...")."""


_AREA_SUBJECT = re.compile(r"^(?:the\s+)?(?:borough|county|city|district)\b(?![’']s)\s+\w", re.I)
"""The council's area as a sentence's subject ("The borough employs ...", "The county opened
..."), not its people or services ("The borough's social workers ...")."""


def council_as_subject(words: str) -> bool:
    """True when ``words`` open with the council, or its area, as their subject: the
    release telling the council's own doings, figures or plans in its own voice."""
    return bool(COUNCIL_SUBJECT.match(words) or _AREA_SUBJECT.match(words))


_NAMED_SUBJECT_VERB = re.compile(r"\s+(?:now\s+|also\s+|still\s+)?[a-z]+\b(?<!\band)")
"""What follows a council's name opening a sentence when the name is its subject: a verb
or an adverb before one ('Barnet employs', 'Medway now has'), not a possessive, a list
('Barnet and Enfield') or a name going on ('Barnet Council')."""


_COUNCILS_OWN_SUBJECT = re.compile(
    r"^\s*(?:(?:the\s+)?(?:council|authority)[’']s\s+(?:[\w’'-]+\s+){1,6}?"
    r"(?:is|are|was|were|will|has|have|had)\b|(?:we|our)\s)",
    re.I,
)
"""The council's own body or plan as the subject ('The council's cabinet will discuss the
report', 'The council's next monitoring visit is expected'), or the council speaking as
'we' in its own release ('We have already drawn up an action plan', 'Our social workers
have manageable caseloads')."""


_TRUST_SUBJECT = re.compile(
    r"^\s*(?:(?i:the\s+)(?i:(?:children[’']s\s+)?trust|company|social\s+enterprise)"
    r"|(?:[A-Z][\w’'-]*\s+){1,4}?(?:for\s+Children|Children\s+First|Children[’']s\s+Trust))"
    r"(?:\s*,[^,;:.“”\"]{2,120},)?\s+(?:now\s+|also\s+|already\s+|still\s+)?"
    r"(?!and\b|of\b)[a-z]+\b"
)
"""The trust or company running the council's children's services as the subject, by
what it is or by its name, a description in apposition or not ('The trust has opened two
homes', 'The company has been given three months', 'Achieving for Children runs
children's services', 'Achieving for Children, the social enterprise that runs ..., was
set up in 2014'): the council's own arm telling its own doings, as the council's are."""


_PLAN_AHEAD = re.compile(
    r"^\s*(?:[\w’'-]+\s+){1,10}?(?:will|(?:is|are)\s+due\s+to)\s+(?:now\s+|also\s+|then\s+)?"
    r"(?:be\s+)?[a-z]+\b",
    re.I,
)
"""A first clause telling what is yet to happen, in no one's voice ('An improvement plan
will be agreed with the Department for Education', 'Every child in care will be offered a
leisure pass', 'The annual Youth Takeover Day will see ...'): the council's plan told in
the passive or through its plan or event, which the conventions leave not_checkable, as
its plans with itself as the subject are."""


def plans_ahead(words: str) -> bool:
    """True when ``words`` open with a clause about what is yet to happen (``_PLAN_AHEAD``)
    and name no inspector or report ('Ofsted will return' is the inspectors'): a plan. Whose
    plan, the council's for its children or the release's local news ('The seafront
    illuminations will be switched on', stress_speed20), extraction asks of the domain's
    words (``extract.claims.kind._councils_own``)."""
    return bool(_PLAN_AHEAD.match(words)) and not mentions_inspectors(words)


COUNCIL_STAFF = re.compile(
    r"^(?:the\s+|its\s+|our\s+)?(?:(?:senior|service|political|strategic)\s+)?"
    r"(?:leaders|leadership(?:\s+team)?|managers|bosses|officials)$",
    re.I,
)
"""The council's own people by what they are, with no council named ('Leaders', 'Senior
leaders', 'Bosses'): as the speakers of a sentence ('Leaders believe the improvements will
be sustained'), the council's officials, whose words the conventions leave not_checkable."""


def council_opens_as_subject(words: str) -> bool:
    """True when ``words`` open with the council, its area, a council's name, the
    council's own body or plan, or the council's 'we' as their subject ('The council has
    opened two homes', 'The borough will host', 'Barnet employs about 250 social workers',
    'The council's cabinet will discuss', 'We have drawn up a plan'), or the trust running
    its services ('The trust has opened two homes', ``_TRUST_SUBJECT``)."""
    if council_as_subject(words) or _COUNCILS_OWN_SUBJECT.match(words):
        return True
    if _TRUST_SUBJECT.match(words):
        return True
    stripped = words.lstrip()
    end = name_opening(stripped)
    return end > 0 and bool(_NAMED_SUBJECT_VERB.match(stripped, end))


def in_council_voice(intro: str) -> bool:
    """True when an introduction's last clause has the council, or its first person, as
    its subject ("In response to the inspectors’ recommendations, the council will:", "Our
    next steps:"): what follows is the council's own, though Ofsted is named before."""
    last = intro.rsplit(",", 1)[-1].strip()
    return bool(COUNCIL_SUBJECT.match(last) or FIRST_PERSON.search(last))


INSPECTORS_SUBJECT = re.compile(
    rf"^(?:\S+\s+){{0,4}}?(?:{OFSTED_NAMES}|(?:the|an|its|their|this|\w+[’']s) "
    rf"(?:{INSPECTION_DOCUMENTS}|{OFSTED_NOUNS}))\b",
    re.I,
)
"""Words opening with Ofsted, its inspectors or their report as the subject, in the
first few words ("In their report, inspectors ...", "The report ...", "Dunmere’s report")."""
