"""A sentence's kind as its words and its speaker make it (``_kind``): an official's account
an opinion, the inspectors' words a finding, what they did an inspection fact; the role of
the quotation a sentence lies in; the council's own doings read as its statement; and
whether a finding reaches beyond its quotations.
"""

from __future__ import annotations

import re
from dataclasses import replace

from verify.extract.claims.found import Found, _Pieces
from verify.extract.claims.lines import _FUTURE, _OWN_WORDS, _SENTENCE_FINAL, _WEB_PAGE, _is_heading
from verify.extract.claims.voices import _Heard
from verify.extract.kinds import Context, classify, visit_aside, what_was_done
from verify.extract.text import Sentence
from verify.types import ClaimKind, ClaimValues
from verify.words.clauses import RELEASE_WORD, has_verb
from verify.words.councils import COUNCIL_WORD
from verify.words.dates import IN_MONTH, LOOKING_BACK_RE, PUBLISHED_WHEN, date_spans
from verify.words.domain import OF_THE_INSPECTION, about_the_service
from verify.words.marks import MARKS
from verify.words.speakers import (
    GRADED_BY_THE_DOCUMENT,
    INSPECTORS_SUBJECT,
    OWN_WORDS_ROLES,
    REPORTING_VERB,
    council_opens_as_subject,
    framing_blanked,
    is_person,
    plans_ahead,
    stance_speaker,
)

_FINDING_TAIL_WORDS = 6
"""A sentence around an inspectors' quotation is a finding of its own only when
this many words follow the last quotation (a paraphrase going on past it), or when
``_FINDING_OUTSIDE_WORDS`` stand outside its quotations (a paraphrase around them)."""
_FINDING_OUTSIDE_WORDS = 16

_INTRO_WORDS = 12
"""Words at least in a sentence ending in a colon that still makes its own claim ("The
Good rating, following the inspection in January, applies across these areas:");
shorter ones only introduce a quote or list ("Councillor X, cabinet member, said:")."""
_DATED_VISIT = re.compile(rf"\b(?:inspection|visit)\b(?:\s+(?!in\b|on\b)\S+){{0,3}}?\s+{IN_MONTH}")
"""An inspection and the month it took place in ("an inspection by Ofsted in September")."""


def _quote_role(inside: Found | None, heard: _Heard) -> str | None:
    """The role of the speaker of the quotation a sentence lies in: as attributed, or, for
    one left unattributed, the official the sentence names ("“...,” she added")."""
    role = inside.attribution.role if inside and inside.attribution else None
    if inside is not None and role == "unattributed" and heard.voice == "official":
        return heard.role
    return role


def _official_quote(inside: Found | None, heard: _Heard) -> bool:
    """True when the sentence lies in a quotation of a person speaking for the council or
    another body (an official, or one left unattributed whose sentence names one): their
    grades are theirs to tell, the conventions' opinion. A council speaking as a body (its
    tweet: 'the service has been rated overall as ‘Good’ and ‘Outstanding’') states the
    grades as its release's own claim, checked as a rating."""
    if _quote_role(inside, heard) not in OWN_WORDS_ROLES:
        return False
    speaker = inside.attribution.speaker if inside and inside.attribution else None
    return speaker is None or (is_person(speaker) and not _A_BODY.search(speaker))


_A_BODY = re.compile(rf"\b{COUNCIL_WORD}$", re.I)
"""A speaker named as a body ('Tower Hamlets Council'), however its name reads."""


def _kind(heard: _Heard, values: ClaimValues, ctx: Context) -> ClaimKind | None:
    """The kind of a sentence outside any quotation: as its words say, or else as its
    speaker makes it (the conventions of ../shared/dev/README.md): the inspectors'
    reported words or their findings carried on in the release's own voice are a
    finding, what the inspectors did an inspection fact, an official's account an
    opinion. A sentence ending in a colon introduces a quote or list; only a long one, or
    one grading the list in the release's voice, makes a claim of its own, and only by its
    words; a short one telling the visit states it ('The judgements following the two-week
    inspection in January are:', drift38: no claim was read)."""
    words = heard.words.rstrip()
    if words.endswith(":"):
        kind = classify(words[:-1], values, ctx)
        if len(words.split()) < _INTRO_WORDS and not _counts_its_list(kind, values, heard):
            told = kind == "inspection_fact" and visit_aside(words) is None
            return "inspection_fact" if told else None  # an aside is a claim of its own
        return kind
    kind = classify(words, values, ctx)
    if kind == "opinion" and heard.voice == "inspectors":
        # A word of feeling in what the inspectors report ('Care leavers told inspectors
        # they must accept their first housing offer or risk losing their priority
        # status': drift44, its 'priority' made it an opinion, left unchecked).
        kind = "finding"
    official = heard.voice == "official"
    if official and heard.speaker and kind is not None and not _told_beside_stance(words, kind):
        # A named official's account is theirs, whatever it tells: a grade, a finding or
        # a standing ("Cllr Smith said inspectors had found services outstanding"), with
        # a quotation of theirs in it or not ("... said the inadequate grade for
        # leadership was 'a wake-up call'").
        return "opinion"
    if kind is not None or _is_heading(words) or _WEB_PAGE.search(words):
        return kind
    if official and (not heard.quoting or _says_beside_quotes(heard)):
        return "opinion"  # "The council has accepted the findings"
    if _DATED_VISIT.search(words):
        return "inspection_fact"  # "This follows an inspection by Ofsted in September."
    if heard.voice in ("inspectors", "carried", "own"):
        return classify(words, values, replace(ctx, inspectors_list=True))
    if heard.voice == "acting" and not _FUTURE.search(words):
        return _acted(words, values)
    return None


def _counts_its_list(kind: ClaimKind | None, values: ClaimValues, heard: _Heard) -> bool:
    """True for a short introduction to a list that counts its areas at a grade in the
    release's own voice ('Three of the four areas inspected were judged Good:'): a share
    of its own, however short (drift37: no claim was read); an official's stays theirs.
    Not a grade said of areas the words do not count ('Every other area was judged
    good:' would be read as the whole service's)."""
    counted = values.count is not None or values.percent is not None
    return kind == "rating" and counted and heard.voice != "official"


def _told_beside_stance(words: str, kind: ClaimKind) -> bool:
    """True for the release's own account of the report told beside a speaker's stance on
    it: a rating in a relative clause on the inspection or report ('Surrey County Council
    has accepted the findings of an Ofsted inspection which has rated its children's
    services inadequate': written24, the grade was left an opinion), or the report's
    publication dated relative to the release ('Slough Borough Council has accepted in full
    the findings of an Ofsted report ..., published today, and has pledged ...': drift32,
    drift34, left opinions). The speaker's verb is no verb of saying, so the grade or the
    day is a claim to check; the stance is theirs. What a speaker says ('Cllr Lee said the
    report rated ... good') stays theirs."""
    told = {"rating": GRADED_BY_THE_DOCUMENT, "inspection_fact": PUBLISHED_WHEN}.get(kind)
    return told is not None and bool(told.search(words)) and stance_speaker(words) is not None


def _acted(words: str, values: ClaimValues) -> ClaimKind:
    """What the inspectors did, told in their voice with no kind of its own: an inspection
    fact when it tells the visit's work or names the inspection's terms
    (``words.domain.OF_THE_INSPECTION``: 'The inspectors focussed on reviewing direct work',
    'Ofsted has published its report', 'Ofsted grades councils ...'), dates anything or looks
    back to earlier visits ('published its report on Friday, 25 November', 'Since then,
    inspectors have made regular checks'); else as ``kinds.what_was_done`` reads it: with
    nothing the printed facts settle, the report's account of what they found ('They get
    the help they need, as soon as they need it'; 'They blamed years of upheaval at the top
    of the service'), a finding (session 22: was an inspection fact with nothing to
    compare, not_checkable)."""
    if OF_THE_INSPECTION.search(words) or date_spans(words) or LOOKING_BACK_RE.search(words):
        return "inspection_fact"
    return what_was_done(words, values)


def _says_beside_quotes(heard: _Heard) -> bool:
    """True when an official's sentence holding their quotation says words of its own
    beside it, past the speaker and their verb ('The council leader, Roger Croft, said the
    authority had “…” and would set out its plans within 70 working days', 'Cllr Ellis
    said it was a good day for the borough: “…”'): their account, a claim left
    not_checkable, not only the frame of the quotation ('Cllr Ellis said: “…”'). Only the
    words from the speaker on are theirs: a lead-in before the speaker ('In a statement
    issued on Friday, council leader Tom Brown said: “…”') tells when and where they spoke
    (``_from_speaker``)."""
    said = _from_speaker(heard)
    frame = len(RELEASE_WORD.findall(heard.speaker or "")) + 1  # the speaker and the verb
    return len(RELEASE_WORD.findall(said)) - frame >= _OWN_WORDS


def _from_speaker(heard: _Heard) -> str:
    """``heard.words`` from its speaker on when the speaker opens a clause after a comma
    and is followed by their verb ('Commenting on the report, Jane Smith said ...'): the
    words before are a frame of when, where or how they spoke, never their account. Else
    all of ``heard.words`` (the speaker opening the sentence, or closing it after their
    words: '... would set out its plans, Cllr Croft said.', ``_VERB_CLOSES``)."""
    speaker = heard.speaker or ""
    at = heard.words.find(speaker) if speaker else -1
    if at <= 0 or not heard.words[:at].rstrip().endswith(","):
        return heard.words
    closes = _VERB_CLOSES.fullmatch(heard.words, at + len(speaker))
    return heard.words if closes else heard.words[at:]


_VERB_CLOSES = re.compile(r"[\s,]*(?:[\w’'-]+\s+){0,2}[\w’'-]+[\s.!]*")
"""After a speaker: their verb ending the sentence ('..., Cllr Croft said.', 'has also
said'), so the words before the speaker are what they said."""


def _in_councils_voice(heard: _Heard, kind: ClaimKind | None, inside: Found | None) -> _Heard:
    """``heard`` spoken by the council when a sentence that makes no claim by its words, in
    no one's voice, tells the council's own doings, figures or plans (``_councils_own``):
    the council's statement, which the conventions leave not_checkable, so an opinion of
    the council's, never the release's own words to check against the report (findings2:
    'We are already working to make sure every child who goes missing is offered a return
    home interview', the report's words nearly, was judged as a finding and flagged)."""
    if kind is None and inside is None and heard.voice is None and _councils_own(heard.words):
        return replace(heard, voice="official", role="council")
    return heard


def _councils_own(words: str) -> bool:
    """True when the sentence, in no one's voice, tells the council's own doings, figures
    or plans with the council, its area or its name as the subject ('The council has opened
    three new children's homes', 'Barnet employs about 250 social workers', 'The council
    will present the report to its cabinet'), or its plan with no subject of its own ('An
    improvement plan will be agreed with the DfE', ``plans_ahead``, of children's services:
    ``words.domain.about_the_service``; a seafront's lights are local news): the council's
    statement, which the conventions leave not_checkable, shown as a claim rather than
    dropped (compare18, facts10, findings13: no claim, so a wrong one would have gone
    unseen)."""
    words = words.rstrip()
    return (
        len(RELEASE_WORD.findall(words)) >= _OWN_WORDS
        and words[-1:] in _SENTENCE_FINAL
        and not _WEB_PAGE.search(words)
        and (council_opens_as_subject(words) or (plans_ahead(words) and about_the_service(words)))
    )


def _finding_beyond_quotes(text: str, sent: Sentence, pieces: _Pieces, masked: str) -> bool:
    """False for a sentence whose findings are all inside its quotations; ``masked`` is
    the sentence with its quotations blanked. A quotation opened in an earlier sentence
    counts too: the last of its sentences, closed before its source ('... services
    well," the report says.'), is the quote claim's, not a finding of its own."""
    ends = [e for _, e, _ in pieces.overlapping(sent.start, sent.end)]
    if not ends:
        return True
    if len(RELEASE_WORD.findall(masked)) >= _FINDING_OUTSIDE_WORDS:
        return True
    return len(RELEASE_WORD.findall(_frame_told(text[max(ends) : sent.end]))) >= _FINDING_TAIL_WORDS


def told_before_quoting(sent: Sentence, pieces: _Pieces, masked: str) -> bool:
    """True when the words before a sentence's first quotation, after its frame ('Inspectors
    said'), are a clause of their own with a verb, as long as a paraphrase going on past a
    quotation: the quoted words end what the release says in its own words ('Inspectors
    said a whistleblowing investigation had left partnership working “fragile”': drift48,
    only the one word was checked). A quotation after 'are' or 'as' completes its clause,
    which says nothing without it ('Leaders, appointed by the council, are “ambitious for
    children”'); only a clause before that one can. The council's own doings are no
    finding of theirs ('The council has opened two new homes this year, but inspectors
    said “more are needed”'). Asked once the words beside the quotations gave no claim of
    their own (``parts._said_beside_quotes``)."""
    spans = [s for s, _, _ in pieces.overlapping(sent.start, sent.end)]
    if not spans:
        return False
    head = masked[: max(0, min(spans) - sent.start)].strip()
    if council_opens_as_subject(head):
        return False  # the council's own doings, the inspectors' words beside them
    frames = list(REPORTING_VERB.finditer(head))
    if frames and INSPECTORS_SUBJECT.match(head[: frames[-1].start()]):
        told = head[frames[-1].end() :]  # 'Inspectors said | a whistleblowing ...'
    else:
        told = framing_blanked(head)
    told = told.strip(f" ,;:{MARKS}")
    if _COMPLETED_BY_QUOTING.search(told):
        # The quotation completes the last clause; a clause before it may still say
        # something ('There were no adoption breakdowns in 2013-14, and inspectors
        # described adoption support as “...”').
        told = told[: max(0, told.rfind(","))]
    return len(RELEASE_WORD.findall(told)) >= _FINDING_TAIL_WORDS and has_verb(told.strip())


_COMPLETED_BY_QUOTING = re.compile(
    r"\b(?:is|are|was|were|be|been|being|remains?|remained|seems?|appears?|has|have|had"
    r"|will|would|can|could|should|may|might|must|do|does|did|as|of|to|for|by"
    r"|with|the|an?|its|their|his|her|and|or|but)$",
    re.I,
)
"""A last word before a quotation that the quotation completes: a copula or auxiliary, a
preposition, a determiner or a conjunction ('are “ambitious for children”', 'described as
“...”', 'senior leaders have “made significant improvements ...”')."""


def _frame_told(tail: str) -> str:
    """The words after a sentence's last quotation without an aside telling the visit or the
    report's publication ('“…,” the report, published on Tuesday, states.', drift25: its
    words counted as a paraphrase going on past the quotation, a finding of the whole
    sentence): the frame that is left names the source, and the aside is a fact of its
    own (``parts._visit_told_aside``)."""
    span = visit_aside(tail)
    return tail if span is None else tail[: span[0]] + tail[span[1] :]
