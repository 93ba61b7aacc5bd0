"""The report's 'What needs to improve' items (and SIF recommendations) against a finding.

An item names a topic, so it supports no praise of it: praise restating an item is
misleading (``_praises_item``), an item is no support for the claim that it is done
(``_names_to_improve``), and praise the report says only critically and lists to improve is
misleading too (``_listed_to_improve``). A claim that tells what it names as listed to
improve (``_TOLD_AS_LISTED``), or only names the topic (``_names_topic``), praises nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from verify.check.common import content_words, shared
from verify.check.negation import RESTATED_MIN, limits_itself, own_criticism
from verify.match import Hit, Sentence
from verify.types import Passage, Report
from verify.words.clauses import Break, clause_spans, has_verb
from verify.words.criticism import CRITICAL

_MORE = r"(?:better|more|improved|stronger|greater|further|faster|quicker|clearer|tighter)"
"""What is asked for where more is wanted ('better management oversight', 'to be more
consistent')."""
_TOLD_AS_LISTED = re.compile(
    r"\b(?:recommend(?:s|ed|ations?)?"
    r"|areas? (?:for|of|needing|requiring) (?:further )?(?:improvement|development)"
    r"|areas? (?:for|needing|requiring) (?:further )?(?:work|attention)"
    r"|areas? to (?:improve|develop)|to (?:improve|strengthen|address|tackle)"
    r"|working (?:on|towards?)|to work on|under ?way|plans? to|must|should|ought to"
    r"|need(?:s|ed)? to|ha(?:s|ve|d) to|for improvement|critici[sz]\w*|critical of|flagged"
    rf"|(?:want|call|ask|press|push)\w*\s+(?:for\s+)?{_MORE}"
    r"|(?:is|are|was|were) (?:required|expected) to"
    r"|(?:is|are|was|were|been) (?:both |also |again |previously )?(?:raised|listed)"
    r"(?= (?:in|at|by|as|before|previously|again|last)\b)|listed again"
    r"|(?:another|a (?:second|third|fourth|fifth|further|final)|the (?:second|third|fourth"
    r"|fifth|final|last|other)) (?:area|issue|concern|weakness|priority)"
    r"(?! (?:of|for) (?:strength|good|excellen|praise))"
    r"|(?:want|call|ask|press|push)\w*\s+for\s+(?:only\s+|just\s+)?(?:some\s+|further\s+|one\s+|two\s+"
    r"|three\s+|a\s+few\s+)?improvements?(?:\s+(?:in|to)|(?=\s*:)|\s*$)"
    r"|(?:ask|urg|tell|told|call|direct|instruct|want)\w*\s+(?:on\s+)?(?:[\w’'-]+\s+){0,3}?to"
    rf"\s+(?:be\s+{_MORE}|(?!be\b)\w+))\b",
    re.I,
)
"""A claim that tells what it names as a recommendation, an area for improvement, work to
be done, what the council must do or what inspectors asked of it ('just one
recommendation: the consistency of ...', 'inspectors asked the council to update
assessments of need when circumstances change' for the item 'The updating of assessments
of need ...', 'the report was critical of the recording of ...', 'areas to work on,
including ...', 'Ofsted wants better management oversight so that ...', 'they did ask for
improvements in the timely identification of risk', 'Ofsted asked for only one improvement:
the consistency of ...' (drift27: read as praise of the item),
'work is already under way to improve the quality and timeliness of return home
interviews', 'Ofsted asks the council to be more consistent in gaining and recording
parental consent', 'the council must ensure that all caseloads are manageable' for a SIF
report's 'Ensure that all ...'; a reporter's indirect speech shifts 'has to' and 'needs
to' back: 'the report said care leavers had to be helped to understand their rights', for
the item 'Care leavers' understanding of their rights ...', was misleading, news14): it
gives the item as listed to improve, so it praises nothing. No criticism of the claim's
own either ('leaders understand every area for improvement' is about the list), so it only
keeps an item from being read as praised. 'Work' and 'attention' are listed only after
'for', 'needing' or 'requiring': 'across all areas of work' names every part of the service.
An area counted on from others named before it ('A third area, the consistency and quality
of management oversight and supervision, is new', after two the report 'listed again':
drift41, read as praise of the item) is one of the list, unless it is of strength; so is
one 'raised' or 'listed' ('Return home interviews ... were both raised in 2022 and are
listed again this time': drift41, read as praise told the other way)."""


# Praise the report says only critically is misleading when one 'What needs to improve'
# item holds this share of the claim's content words, and at least this many of them.
_LISTED_MIN, _LISTED_WORDS_MIN = 0.5, 2


def _told_as_its_item(claim: str, sentence: Sentence) -> bool:
    """True when ``sentence`` is a 'What needs to improve' item and the claim tells what it
    names as listed to improve (``_TOLD_AS_LISTED``: 'the report said care leavers had to
    be helped to understand their rights', 'only one area for improvement: the matching of
    adolescents ...', 'highlighted ... as an area to improve'): the item says what the
    claim says (session 20, paraphrase20: it was read as a criticism of praise, and the
    claim left not_checkable)."""
    return sentence.passage.kind == "improvement" and _told_as_listed(claim, sentence.text)


_LISTING_NOUN = re.compile(r"(?:areas?|recommendations?)\b", re.I)
"""Listing words that are a noun: an appositive after a comma or a dash renames them."""


def _brings_in(after: str, listing: str) -> bool:
    """True when the text ``after`` a clause ending in the ``listing`` words brings in the
    item they name: a colon ('only one area for improvement: the matching of adolescents'),
    or, after a noun of listing, a comma or a dash setting off an appositive ('one area for
    improvement, management oversight of pre-proceedings work', written24: read as praise,
    and the item's own sentence withheld). After a verb's 'to improve' a comma ends an
    opening clause ('Having worked hard to improve, the updating of assessments is now
    strong')."""
    mark = after.strip()[:1]
    return mark == ":" or (mark in (",", "–", "—") and bool(_LISTING_NOUN.match(listing)))


@lru_cache(maxsize=4096)
def _told_as_listed(claim: str, item: str) -> bool:
    """True when a clause of the claim holds both the words that tell something as listed
    to improve (``_TOLD_AS_LISTED``) and a word of ``item``, or the listing words end their
    clause and the clause a colon, comma or dash brings in names it (``_brings_in``: 'only one
    area for improvement: the matching of adolescents ...'). Listing words said of
    something else ('Staff must be proud: the updating of assessments is strong') do not
    make praise of the item its listing (review of session 20: such praise was supported
    by the item itself). A clause opening on its verb is read with its subject
    (``_subject_start``).
    Remembered: asked of each candidate sentence, claim after claim."""
    own = content_words(item)
    spans = clause_spans(claim)
    for n, (a, b) in enumerate(spans):
        if not (m := _TOLD_AS_LISTED.search(claim, a, b)):
            continue
        introduces = not claim[m.end() : b].strip() and _brings_in(claim[b : b + 2], m.group())
        end = spans[n + 1][1] if introduces and n + 1 < len(spans) else b
        if own & content_words(claim[_subject_start(claim, a) : end]):
            return True
    return False


def _subject_start(claim: str, at: int) -> int:
    """Where the clause starting ``at`` begins with its subject: a clause opening on its
    verb ('were both raised in 2022') has its subject before the commas of its asides and
    lists ('Return home interviews ..., and support for care leavers over 21, were both
    raised': drift41), back to the last break no comma makes."""
    if not _OPENS_ON_VERB.match(claim, at):
        return at
    return max((b for _, b in clause_spans(claim, Break.DASH) if b <= at), default=0)


_OPENS_ON_VERB = re.compile(
    r"\W*(?:(?:both|also|all|each)\s+)?(?:is|are|was|were|has|have|had)\b", re.I
)
"""A clause opening on its verb, its subject before it ('were both raised in 2022')."""


def _names_to_improve(claim: str, sentence: Sentence, report: Report, recommended: bool) -> bool:
    """True when ``sentence`` is an item the report lists to improve (``_listed_item``: with
    ``recommended``, a SIF report's numbered recommendation too) the claim does not
    criticise in words of its own: the item names what needs to improve ('The
    effectiveness of the response ... out of office hours'; 'Ensure that visits to
    children are undertaken in line with their plans'), so it supports only a claim that
    it needs to, never the claim that it is done or effective."""
    if _told_as_listed(claim, sentence.text):
        return False  # told as listed to improve: the item says so (``_told_as_its_item``)
    return _listed_item(sentence, report, recommended) and not own_criticism(claim, sentence.text)


def _listed_item(sentence: Sentence, report: Report, recommended: bool) -> bool:
    """True when ``sentence`` is of an item the report lists to improve: a 'What needs to
    improve' passage, or (``recommended``) a numbered recommendation a SIF report lists
    ('Ensure that all social work caseloads are manageable ...'), which keeps its paragraph
    number among the passages and is an improvement item by the same id. A recommendation
    asks an action of the council, which a release may tell as done in its own account ('An
    urgent review has been carried out of all cases ...' for 'Urgently review all cases
    ...'): it shows praise restated from it only in a claim given to inspectors. What the
    inspectorate itself will do is no item (``_INSPECTORATE_ACTS``)."""
    passage = sentence.passage
    if _INSPECTORATE_ACTS.match(sentence.text):
        return False
    return passage.kind == "improvement" or (
        recommended and any(i.id == passage.id for i in report.improvements)
    )


def _items(report: Report) -> list[Passage]:
    """The report's items to improve, less what the inspectorate itself will do
    (``_INSPECTORATE_ACTS``) and what it found none of (``_FOUND_NONE``)."""
    return [
        i
        for i in report.improvements
        if not _INSPECTORATE_ACTS.match(i.text) and not _FOUND_NONE.search(i.text)
    ]


_FOUND_NONE = re.compile(
    r"\b(?:did|does|has|have)\s+not\s+(?:find|found|identif\w+)\s+any\b"
    r"|\bno\s+(?:[\w-]+\s+){0,4}(?:was|were|has\s+been|have\s+been)\s+(?:found|identified)\b",
    re.I,
)
"""A sentence among the items saying the inspection found none of something ('The
inspection did not find any areas for priority and immediate action'): no weakness, so a
release telling it (drift34: 'No areas were found to need priority and immediate action')
praises nothing the report lists to improve."""


_INSPECTORATE_ACTS = re.compile(
    r"^(?:[\w ]{1,20},\s*)?(?:(?:Her|His) Majesty[’']s Chief Inspector|HMCI|Ofsted)\s+will\b"
)
"""A sentence among the items telling what the inspectorate itself will do ('In addition,
Her Majesty's Chief Inspector will act ... in sharing these findings with HMI
Constabulary'): it asks nothing of the council, so a release telling it (drift25: 'Ofsted
is sharing its findings with HMI Constabulary') praises no item to improve."""


def _listed_more_fully(
    claim: str, words: set[str], report: Report, supporting_share: float
) -> bool:
    """True when a 'What needs to improve' item holds at least _LISTED_MIN of the praise's
    content ``words`` and the sentence that would support it fewer: the report names it to
    improve, and a sentence found by meaning alone is another aspect ('For a very small
    number of children ..., assessments are delayed' for praise of their assessments).
    The item must be about the claim's topic, holding at least as much of its own words in
    the ``claim``: a long item listing many topics is not."""
    if supporting_share >= _LISTED_MIN:
        return False
    return any(
        shared(words, item.text) >= _LISTED_MIN
        and shared(content_words(item.text), claim) >= _LISTED_MIN
        for item in _items(report)
    )


def _listed_to_improve(words: set[str], report: Report):
    """The report's 'What needs to improve' item holding most of the claim's content
    ``words`` (at least _LISTED_MIN of them and _LISTED_WORDS_MIN words), if any."""
    best, best_share = None, 0.0
    for item in _items(report):
        share = shared(words, item.text)
        held = len(words & content_words(item.text))
        if held >= _LISTED_WORDS_MIN and share >= _LISTED_MIN and share > best_share:
            best, best_share = item, share
    return best


def _praises_item(claim: str, sentence: Sentence, hit: Hit, listed: bool) -> bool:
    """True when the claim restates a 'What needs to improve' item (lexical >= RESTATED_MIN)
    with no criticism or limit of its own ('the council identifies, assesses and supports
    children in private fostering arrangements well' for 'The identification, assessment and
    support of children in private fostering arrangements'): praise for what the report
    lists to improve, the conventions' misleading. The item names a topic, so it is no
    criticism restated (contradicted). ``listed``: the sentence is of such an item
    (``_listed_item``). A claim that only names the topic, as the item does
    (``_names_topic``), praises nothing."""
    return (
        listed
        and not _names_topic(claim, sentence.text)
        and not CRITICAL.search(claim)
        and not _TOLD_AS_LISTED.search(claim)
        and not limits_itself(claim)
        and hit.lexical >= RESTATED_MIN
    )


def _names_topic(claim: str, item: str) -> bool:
    """True when the claim names a topic, as a 'What needs to improve' ``item`` does, and
    says nothing of it: no verb ('the quality and timeliness of return home interviews'),
    an indirect question ('how quickly the hub responds to children's needs'), or no
    word beyond the item's ('placement sufficiency for children in care and those with
    complex needs'): a bullet under 'the council needs to improve:' praises nothing."""
    return (
        not has_verb(claim)
        or bool(_INDIRECT.match(claim))
        or content_words(claim) <= content_words(item)
    )


_INDIRECT = re.compile(r"\W*(?:how|whether|what|why|where)\b", re.I)
"""An indirect question ('how quickly ...'): it names what is asked, it states nothing."""
