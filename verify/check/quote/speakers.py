"""Who a quotation's words are given to, read from the release around it.

The speaker and role extraction gave, whether the quotation's own paragraph gives it,
whether the words are an official's own (echoing words quoted elsewhere in the release,
relaying what they were told) or an Ofsted official's or inspector's spoken to someone.
"""

from __future__ import annotations

import re
from itertools import islice

from verify.check.common import Context, line_around
from verify.check.quote.segments import _EDGE_PUNCT, _relayed
from verify.check.release_index import ReleaseIndex
from verify.match import tokens
from verify.types import Claim
from verify.words.clauses import clause_end, clause_start
from verify.words.sentences import LIST_MARKER, SENTENCE_END
from verify.words.speakers import (
    ACCORDING_TO,
    FIRST_PERSON,
    INSPECTORS_SOURCE,
    OFSTED_OFFICIAL,
    OWN_WORDS_ROLES,
    REPORTING_VERBS,
    is_person,
    mentions_inspectors,
)

# Quotes shorter than this many words attributed to a council speaker are not
# called the report's words: short phrases recur by chance.
_MISATTRIBUTION_MIN_WORDS = 6

# A release paragraph continuing a quotation, or an item of a list its speaker opened
# ("Inspectors found:" then "- '...'").
_OPENING_MARKS = "“\"‘'"
# A speaker passing on what they were told ("we were told", "inspectors told us"): the
# words may be the report's without being given as the speaker's own.
_TOLD = re.compile(r"\b(?:were|was|been|being)\s+told\b|\btold\s+(?:us|me|them)\b", re.I)
_TOLD_SOMEONE = re.compile(
    r"\btold\s+(?!inspectors\b)|\b(?:speaking|talking)\s+to\b|\bin an interview\b", re.I
)
"""Words spoken to someone ("told the board", "Speaking to the BBC")."""
_SOCIAL_POST = re.compile(r"\(@\w+\)|\b(?:tweet(?:ed|s)?|posted)\b", re.I)
"""A post on social media ("Ofsted (@Ofstednews) tweeted:"): a statement to the public,
never the report's words."""
_STATEMENT = re.compile(
    r"\b(?:in|issued|released|gave)\s+a\s+(?:\w+\s+)?statement\b|\bstatement\s+(?:from|by)\b",
    re.I,
)
"""A statement to the press ("Ofsted said in a statement", "a statement from Ofsted"):
spoken for Ofsted, not printed in its report."""
_OFSTED_ITSELF = re.compile(r"(?:the\s+)?(?:ofsted|watchdog|regulator|inspectorate)", re.I)
"""Ofsted itself as the speaker, not its inspectors or their report: in the first person
('Our report on X is out today', 'We found ...') it speaks to the public, as no report
does."""
_ONE_INSPECTOR = re.compile(r"\binspector\b|\bHMI\s+[A-Z]", re.I)
"""One inspector, not the team or the report ("the lead inspector", "HMI Jo Park")."""
_IN_PERSON = re.compile(r"\binspectors?\b|\bHMI\s+[A-Z]", re.I)
"""Inspectors in person, one or the team, not Ofsted or the report ("Inspectors told
managers ...")."""
_INSPECTORS_TOLD = re.compile(
    rf"(?:{_IN_PERSON.pattern})[^.;!?“”\"]{{0,40}}?"
    r"(?:\btold\s+(?!inspectors\b|(?:the\s+|its\s+)?(?:council|local\s+authority|authority)\b)"
    r"|\b(?:speaking|talking)\s+to\b|\bin an interview\b)",
    re.I,
)
"""Inspectors telling someone in person in the words before a quotation, whoever the
speaker is read as ("Inspectors told managers at the end of the inspection that they had
seen ..."); not the council, whom the report itself tells ("Inspectors told the council
that services were ‘…’" gives the words to the report)."""
# A run of this many words of a quotation found elsewhere in the release echoes words
# quoted there (a leader repeating what the inspectors were quoted as saying).
_ECHO_WORDS = 5
_ELSEWHERE_MOST = 50
"""Places a quotation's words recur that are read for who else is given them: a real
release repeats a quotation a few times at most; one pasted over and over (a hostile
input of megabytes) is not read for each copy's paragraph, for each of its quotations."""
_PARAGRAPH_REACH = 5_000
"""Characters either side of the recurring words read as their paragraph: the whole
line of any real release (its paragraphs are far shorter), a bound on a release pasted
as one line of megabytes, whose whole line was copied for every place."""


def _role(claim: Claim) -> str:
    return claim.attribution.role if claim.attribution else "unattributed"


def _speaker(claim: Claim) -> str:
    if claim.attribution and claim.attribution.speaker:
        return claim.attribution.speaker
    return {"council": "the council", "other": "someone other than Ofsted"}.get(_role(claim), "")


def _cites_report(claim: Claim, ctx: Context) -> bool:
    """True when the release paragraph holding the quote has the report or Ofsted telling
    something (``_TELLING``, 'according to the report', 'we were told'): a council speaker
    there is relaying the report's words ("The report states that ..."), not passing them
    off as their own. A speaker in their own first person ("Our staff have worked
    relentlessly ...") is speaking for themselves, whatever the paragraph names."""
    start, end = line_around(ctx.release_index, claim)
    para = ctx.release.text[start:end]
    relayed = _relayed(claim.text)
    if relayed != claim.text:
        return not FIRST_PERSON.search(relayed)  # "As the report says, our staff …": theirs
    if FIRST_PERSON.search(claim.text):
        return False
    return bool(_TELLING.search(para.replace(claim.text, " ")) or _TOLD.search(para)) or any(
        mentions_inspectors(m["source"] or "") for m in ACCORDING_TO.finditer(para)
    )


_TELLING = re.compile(
    rf"{INSPECTORS_SOURCE}(?:[’']s?)?(?:\s+[\w’'-]+){{0,3}}?\s+(?:{REPORTING_VERBS})\b"
    rf"|\b(?:{REPORTING_VERBS})\s+by\s+(?:\w+\s+){{0,2}}?{INSPECTORS_SOURCE}"
    rf"|\bquot(?:ing|ed|es)\s+(?:from\s+)?(?:\w+\s+){{0,2}}?{INSPECTORS_SOURCE}",
    re.I,
)
"""Ofsted, its inspectors or their report telling something in a paragraph ('the report
states', 'inspectors found', 'praised by inspectors', 'quoting the report'): a council
speaker there relays their words. Named only as what the speaker works on ('as it built
on the report', 'welcomed the report'), they tell nothing."""


_SIGNATURE_LEAD = " \n—–-"
"""What may stand between a quotation's line and the name signing it below."""


def _attributed_here(claim: Claim, release: ReleaseIndex) -> bool:
    """True when the speaker is named beside the quotation: in its own release paragraph,
    or in the paragraph opening a quotation or list it continues (every paragraph after
    the speaker's opens with a quotation mark or a list marker). A pronoun in the
    quotation's own sentence ('They said', 'she added') names the speaker there too, as a
    reader reads it, when the speaker it stands for is named in the pronoun's paragraph or
    the one before it (quotation paragraphs between). A speaker carried over from further
    back ("He said:", "It added:" between) is a guess, not evidence for a flag. A speaker
    opening the line below signs the quotation (a tweet's "— Barnet Council
    (@BarnetCouncil)")."""
    a = claim.attribution
    if a is None:
        return False
    if a.start is None:
        return True  # placed by the extractor without a span (a passive): nothing to weigh
    if a.pronoun is not None and _beside(claim, release, a.pronoun.start):
        pronoun_line = release.line_bounds(a.pronoun.start, a.pronoun.start)[0]
        return _continued(release, a.start, pronoun_line)
    return _beside(claim, release, a.start)


def _beside(claim: Claim, release: ReleaseIndex, at: int) -> bool:
    """True when the words at ``at`` stand in the quotation's own release paragraph, in
    the line signing it below, or in a paragraph before it from which every paragraph
    continues a quotation or a list."""
    own, end = line_around(release, claim)
    if at >= own:
        return at < end or not release.text[end:at].strip(_SIGNATURE_LEAD)
    return _continued(release, at, claim.start)


def _continued(release: ReleaseIndex, at: int, until: int) -> bool:
    """True when every release line after the one holding ``at``, up to ``until``, opens
    with a quotation mark or a list marker (none between: true)."""
    following = release.text[release.line_bounds(at, at)[1] + 1 : until].split("\n")
    return all(_continues(p.lstrip()) for p in following if p.strip())


def _continues(line: str) -> bool:
    """True when a release line goes on with a quotation or a list: it opens with a
    quotation mark or a list marker ('•', '»', '1.')."""
    return line[:1] in _OPENING_MARKS or bool(LIST_MARKER.match(line))


def _own_words(claim: Claim, release: ReleaseIndex) -> bool:
    """True when the quotation is clearly a person's own words: a person named in the
    release speaks them (not a body, a document or a guess from a passive or a pronoun),
    and they do not echo words quoted elsewhere in the release."""
    a = claim.attribution
    named = a is not None and bool(a.speaker) and a.start is not None and is_person(a.speaker)
    return named and not _echoes(claim, release)


def _echoes(claim: Claim, release: ReleaseIndex) -> bool:
    """True when a run of ``_ECHO_WORDS`` of the quotation's words is also in the release
    outside it: a speaker repeating words quoted before ('as inspectors said, ...')."""
    words = [t.form for t in tokens(claim.text)]
    runs = [words[i : i + _ECHO_WORDS] for i in range(len(words) - _ECHO_WORDS + 1)]
    return bool(runs) and release.said_outside(claim.start, claim.end, runs)


def _given_elsewhere(claim: Claim, release: ReleaseIndex) -> str | None:
    """The release paragraph that gives the quotation's very words to someone other than
    Ofsted (an official, the council's self-assessment: a paragraph not naming inspectors
    or the report), when there is one outside the quotation; None otherwise. Positive
    evidence of where words the report lacks come from. The places are looked up in the
    release's word runs (the check's ``Context.release_index``), not searched for in all
    of its text once per quotation."""
    text = release.text
    forms = [t.form for t in tokens(claim.text)]
    if len(forms) < 2:
        return None
    pattern = re.compile(r"\b" + r"\W+".join(map(re.escape, forms)) + r"\b", re.IGNORECASE)
    found = release.finditer(pattern, forms)
    elsewhere = (m for m in found if not claim.start <= m.start() < claim.end)
    for m in islice(elsewhere, _ELSEWHERE_MOST):
        start, end = release.line_bounds(m.start(), m.end())
        start, end = max(start, m.start() - _PARAGRAPH_REACH), min(end, m.end() + _PARAGRAPH_REACH)
        para = text[start : m.start()] + " " + text[m.end() : end]
        if not mentions_inspectors(para) or _said_in_first_person(text, start, m, end):
            return " ".join(text[start:end].split())
    return None


def _said_in_first_person(text: str, start: int, found: re.Match[str], end: int) -> bool:
    """True when the sentence holding the recurring words (within ``start``-``end``, their
    paragraph) speaks in the first person, naming no inspectors ('Our staff keep children
    genuinely at the centre of the decisions we make', in a director's statement that goes
    on 'Inspectors recognised that we ...': drift45, the paragraph named inspectors, so the
    words given to them were called misquoted from a report passage half like them): the
    report never says 'we', so the words are the speaker's own. Only the clause holding
    them must name no inspectors ('We always said we were on the right track, and this
    report proves it': drift46, the report named in the next clause made the words given
    to inspectors misquoted, not misattributed)."""
    opened = [m.end() for m in SENTENCE_END.finditer(text, start, found.start())]
    closed = SENTENCE_END.search(text, found.end(), end)
    sentence = text[opened[-1] if opened else start : closed.start() if closed else end]
    at = found.start() - (opened[-1] if opened else start)
    clause = sentence[clause_start(sentence, at) : clause_end(sentence, at)]
    return bool(FIRST_PERSON.search(sentence)) and not mentions_inspectors(clause)


def _lead_in(claim: Claim, release: ReleaseIndex) -> str:
    """The release paragraph's words before the quotation."""
    return release.text[line_around(release, claim)[0] : claim.start]


def _spoken(claim: Claim, ctx: Context) -> bool:
    """True for an official's words in their own voice: given to them here or in their own
    first person, even when their name was carried from paragraphs before ("She added:
    “Our social workers …”": never the report's, which speaks of the council in the third
    person), and not relaying the report its paragraph names."""
    return (
        _role(claim) in OWN_WORDS_ROLES
        and (_attributed_here(claim, ctx.release_index) or bool(FIRST_PERSON.search(claim.text)))
        and not _cites_report(claim, ctx)
    )


def _stands_alone(claim: Claim, release: ReleaseIndex) -> bool:
    """True when the quotation is the whole of its paragraphs, marks aside: a statement
    set apart (a block quotation, a pull quote) whose speaker no words give, unlike a
    phrase quoted inside the release's own sentence."""
    start, end = line_around(release, claim)
    text = release.text
    return not (text[start : claim.start] + text[claim.end : end]).strip(_EDGE_PUNCT)


def _unmarked_paragraph(claim: Claim, text: str) -> bool:
    """True when the quotation (one paragraph of a longer one) opens its paragraph with
    no quotation mark of its own: read as the quotation going on, it may be the release's
    own words, so not finding it in the report is no evidence of a misattribution."""
    before = claim.start
    while before and text[before - 1] in " \t":
        before -= 1  # read back over the spaces, not a copy of all the text before
    return text[before - 1 : before] == "\n"


def _spoken_by_official(claim: Claim, release: ReleaseIndex) -> bool:
    """True when the speaker, or the paragraph's words before the quotation, name an
    Ofsted official speaking to the press, a post on social media ("Ofsted (@Ofstednews)
    tweeted:"), a statement ("Ofsted said in a statement"), Ofsted itself in the first
    person ("Ofsted said: “We found …”"), or inspectors telling someone, in the paragraph
    before or after the words ("Lead inspector Jo Park told the board that ...", '"...,"
    the lead inspector said in an interview', "Inspectors told managers at the end of the
    inspection that ..."): spoken words, not the report's."""
    speaker = claim.attribution.speaker if claim.attribution else None
    lead = _lead_in(claim, release)
    # The frame may follow the words too: '"...," the lead inspector said in an interview'.
    frame = lead + " " + release.text[claim.end : line_around(release, claim)[1]]
    return bool(
        OFSTED_OFFICIAL.search(speaker or "")
        or OFSTED_OFFICIAL.search(lead)
        or _SOCIAL_POST.search(lead)
        or _STATEMENT.search(frame)
        or (_OFSTED_ITSELF.fullmatch((speaker or "").strip()) and FIRST_PERSON.search(claim.text))
        or (speaker and _ONE_INSPECTOR.search(speaker) and _TOLD_SOMEONE.search(frame))
        or _INSPECTORS_TOLD.search(lead)
    )
