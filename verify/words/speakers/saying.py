"""Who a sentence gives its words to when it opens with the speaker: '<speaker> said
...' (``framed_speaker``, a verb set off by commas, ``set_off``, a subject of two
predicates, ``subject_of_both``) or '<speaker> welcomed ...' (``stance_speaker``), and the
words of a speaker's stance or reaction (``STANCE``, ``REACTION``).

Uses the verbs (``verbs``), whether a speaker is a person (``people``) and their role
(``roles``).
"""

from __future__ import annotations

import re

from verify.words.grades import GRADE, GRADING_VERBS
from verify.words.speakers.names import INSPECTION_DOCUMENTS
from verify.words.speakers.people import is_person, speaks_for_themselves
from verify.words.speakers.roles import role_of
from verify.words.speakers.verbs import BE, BE_DONE, LINKING_OPENERS, SAYING_VERBS

_SAYS_FRAME = re.compile(
    rf"^(?P<who>[^.;:!?\"“‘]{{2,120}}?)(?<!\bof)\s+(?:{SAYING_VERBS})\b",
    re.I,
)
"""'<speaker> said ...'; a saying verb after 'of' is a noun ('the Secretary of State')."""
_SAID_OF = re.compile(rf"\b(?:{BE})(?:\s+(?:also|\w+ly))?$", re.I)
_OPENER = re.compile(rf"^(?:{LINKING_OPENERS})\W+", re.I)


_BEFORE_SAYING = re.compile(
    r"(?:\s+(?:also|then|later|further|too|again|(?:went|goes|go) on to|(?:was|is) keen to))+$",
    re.I,
)
"""Words between a speaker and their saying verb ('She also said', 'He went on to say'):
not the speaker's name, so 'She' is still the person last named carrying on (lane
extract18: 'She went on to say that ...' was no claim at all)."""
_ASIDE_PRONOUN = re.compile(r"he|she|they|we|I", re.I)


def set_off(before: str, after: str) -> str:
    """The speaker of a verb of saying set off by commas inside another clause ('The report,
    he said, was “fair”', 'The report, the council said, “shows how far we have come”'): the
    person or council after the last comma of ``before`` (the words before
    the verb; ``after``: the words after it), not the clause's subject the words are said
    of; ``before`` when the verb is not set off or no person stands there ('The report,
    which was published today, said, ...')."""
    head, _, aside = before.rstrip().rpartition(",")
    if not after.startswith(",") or not head.strip():
        return before
    teller = aside.strip()
    person = _ASIDE_PRONOUN.fullmatch(teller) or is_person(teller) or role_of(teller) == "council"
    return aside if person else before


def said_aside(sentence: str) -> bool:
    """True when the sentence's verb of saying is set off by commas inside its clause ('The
    report, he said, was “fair”'): its subject is what the words are said of, not who
    says them."""
    m = _SAYS_FRAME.match(sentence.strip())
    return m is not None and set_off(m.group("who"), sentence.strip()[m.end() :]) != m.group("who")


def _person_in_apposition(who: str) -> bool:
    """True when a person stands in one of the comma-set parts of the words before a verb
    of saying: the first ('Cllr Chris Best, cabinet member for children,') or a name after
    a title ('The children's services union rep, Unison's Karen Pike,'), not a clause
    whose source comes after the verb ('Services are improving, says Ofsted')."""
    return any(is_person(part) for part in who.split(",") if part.strip())


def framed_speaker(sentence: str) -> str | None:
    """The speaker of a sentence opening '<speaker> said ...', as written ("Deputy mayor
    Sarah Russell", "Cllr Chris Best, cabinet member for children," with its title in
    apposition), without the words between it and the verb ('also', 'went on to':
    ``_BEFORE_SAYING``), or None; "leaders were said to ..." has none."""
    m = _SAYS_FRAME.match(sentence.strip())
    if not m:
        return None
    if (aside := set_off(m.group("who"), sentence.strip()[m.end() :])) != m.group("who"):
        return aside.strip()
    if m.group("who").rstrip().endswith(",") and not _person_in_apposition(m.group("who")):
        return None  # "Services are improving, says Ofsted": the source comes last
    who = _OPENER.sub("", after_own_clause(m.group("who")).strip(" ,"))
    return None if _SAID_OF.search(who) else subject_of_both(_BEFORE_SAYING.sub("", who))


_SECOND_PREDICATE = re.compile(r"\s+(?:and|but)$", re.I)
"""'<subject> <predicate> and' before a verb of saying: 'says' is a second predicate of
the subject, with none of its own."""
_FIRST_VERB = re.compile(
    rf"\s+(?:(?-i:also|now|[a-z]+ly)\s+)?(?:{BE_DONE}|has|have|had|will|would|(?-i:[a-z]+ed))\b",
    re.I,
)
"""The first predicate's verb: a past in lower case ('welcomed', never the name 'Ahmed' or
'Fred' in 'Cllr Ahmed Khan welcomed the report and said ...'), after an adverb at most."""


def subject_of_both(who: str) -> str:
    """The speaker of '<subject> <predicate> and says ...': the subject both predicates
    share, the words before the first one's verb ('Nottingham City Council has accepted the
    findings of an Ofsted inspection ... and says work is under way' is the council's, where
    the words before 'says', naming Ofsted, were read as the inspectors'); ``who`` when it
    is no such pair or no verb is read in it."""
    if not _SECOND_PREDICATE.search(who):
        return who
    verb = _FIRST_VERB.search(who)
    return who[: verb.start()].strip(" ,") if verb and verb.start() > 0 else who


_JOINED_CLAUSE = re.compile(r",\s+(?:and|but|although|though|while|whereas)\s+(?=\S)", re.I)
_STATES = re.compile(rf"\b(?:{BE_DONE}|has|have|had)\b", re.I)


def after_own_clause(who: str) -> str:
    """The speaker of '<clause>, and <speaker> said ...': the words after the last ', and',
    ', but' or ', although' when the words before it state something of their own (a form
    of 'be' or 'have': 'The virtual school was described as highly ambitious, with staff
    who champion children in care, and the report said ...' was given to a speaker named
    by that whole clause, and both findings left as opinion; so was drift34's 'The Local
    Safeguarding Children Board ... was also judged inadequate, although inspectors said
    the board ...'); else ``who`` ('Cllr Ann Lee, cabinet member for children, and the
    director said' names two)."""
    joins = list(_JOINED_CLAUSE.finditer(who))
    if not joins or not _STATES.search(who[: joins[-1].start()]):
        return who
    return who[joins[-1].end() :]


STANCE = re.compile(
    r"\b(?:accepts?|accepted|assures?|assured|commit(?:s|ted)?|welcome[sd]?|apologi[sz]e[sd]?|"
    r"pledge[sd]?|vow(?:s|ed)?|promise[sd]?|determined|disappointed|pleased|proud|delighted)\b",
    re.I,
)
"""A speaker taking a position ("has accepted the findings", "is determined to")."""

GRADED_BY_THE_DOCUMENT = re.compile(
    rf"\b(?:{INSPECTION_DOCUMENTS}|findings)\b(?:\s+(?:of|into|on)\s+its\s+[\w’' ]{{3,40}}?)?"
    r"(?:,?\s+(?:published|released)\b[^,.;]{0,40})?"
    r",?\s+(?:which|that)\s+(?:(?:has|have|had)\s+)?(?:rate[sd]|judge[sd]|grade[sd]|finds|found)\b",
    re.I,
)
"""A relative clause telling what the inspection or its report graded ('accepted the
findings of an Ofsted inspection which has rated its services inadequate', 'welcomed the
report, which judged ... good', 'the findings of an Ofsted inspection of its children's
services, published today, which judged the service to be inadequate': drift34, left an
opinion; '..., published today, which rates the service as inadequate': drift36, the
present tense; 'an Ofsted report published today, which judges ...': drift37; 'the
publication of Ofsted's report into its children's services, which judges ...': drift28,
an opinion until session 34): the release's own account of the report, beside a speaker's
stance on it."""

REACTION = re.compile(
    rf"{STANCE.pattern}|\b(?:thrilled|fantastic|brilliant|wonderful|amazing|incredible|"
    r"great\s+news|celebrat\w*|well[- ]deserved|testament|milestone|historic|(?:\w+\s+)?day)\b",
    re.I,
)
"""Words of someone's feeling about a result ('Proud day', 'Fantastic news', 'A
well-deserved result'): a speaker's reaction to a verdict, never the verdict's own words."""

_STANCE_FRAME = re.compile(
    r"^(?P<who>[^.;:!?\"“‘]{2,120}?),?\s+(?:welcomed|called|described|criticised|criticized|"
    r"urged|warned|hailed|branded|condemned|praised|accepted)\b(?!\s+(?:by|as|for)\b)"
    rf"(?!\s+['‘\"“]?(?:{GRADE}|adequate)['’\"”]?\s*(?:$|[,.;:!?–—-]|again\b|by\b))",
    re.I,
)
"""'<speaker> welcomed / called / criticised ...': a speaker's stance taken in the active
voice (never 'praised by', 'described as', a passive, nor a headline's participle with a
grade and nothing after it, 'Medway's services for children in care branded inadequate':
ratings22, the services were the speaker and the rating an opinion)."""


def stance_speaker(sentence: str) -> str | None:
    """The speaker of a sentence opening with their stance ("Opposition leaders called the
    grade disappointing", "Council leaders welcomed the report", "Local MP Jane Hart
    welcomed the report, saying ..."): a council speaker, or a person or partner speaking
    for themselves; theirs, as a '<speaker> said' sentence is; None when the subject is
    neither (inspectors praising, a service 'called' something)."""
    m = _STANCE_FRAME.match(sentence.strip())
    if m is None:
        return None
    who = _OPENER.sub("", m.group("who").strip(" ,"))
    if _GRADED_SUBJECT.search(who):
        return None  # 'The Board was rated good, with its project called "..."'
    role = role_of(who)
    speaker = role == "council" or (role == "other" and speaks_for_themselves(who))
    return who if speaker and not _SAID_OF.search(who) else None


_GRADED_SUBJECT = re.compile(rf"\b(?:{BE})\s+(?:\w+ly\s+)?(?:{GRADING_VERBS})\b", re.I)
"""A clause grading its subject before 'called': the words before are no speaker but a
rating, and 'called' names a thing ('The Portsmouth Safeguarding Children Board was rated
good, with its Beware of Lurking Trolls e-safety project called "a very good and
imaginative initiative"': drift34, the rating was left an opinion)."""
