"""The report's words quoted so as to say what the report does not: found only negated
or limited where they stand, denied by the words after them, or said there of something
other than what the release gives them to (the provisional misleading paths).
"""

from __future__ import annotations

import re

from verify.check.common import Context, content_words
from verify.check.negation import unquoted
from verify.check.quote.segments import _CLAUSE_BREAK, _EDGE_PUNCT, Segment
from verify.check.quote.speakers import _MISATTRIBUTION_MIN_WORDS, _role
from verify.match import FUNCTION_WORDS, Alignment, PassageIndex, Sentence, normalise, tokens
from verify.report.structure import NUMBERED
from verify.types import Claim, Report
from verify.words.clauses import has_verb
from verify.words.councils import COUNCIL_WORD, COUNCILS_WORD, unnamed
from verify.words.criticism import criticism_now
from verify.words.qualifiers import DENIED_AFTER, NEGATION, NOT_ONLY
from verify.words.quantities import (
    LIMIT_AFTER,
    LIMITED,
    LIMITED_SUBJECT,
    SUBJECT_SHARES,
    names_level,
)
from verify.words.referents import CHILDREN, PRONOUNS, RELATIVES, STAFF, groups
from verify.words.sentences import SENTENCE_END
from verify.words.speakers import (
    BE,
    BE_DONE,
    FINDING_VERBS,
    FIRST_PERSON,
    INSPECTORS_SOURCE,
    JUDGING_VERBS,
    REPORTING_VERBS,
)

# A short quotation is negated in the report when a negation stands among the last
# _NEGATION_WORDS words (in _NEGATED_BEFORE characters) before it, in its own clause: 'not
# yet consistently', 'do not routinely receive', 'not all are'; not 'While this is not
# appropriate, substantive assessments ...', whose negation ends at the comma.
_NEGATION_WORDS, _NEGATED_BEFORE = 3, 60
# The report words after a quotation read for a denial of it ('but is not yet good enough').
_DENIED_AFTER_CHARS = 120

# A limit cut from a quotation stands just before its first word ('Most', 'the majority
# of'), not on words before ('some professionals and delay in submitting referrals'). It
# limits the subject: an adverb's hedge ('generally comprehensive and up to date' quoted
# as 'comprehensive and up to date') is the words said of the same thing, as the
# conventions' short quoted words are.
_LIMIT_BEFORE = re.compile(rf"\b(?:{SUBJECT_SHARES})(?:\s+of(?:\s+the)?)?\s*$", re.I)


def _negated_in_report(
    claim: Claim, segs: list[Segment], ctx: Context, report: Report
) -> str | None:
    """The report's words 'not yet consistently sharp' when a quotation ('inspectors
    found recording "consistently sharp"') stands in the report only just after a
    negation, and the release's sentence does not negate it itself: the report's words
    given with the opposite sense (the conventions' misleading). A longer quotation cut
    just after the negation ('assessments are "consistently informed by a detailed
    chronology"' for 'not consistently informed by ...') is the same cut, surer the more
    words it holds. A limit just before the words ('Most children in Southend's care live in
    stable homes' quoted from 'children ...') is cut the same way, unless the release's
    sentence limits them itself ('most children "live in stable homes"'); so is a limit
    just after them ('the child's voice is very well established at an individual level'
    quoted as 'very well established' of strategic planning), unless the release's sentence
    names it. None otherwise."""
    if len(segs) != 1:
        return None
    own = ctx.sentence_around(claim).replace(claim.text, " ")
    if NEGATION.search(own):
        return None
    negated = []
    for start, end in _report_places(segs[0], ctx, report):
        before = _CLAUSE_BREAK.split(report.text[max(0, start - _NEGATED_BEFORE) : start])[-1]
        said = " ".join(before.split()[-_NEGATION_WORDS:])
        after = _limit_after(report.text, end, own)
        cut = (
            _LIMIT_BEFORE.search(said)
            or after
            or _subject_limited(report.text, start, report.text[start:end], own)
        )
        # A limit the release gives in its own words, not another quotation's ('a “very
        # small number” losing their adviser' beside 'pathway plans were “clear and
        # ambitious”', cut from 'Most pathway plans are ...': drift51, supported).
        # A limit cut from a criticism ('some critical service failures' quoted as
        # 'critical service failures': drift52, supported) hides nothing that went badly.
        limited = (
            cut and not LIMITED.search(unquoted(own)) and not criticism_now(report.text[start:end])
        )
        negation = NEGATION.search(said) and not _negated_in_subject(said, report.text[start:end])
        if not (negation or limited) or NOT_ONLY.search(said):
            return None
        negated.append(f"{said} {report.text[start:end]}{after if limited else ''}".strip())
    return negated[0] if negated else None


def _subject_limited(text: str, start: int, quoted: str, own: str) -> bool:
    """True when the report's sentence limits the subject whose predicate the quotation
    starting at ``start`` is ('The majority of care leavers receive a good service' quoted
    as 'care leavers receive “a good service”': drift45, three times, each supported) and
    the release's sentence ``own`` names that subject in words of its own (not another
    quotation's: 'The report praised the “thorough and robust screening” ..., and said
    social workers are “tenacious in their approach to working with families”' names no
    families, a stress set's): the words told of all of it. The subject is the sentence's
    opening, within ``_SUBJECT_WORDS`` words, sharing a content word with the release's.
    Praise only: a criticism told of the whole ('Some assessments lack depth' as
    assessments 'lacking depth'; 'Some delays to initial child protection conferences ...
    affect a small number of children') hides nothing that went badly."""
    # The quotation's first letter closes the split: a sentence it opens is its own. A
    # heading's line ('Summary') is no part of the sentence after it (drift48).
    opening = SENTENCE_END.split(text[max(0, start - 400) : start + 1])[-1][:-1]
    opening = opening.rsplit("\n", 1)[-1]
    opening = NUMBERED.sub("", opening.lstrip())
    limit = LIMITED_SUBJECT.match(opening)
    if limit is None or len(opening.split()) > _SUBJECT_WORDS or criticism_now(opening + quoted):
        return False
    # The words before the quotation's own verb (the last word before it, if any): a verb
    # among them gives the limited subject a predicate of its own, so the quotation says
    # something else ('Many staff ... have worked for the authority for a considerable time
    # and levels of loyalty ... are notably high': drift36, staff loyalty 'notably high').
    subject = opening[limit.end() :].split()
    before_verb = " ".join(subject[:-1])
    named = content_words(" ".join(subject)) & content_words(unquoted(own))
    return not has_verb(before_verb) and bool(named)


_SUBJECT_WORDS = 30
"""Words at most from a limited subject's opening to the quotation after it: a longer
sentence says more of its subject before the quoted words."""


def _limit_after(text: str, end: int, own: str) -> str:
    """The limit the report sets just after a quotation's words ending at ``end`` (''
    when none, ``words.quantities.LIMIT_AFTER``), or '' when the release's sentence ``own``
    names its level ('for individual children'); a share ('for most children') the release
    names is read by the caller (``LIMITED``), and its noun alone ('for children in care')
    names no limit."""
    limit = LIMIT_AFTER.match(text, end)
    if limit is None or names_level(limit, own):
        return ""
    return limit.group()


def _report_places(seg: Segment, ctx: Context, report: Report) -> list[tuple[int, int]]:
    """Every place the report prints a quotation's words, or, when it prints them only
    in another case or inflection ('instigate' for the release's 'instigates'), the
    place the quotation was put: the report's words whose sense the release gives."""
    index = ctx.index(report)
    found = index.occurrences(normalise(seg.text).text) or [seg.alignment]
    return [index.span(alignment) for alignment in found]


def _denied_after(claim: Claim, segs: list[Segment], ctx: Context, report: Report) -> str | None:
    """The report's words 'is improving but is not yet good enough' when a quotation
    ('educational progress ... "is improving"') stops where the report's sentence goes on
    to deny the very predicate it quotes, with the same subject and no word of its own
    (``words.qualifiers.DENIED_AFTER``: 'but is not', 'but are not yet'), at every place
    the report prints the words, and the release's sentence neither negates nor limits
    them itself. A clause with a subject of its own ('..., although practice is not yet
    consistent', '..., but it is not always recorded') says something else, which the
    quotation need not carry. None otherwise."""
    if len(segs) != 1:
        return None
    own = ctx.sentence_around(claim).replace(claim.text, " ")
    if NEGATION.search(own) or LIMITED.search(own):
        return None
    denied = []
    for start, end in _report_places(segs[0], ctx, report):
        after = report.text[end : end + _DENIED_AFTER_CHARS]
        match = DENIED_AFTER.match(after)
        if match is None:
            return None
        rest = SENTENCE_END.split(after[match.end() :], maxsplit=1)[0]
        denied.append(" ".join(f"{report.text[start:end]}{after[: match.end()]}{rest}".split()))
    return denied[0] if denied else None


_FINITE_START = re.compile(rf"(?:{BE_DONE}|has|have|had)\b", re.I)


def _negated_in_subject(said: str, quoted: str) -> bool:
    """True when the negation before a quotation negates a word of its subject's clause,
    not the quotation: the quotation opens on its own verb after a word that is no
    negation or adverb ('areas that are not progressing are identified and actions
    agreed', 'those who do not attend school ... are known'); 'do not routinely receive',
    'not yet consistently' reach the words after them."""
    last = said.split()[-1] if said.split() else ""
    return (
        bool(_FINITE_START.match(quoted))
        and not NEGATION.search(last)
        and not last.lower().endswith("ly")
    )


def _said_of_other(claim: Claim, segs: list[Segment], ctx: Context, report: Report) -> str | None:
    """Where the report puts a short quotation given to inspectors when it stands there
    only in sentences about something else (``said_of_others``), and the bundled encoder,
    where there is one, finds the release's words and each report subject not close.
    None otherwise."""
    said = said_of_others(claim, segs, ctx, report)
    if said is None:
        return None
    ours, theirs = said
    if ctx.encoder is not None and _close(ctx, ours, [subject for _, subject in theirs]):
        return None
    sentence, subject = theirs[0]
    return f"says them of '{subject}': '{sentence}'"


def _short_to_inspectors(claim: Claim, segs: list[Segment], ctx: Context) -> tuple[str, str] | None:
    """For a short quotation given to inspectors in one piece (the words whose subject
    ``said_of_others`` and ``said_of_located`` ask about): its release sentence and the
    clause before the quotation, where the release names what the words are said of. None
    for any other quotation."""
    words = len(tokens(claim.text))
    if _role(claim) != "inspectors" or len(segs) != 1:
        return None
    if not _SAID_OF_MIN_WORDS <= words < _MISATTRIBUTION_MIN_WORDS:
        return None
    own = ctx.sentence_around(claim)
    return own, _CLAUSE_BREAK.split(own.split(claim.text)[0])[-1].rstrip(_EDGE_PUNCT)


def _few_places(
    claim: Claim, ctx: Context, report: Report
) -> tuple[PassageIndex, list[Alignment]] | None:
    """The report's index and where it holds the quotation, when it does in a few places
    (``_SAID_OF_MAX_PLACES``): words found in many are said of no one thing."""
    index = ctx.index(report)
    found = index.occurrences(normalise(claim.text).text)
    return (index, found) if found and len(found) <= _SAID_OF_MAX_PLACES else None


def said_of_others(
    claim: Claim, segs: list[Segment], ctx: Context, report: Report
) -> tuple[str, list[tuple[str, str]]] | None:
    """For a short quotation given to inspectors ('inspectors found leadership "strong and
    effective"') that the report has only in sentences about something else ('Partnership
    working is strong and effective'), read by words alone: the release's words it is said
    of (``_said_before``) and each report sentence holding it with that sentence's subject.
    ``_said_of_other`` then asks the encoder whether the two are far apart, and
    ``lookups`` asks this first, to encode them before any claim is checked.

    Each report sentence must give the words as the predicate of a subject of its own, and
    the release's own words around them (its speaker, reporting verb, council, council name,
    staff, children and families left out) share no content word with any report sentence
    holding them (outside the quotation); its own words are those outside its quotations,
    another quotation beside this one being the report's words, which name what that one is
    said of ('found the hub "effectively coordinated", and noted that "the response to
    radicalisation is effectively coordinated"'). Positive evidence only (session 9, lane
    quotes6: it raised one false flag on the test part): a release naming the thing only by
    a pronoun ('it is "safe and suitable"'), or by words the report never uses (the report
    would name it so if it meant it: 'our emergency duty service' for its 'out of hours'), a
    release subject and a report subject of one group of referents ('the director and her
    team' and 'Leaders', `words.referents`), a quotation the report says of several subjects
    (about none in particular), a release sentence naming nothing but the council, its staff
    or children, a report sentence whose subject is only those or a pronoun, words used
    attributively, or a quotation found in many places, is no flag. None otherwise."""
    if (short := _short_to_inspectors(claim, segs, ctx)) is None:
        return None
    own, before = short
    ours = _subject_words(unquoted(own.replace(claim.text, " ")))
    if not ours or _SAID_OF_PRONOUN.search(before):
        return None
    said_of = _release_subject(before)
    if not _named_in(report, said_of, ours):
        return None
    if (places := _few_places(claim, ctx, report)) is None:
        return None
    index, found = places
    theirs = []
    for alignment in found:
        sentence = index.sentence_of(alignment)
        if sentence is None:
            return None
        start, end = index.span(alignment)
        subject = _subject_of(report.text[sentence.start : start])
        around = report.text[sentence.start : start] + " " + report.text[end : sentence.end]
        if not subject or ours & (content_words(around) - content_words(claim.text)):
            return None
        theirs.append((" ".join(report.text[sentence.start : sentence.end].split()), subject))
    subjects = [subject for _, subject in theirs]
    if any(_same_referent(said_of, subject) for subject in subjects) or not all(
        _same_referent(subjects[0], subject) for subject in subjects[1:]
    ):
        return None
    return _said_before(own, claim.text), theirs


# A release clause giving the quotation to a pronoun ('the report says it is', 'they
# were described as'): what the words are said of is not named, so nothing to compare.
_SAID_OF_PRONOUN = re.compile(
    rf"\b(?:{PRONOUNS}|{RELATIVES})(?:\s+(?:{BE}|has|have|had))*(?:\s+\w+ly)?"
    rf"(?:\s+(?:{REPORTING_VERBS}))?(?:\s+as)?\s*$",
    re.I,
)


# Where the release's frame stands in the clause before a quotation: its source and
# reporting verb ('Council bosses claim the watchdog judged', 'were described as').
_SAID_OF_FRAME = re.compile(
    rf"\b(?:{INSPECTORS_SOURCE}|{REPORTING_VERBS}|{FINDING_VERBS}|claim\w*)\b", re.I
)


def _release_subject(before: str) -> str:
    """What the release's clause before a quotation gives it to, its frame left out: the
    last stretch between frame words naming something ('the authority's financial planning'
    of 'Council bosses claim the watchdog judged the authority's financial planning', 'The
    director and her team' of 'The director and her team were described as'); '' when
    none does."""
    pieces = _SAID_OF_FRAME.split(before)
    return next((p for p in reversed(pieces) if _subject_words(p) or groups(p)), "")


def _named_in(report: Report, subject: str, ours: set[str]) -> bool:
    """True when the report uses at least half the content words the release names the
    thing by (its subject, else its sentence's own words): only then would the report,
    meaning that thing, have named it, so that a sentence of its about another subject
    tells of something else, not of the same thing in other words ('our emergency duty
    service' for the report's 'out of hours' responses)."""
    named = _subject_words(subject) or ours
    return 2 * len(named & content_words(report.text)) >= len(named)


def _same_referent(a: str, b: str) -> bool:
    """True when two subjects are one referent in other words: the same group
    ('Managers' and 'the director and her team') or a content word in common."""
    return bool(groups(a) & groups(b) or _subject_words(a) & _subject_words(b))


_SAID_OF_SPEAKERS = re.compile(
    rf"\b(?:{INSPECTORS_SOURCE}|{REPORTING_VERBS}|{FINDING_VERBS}|{COUNCIL_WORD}|"
    rf"{COUNCILS_WORD}|children['’]?s services|services?|work|inspect\w*|{STAFF}|{CHILDREN})\b",
    re.I,
)
# The words before a quotation that make it a predicate: 'is', 'are consistently'.
_SAID_OF_PREDICATE = re.compile(rf"\b(?:{BE})(?:\s+\w+ly)?\s*$", re.I)
# A subject that is a pronoun ('They have a tangible impact ... and are impressive
# champions'), one a relative or a second predicate leaves further back ('It offers a
# service that is flexible'), or one pointing back to the sentence before ('the response
# to these challenges is too slow', the challenges 'to improve' named there): what the
# words describe is not in the clause.
_SAID_OF_ELSEWHERE = re.compile(
    rf"^(?:{PRONOUNS}|we|there|{RELATIVES})\b|\b(?:and|but|or|that|{RELATIVES})$"
    r"|\b(?:these|such)\b",
    re.I,
)
# An aside in brackets ('Personal advisers (PAs) are ...') is no clause break.
_PARENTHESIS = re.compile(r"\([^()]*\)")
# A quotation said of something else needs at least this many words (one word recurs
# everywhere), in at most this many report places.
_SAID_OF_MIN_WORDS, _SAID_OF_MAX_PLACES = 2, 3
# The encoder finds the release's words and a report sentence's about the same thing at
# this cosine or above.
_SAID_OF_CLOSE = 0.4


def _subject_of(before: str) -> str | None:
    """The subject a report clause gives a quotation's words as its predicate ('Partnership
    working' of 'Partnership working is strong and effective'), None when the words stand
    otherwise (attributive: 'from passionate, dedicated and committed PAs'), or its subject
    is only the council, its staff or a pronoun, or stands further back (after 'and', 'that'):
    only there is what they describe plain."""
    clause = _CLAUSE_BREAK.split(_PARENTHESIS.sub(" ", before))[-1]
    if not (predicate := _SAID_OF_PREDICATE.search(clause)):
        return None
    subject = clause[: predicate.start()].strip()
    if _SAID_OF_ELSEWHERE.search(subject):
        return None
    return subject if _subject_words(subject) else None


def _subject_words(own: str) -> set[str]:
    """The content words a release sentence gives of its own beside a quotation: not its
    speaker or reporting verb, not the council or its name, not first-person words."""
    text = FIRST_PERSON.sub(" ", _SAID_OF_SPEAKERS.sub(" ", unnamed(own)))
    return content_words(text)


# The release's frame and the council: what a release sentence says beside the thing it
# gives a quotation to, left out of the words the encoder reads.
_SAID_OF_TELLER = re.compile(
    rf"\b(?:{INSPECTORS_SOURCE}|{REPORTING_VERBS}|{FINDING_VERBS}|{COUNCIL_WORD}|"
    rf"{COUNCILS_WORD}|children['’]?s services)\b",
    re.I,
)


def _said_before(own: str, quotation: str) -> str:
    """The release's words the quotation is said of, for the encoder: its clause before
    the quotation, speaker and council left out ('the leadership was' of 'Inspectors said
    the council's leadership was "strong and effective"'); the whole sentence so when
    that clause names nothing. Function words are left out: an encoder that counts words
    would find 'its work with care leavers' close to 'relationships with social workers'.
    Words of staff, children and families stay: they are what the thing is ('work to hear
    children's views' is the report's 'the promotion of the voice of the child' at 0.62;
    'hear views' alone was at 0.26, and flagged)."""
    before = _CLAUSE_BREAK.split(own.split(quotation)[0])[-1]
    text = before if _subject_words(before) else own.replace(quotation, " ")
    text = FIRST_PERSON.sub(" ", _SAID_OF_TELLER.sub(" ", unnamed(text)))
    return " ".join(w for w in text.split() if w.lower() not in FUNCTION_WORDS).strip(_EDGE_PUNCT)


def _close(ctx: Context, ours: str, theirs: list[str]) -> bool:
    """True when the encoder finds the release's words close to any report sentence's."""
    vectors = ctx.encoder.encode([ours, *theirs])
    return bool((vectors[1:] @ vectors[0] >= _SAID_OF_CLOSE).any())


# A release subject located elsewhere in the report must be named by at least this many
# content words (one word, 'services' or 'decisions', names too much to locate), and the
# report sentence locating it must hold all of them, or all but one when there are more
# than _LOCATED_ALL.
_LOCATED_MIN_WORDS, _LOCATED_ALL = 2, 3
# A share word limits a subject ('most children in care'), it names none of it.
_SHARE_WORD = re.compile(rf"\b(?:{SUBJECT_SHARES})\b", re.I)


def said_of_located(
    claim: Claim, segs: list[Segment], ctx: Context, report: Report
) -> tuple[str, str] | None:
    """For a short quotation given to inspectors whose subject the release names in its
    clause before it ('decisions to end child protection plans were now "timely and
    appropriate"'), when the report speaks of that subject elsewhere, in a sentence not
    holding the words ('The decisions to end child protection plans are now appropriate.'),
    and every report sentence holding them is about something else ('Decisions to support,
    including for early help, are timely and appropriate'): that sentence and the located
    one. Positive evidence both ways, read by words alone: the located sentence holds all
    the words naming the release's subject (all but one of more than three), and each
    sentence holding the quotation, read with the sentence before it (where a pronoun's
    referent stands), holds at most a third of them and two fewer than the located one.
    The words are the release's own, frame, council, staff and children left out
    (``_subject_words``), and not the quotation's; a subject named by one word, by a
    pronoun, or only after the quotation is no flag. None otherwise."""
    if (short := _short_to_inspectors(claim, segs, ctx)) is None:
        return None
    subject = _predicated_subject(short[1])
    named = _subject_words(_SHARE_WORD.sub(" ", subject)) - content_words(claim.text)
    if len(named) < _LOCATED_MIN_WORDS:
        return None
    if (places := _few_places(claim, ctx, report)) is None:
        return None
    index, found = places
    if (about := _about_else(index, found, subject, named)) is None:
        return None
    holding, covered = about
    located = _located(index, named, holding)
    if located is None or located[1] - covered < 2:
        return None
    return " ".join(holding[0].text.split()), " ".join(located[0].text.split())


def _about_else(
    index: PassageIndex, found: list[Alignment], subject: str, named: set[str]
) -> tuple[list[Sentence], int] | None:
    """The report sentences holding a quotation (at ``found``) and the most of the words
    ``named`` any holds, read with the sentence before it, when each is about something
    else than the release's ``subject``: none opens on its group of referents
    (``_lead_groups``), the words are a predicate in at most one place (``_predicated``),
    and each holds at most a third of the words. None otherwise."""
    holding = [index.sentence_of(alignment) for alignment in found]
    if any(sentence is None for sentence in holding):
        return None
    ours = groups(subject)
    if any(ours & _lead_groups(index, a) for a in found) or _predicated(index, found) > 1:
        return None
    covered = max(len(named & content_words(_with_before(index, s))) for s in holding)
    return (holding, covered) if 3 * covered <= len(named) else None


# The release's words giving a quotation as what its subject is: a form of 'be', perhaps an
# adverb, perhaps a judging verb and 'as' ('were now', 'were described as', 'was found to
# be'); a quotation standing otherwise ('left at risk of harm due to "serious failures"',
# 'the "outstanding service" for children in care') is said of no subject the clause names.
_PREDICATE_FRAME = re.compile(
    rf"\b(?:{BE})(?:\s+(?:\w+ly|now|still|also))?"
    rf"(?:\s+(?:{JUDGING_VERBS})(?:\s+(?:as|to\s+be))?)?\s*$",
    re.I,
)
# Where a clause's subject begins after words before it: a complementiser or a conjunction
# of clauses ('the pace of change was too slow and that there is still'); 'and' alone joins
# nouns too ('children who need help and protection').
_SUBJECT_START = re.compile(r"\b(?:that|whereas|while|because|but|although|though)\b", re.I)


def _predicated_subject(before: str) -> str:
    """What the release's clause before a quotation gives it to as its predicate, frame and
    speaker left out ('decisions to end child protection plans' of 'Inspectors did say
    decisions to end child protection plans were now'); '' when the quotation is no
    predicate, or its subject is a pronoun, 'there' or a relative (named elsewhere)."""
    frame = _PREDICATE_FRAME.search(before)
    if frame is None:
        return ""
    head = _SUBJECT_START.split(before[: frame.start()])[-1]
    subject = _release_subject(head).strip()
    if not subject or _SAID_OF_ELSEWHERE.search(subject):
        return ""
    return subject


# How far back from a quotation's place its clause is read for a predicate's 'is', 'are'.
_CLAUSE = 60


def _predicated(index: PassageIndex, found: list[Alignment]) -> int:
    """How many of the report's places give the words as a predicate ('Assessments are
    clear and concise', 'Care plans are clear and concise'): said so of several things,
    they are said of none in particular."""
    report = index.report.text
    spans = [index.span(alignment) for alignment in found]
    return sum(
        bool(_SAID_OF_PREDICATE.search(_CLAUSE_BREAK.split(report[max(0, a - _CLAUSE) : a])[-1]))
        for a, _ in spans
    )


def _lead_groups(index: PassageIndex, alignment: Alignment) -> frozenset[str]:
    """The groups of referents (``words.referents``) a report sentence holding a
    quotation's words opens on, or its clause before them does ('Leaders (the senior team)
    are visible and approachable'): the release naming one of them ('the director and her
    deputies') names the same thing in other words."""
    start = index.span(alignment)[0]
    sentence = index.sentence_at(start)
    lead = index.report.text[sentence.start if sentence else start : start]
    clause = _CLAUSE_BREAK.split(_PARENTHESIS.sub(" ", lead))[-1]
    return groups(lead) | groups(clause)


def _with_before(index: PassageIndex, sentence: Sentence) -> str:
    """A report sentence with the one before it in its passage: a pronoun opening it
    ('They are timely and appropriate') names what the sentence before does."""
    at = index.sentences.index(sentence)
    before = index.sentences[at - 1] if at else None
    if before is None or before.passage != sentence.passage:
        return sentence.text
    return f"{before.text} {sentence.text}"


def _located(
    index: PassageIndex, named: set[str], holding: list[Sentence]
) -> tuple[Sentence, int] | None:
    """The report sentence, not one of ``holding``, holding the most of the words ``named``
    and enough of them (all, or all but one of more than ``_LOCATED_ALL``), with how many
    it holds; None when none does."""
    need = len(named) if len(named) <= _LOCATED_ALL else len(named) - 1
    best = max(
        ((len(named & content_words(s.text)), s) for s in index.sentences if s not in holding),
        key=lambda pair: pair[0],
        default=(0, None),
    )
    held, sentence = best
    return (sentence, held) if sentence is not None and held >= need else None
