"""Words that criticise, in a report's sentence or a release's claim, and a release's
request to improve, and a count of what a report asks to improve: one home, read by the
finding checks, the clause readers and the values' parse."""

import re

from verify.words.numbers import NUMBER
from verify.words.speakers import FINDING_VERBS, INSPECTORS_SOURCE

TOO_LITTLE = r"develop|resourc|fund|staff|perform|valu|represent|achiev"
"""What 'under-' makes too little of ('underdeveloped', 'under-resourced', 'underfunded'),
inside another pattern: 'understood', 'undertaken' and 'underpinned' are no criticism, nor
negations of 'stood', 'taken', 'pinned' (``qualifiers.NEGATIVE_PREFIX`` reads the same)."""
FURTHER = r"more|better|quicker|faster|stronger|clearer|further|improved|strengthened"
"""What a report says something 'could be' when it is not yet so ('targets could be more
specific', 'the response could be quicker'), inside another pattern."""

PRIVATIVE = r"without|free\s+(?:of|from)"
"""Words that deny the noun after them as 'no' does ('acts without delay' says the report's
'there is no delay'): inside another pattern."""
DELAY = "delay|delays|delayed"
"""'Delay' in each form a report criticises with ('delays in assessments', 'delayed
plans'), inside another pattern: the fault said plainly (``FAULT``), and the opposite of
'timely' (``qualifiers.OPPOSITES``)."""
FAULT_NOUNS = r"delays?|drift"
"""The faults a claim says are absent or lessened ('without delay', 'reducing drift'),
inside another pattern."""
_FAULTS_LISTED = rf"(?P<fault>{FAULT_NOUNS})(?:\s+(?:or|and)\s+(?:{FAULT_NOUNS}))?\b"
"""A fault, or two joined ('drift or delay')."""
FAULT_DENIED = re.compile(
    rf"\b(?:{PRIVATIVE}|no|prevent(?:s|ed|ing)?|avoid(?:s|ed|ing)?)\s+"
    rf"(?:(?:any|undue|unnecessary|avoidable)\s+)?{_FAULTS_LISTED}",
    re.I,
)
"""A fault said to be absent or kept away ('provided without delay', 'no drift', 'robust
enough to prevent any drift or delay'): praise, not a criticism of the claim's own, though
``CRITICAL`` holds the word (session 18, findings18: 'early help support ... is provided
without delay' was read as critical, so the report's 'some delays to the provision of
support' supported it, and a numbered recommendation told as found was no praise)."""
FAULT_LESSENED = re.compile(
    r"\b(?:reduc(?:e|es|ed|ing)|tackl(?:e|es|ed|ing)|cut(?:s|ting)?|minimi[sz](?:e|es|ed|ing)"
    r"|lessen(?:s|ed|ing)?|eliminat(?:e|es|ed|ing)|overc(?:o|a)m(?:e|es|ing))\s+"
    rf"(?:(?:the|any|undue|unnecessary|avoidable)\s+)?{_FAULTS_LISTED}",
    re.I,
)
"""A fault the claim says is lessened ('reducing delays', 'tackled drift and delay'): not
the claim's own word to be told the other way, so a report's 'timely' is no opposite of it
(session 18, opposites18b); unlike ``FAULT_DENIED`` it does not say the fault is gone, so
the report's plain 'delays' is none either."""
FAULT = re.compile(rf"(?<![\w-])(?:{FAULT_NOUNS}|delayed)(?![\w-])", re.I)
"""The faults ``FAULT_DENIED`` denies, said plainly: the opposite of their denial."""

CRITICAL = re.compile(
    r"\b(not|no longer|requires? improvement|inadequate|variab(?:le|ility)"
    r"|var(?:y|ies|ying|iations?)\b|"
    r"inconsisten(?:t|tly|cy)|more to do|"
    r"weak(?:er|ness|nesses)?|fail\w*|risk of harm|declined?|deteriorat\w*|"
    rf"limited|too\s+[a-z]+|slow(?:ly|er|ness)?|{DELAY}|shortfalls?|patchy|"
    r"poor|insufficient|superficial|ineffective(?:ly)?|drift|"
    rf"under-?(?:{TOO_LITTLE})\w*|could\s+(?:be\s+)?(?:{FURTHER})|"
    r"wants? to see|needs? to (?:improve|ensure|be)|should|lack(?:s|ing|ed)?|rarely"
    r"|(?:an?|the)\s+(?:[a-z]+\s+)?worry(?![-‐])|worrying(?:ly)?)\b"
    r"|\b\w+n[’']t\b"
    r"|\b(?<!allegations and )(?<!protection )(?<!safeguarding )(?<!welfare )(?<!raise )"
    r"(?<!raised )(?<!raising )(?<!address the )(?<!addressed the )(?<!addressing the )"
    r"concerns?\b(?!\s+(?:are|is|were|was)\s+raised)"
    r"(?!\s+(?:about|against)\s+(?:adults|professionals|staff|people)\b)"
    r"|\b(?:inspectors?|ofsted|hmi|inspectorate|regulator|watchdog|report)\s+(?:\w+\s+)?"
    r"rais(?:ed|es|ing)\s+(?:\w+\s+)?concerns?\b"
    r"|\b(?:case|work)loads?\s+(?:(?:for|of|in)\s+(?:[\w-]+\s+){1,3}?)?"
    r"(?:remain|are|is|were|was|have\s+been|continue\s+to\s+be)\s+(?:\w+\s+)?"
    r"(?:high|heavy|unmanageable)\b",
    re.I,
)
"""Words that criticise, a negation contracted ('aren't always timely') among them: a
release writes 'isn't' where the report writes 'is not', and 'partners are slow to answer'
where it writes 'do not respond ... in a timely way'. Criticism in other words counts too
(session 15): 'too' before any word ('too high', 'too slow', 'too variable'), what 'under-'
makes too little of ('The corporate parenting board is underdeveloped' supported 'praised
the corporate parenting board as a strength') and what 'could be' better ('targets could be
more specific'). 'Concerns' criticise when someone
holds them ('concerns about the quality of plans'), not when they are what services
receive and act on: 'allegations and concerns against adults who work with children',
'child protection concerns', 'when concerns are raised', 'concerns about professionals'
(session 13: 'The management of allegations and concerns against adults ... is timely and
proportionate' was read as a criticism, and a release restating it was contradicted).
A worry held of something criticises as a concern does ('Education was a particular
worry', 'a worrying rise'; written24: read as praise, and told misleading); a child's
being worried is what services meet ('children know whom to talk to when worried').
Concerns the inspectors raise are theirs, and criticise ('HMI also raised concerns about a
sharp rise in ...', written24: read as praise), where those others raise are what
services act on ('partners raise concerns appropriately'), as are those leaders address
('senior managers took immediate action to address the concerns': drift38, read as
criticism, so a release telling the action was left not checkable). Caseloads or workloads said
to be high criticise, as Ofsted tells them ('caseloads for some practitioners remain
high'; drift26: supported 'caseloads are now at manageable levels across teams')."""
_ASKED = r"(?:ask|urg|tell|told|call|direct|instruct)\w*"
_ASKED_OF = r"(?:the\s+)?(?:council|local\s+authority|authority|borough|city|county|leaders)"
"""Whom a request to improve is made of: the council, by a name for it ('it' or 'them'
after 'called' or 'ask' calls to account or asks for a survey)."""
_MORE_OF = r"(?:better|improved|stronger|greater|faster|quicker|clearer|tighter|more\s+\w+)"
ASKED_TO_IMPROVE = re.compile(
    rf"\b(?:{_ASKED}\s+(?:on\s+)?(?:[\w’'-]+\s+){{0,3}}?to improve|must (?:improve|do better)"
    r"|improvements? (?:is|are) (?:needed|required)"
    rf"|(?:{_ASKED}\s+(?:on\s+)?|want\w*\s+){_ASKED_OF}\s+to\s+(?!be\b)\w+"
    rf"|wants?\s+(?:to\s+see\s+)?(?:a\s+)?{_MORE_OF}"
    r"|critici[sz](?:e|es|ed|ing)|critical\s+of"
    r"|(?:flagged|identified|highlighted|singled\s+out)(?:\s+up)?\s+(?:as\s+)?(?:an?\s+)?"
    r"(?:areas?\s+)?(?:for|of|needing|requiring)\s+(?:improvement|development))\b",
    re.I,
)
"""A release's request to improve ('Ofsted asked the council to improve ...'): it tells a
weakness the report lists to improve, not a strength, so the claim criticises in words of
its own. Claims only: a report sentence naming 'areas for improvement' is the topic.
Session 20 (paraphrase20): any request of the council ('asked the council to update
assessments', 'told the council to work with schools', 'wants the council to improve'),
a want of more ('want quicker permanence decisions'), a criticism told ('inspectors
criticised the response to ...') and an area flagged for improvement: each restates a
'What needs to improve' item, which then supports it (was: the item was read as the
report's criticism of praise, and the claim left not_checkable)."""
EARLIER_FINDINGS = re.compile(
    r"\b(?:since|after|following|at)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:inspection|visit)\b(?:\s+(?:in|of|on)\s+(?:[\w-]+\s+){0,2}?(?:19|20)\d\d)?,?\s+"
    r"(?:which|that)\s+(?:had\s+)?(?:highlighted|found|identified|judged|rated|raised|noted"
    r"|showed|reported|criticised)\b[^,;.]*",
    re.I,
)
"""An earlier visit and, in a relative clause, what it found ('Leaders have made impressive
progress since a focused visit in 2018 which highlighted a deterioration in the quality of
some services'): the criticism is that visit's, told as what has since been put right, not
the report's of now (facts10: the progress restated was read as told without the report's
criticism, and contradicted)."""


_CONCERN_KIND = (
    r"(?:(?:any|a|an|significant|serious|new|further|increased|increasing|immediate"
    r"|heightened|escalating|emerging|child\s+protection|safeguarding)\s+)*concerns?\b"
)
CONCERN_MET = re.compile(
    rf"\b(?:when|where|if|once|as\s+soon\s+as)\s+(?:there\s+(?:is|are)\s+)?{_CONCERN_KIND}"
    rf"|\b(?:respond|react|act)(?:s|ed|ing)?\s+(?:\w+\s+){{0,2}}?(?:to|on)\s+{_CONCERN_KIND}",
    re.I,
)
"""A concern as what services meet ('act swiftly when there is significant concern or risks
to children increase', 'where there are concerns, strategy meetings are held', 'identify
and respond swiftly to emerging concerns'): the occasion the praise tells of, not a
criticism of the services (session 20, paraphrase20: the report's sentence was read as
critical, so it supported no praise restating it)."""


def criticism_now(text: str) -> re.Match | None:
    """``CRITICAL`` in ``text`` outside what an earlier visit is said to have found
    (``EARLIER_FINDINGS``), a fault it says is absent ('act without delay',
    ``FAULT_DENIED``) and a concern it tells services meet (``CONCERN_MET``): a criticism
    the text makes of the services now."""
    text = CONCERN_MET.sub(_blank, EARLIER_FINDINGS.sub(_blank, text))
    return CRITICAL.search(FAULT_DENIED.sub(_blank, text))


def _blank(m: re.Match) -> str:
    """The match as spaces, offsets kept."""
    return " " * len(m.group())


_AUX = r"(?:are|is|were|was|do|does|did|have|has|had)"
WHOSE_PLIGHT = re.compile(
    rf"\b(?:who|whose\s+\w+)\s+(?:{_AUX}\s+(?:not|no\s+longer)|{_AUX}n[’']t)\b"
    r"(?:\s+(?:yet\s+)?\w+)?",
    re.I,
)
"""A relative clause of people saying what is wrong for them, its negation just after its
opening ('children whose circumstances are not improving', 'young people who are not in
education'; not 'children whose plans end are not escalated', whose 'not' is the main
verb's): it names the group a claim is about, not the claim's tone (fresh17: 'all children
whose circumstances are not improving are escalated quickly' was read as a criticism, so
the 'What needs to improve' item on their escalation limited no praise)."""


TO_IMPROVE_COUNTED = re.compile(
    rf"\b(?P<n>{NUMBER})\s+(?:(?:key|main|further|specific|priority)\s+)?"
    r"(?:recommendations?\b"
    r"|areas?\s+(?:(?:for|of)\s+(?:further\s+)?(?:improvement|development|work|attention)\b"
    r"|(?:for|to|that|which|where)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:improve|(?<!require\s)(?<!requires\s)(?<!required\s)improvement|develop"
    r"|work\s+on|focus\s+on|address|strengthen)\b))",
    re.I,
)
"""A count of what a report asks to improve ('it makes 18 recommendations', 'four areas to
improve', 'three areas for improvement', 'one area where practice must improve', 'three
areas for the council to work on', 'two areas for further work', drift26: unread): its SIF
recommendations or its 'What needs to improve' items, which its parse lists. Not areas
that 'require improvement' ('judged all four areas to require improvement to be good'):
that is the grade, and they are the judgements graded it."""

IMPROVE_HEADING = re.compile(r"\bwhat\s+needs\s+to\s+(?:be\s+)?improved?\b", re.I)
"""The ILACS report's heading 'What needs to improve', named in a release."""
COUNTED_UNDER_HEADING = re.compile(
    rf"\b(?P<n>{NUMBER})\s+(?:(?:key|main|specific)\s+)?(?:areas?|points?|items?|things?|issues?)\b",
    re.I,
)
"""A count of areas or points in a sentence naming that heading ('Under the heading ‘What
needs to improve?’, the report lists three areas', drift28 and drift29: three articles,
no claim read): the heading's items."""
_SOME = r"(?:(?:some|a few|several|a number of|a small number of|a couple of|two|three|four)\s+)?"
SUMMED_UP_BY = (
    r"(?:(?:but|and|however|yet|still)\W+)?"
    r"(?:there\s+(?:were|are|was|is)\s+(?:also\s+)?"
    rf"|(?:the\s+|its\s+)?(?:{INSPECTORS_SOURCE}|it|they)\s+(?:also\s+|did\s+|does\s+)*"
    rf"(?:{FINDING_VERBS}|saw|sees|recorded|records|listed|lists|pointed\s+to)\s+(?:also\s+)?)?"
)
"""What may open a sentence summing up the report in one word of praise or criticism,
with nothing named ('There were some positives.', 'But the report did find weaknesses.',
'But inspectors also found signs of progress.'): Ofsted, its inspectors or report (or
'it', 'they') and a verb of finding, or of noting, after any 'did' or 'also' the report's
framing phrases do not cover; the summary itself after it."""
BARE_PRAISE = re.compile(
    rf"^\W*{SUMMED_UP_BY}{_SOME}(?:positives|strengths|good\s+practice|praise"
    r"|(?:clear\s+|early\s+)?signs?\s+of\s+(?:progress|improvement)|improving\s+areas"
    r"|(?:much|plenty|a\s+lot)\s+to\s+praise|things?\s+to\s+praise)\W*$",
    re.I,
)
"""A finding that says only that the inspection found something to praise, naming nothing
('There were some positives.', 'But inspectors also found signs of progress.',
'Inspectors highlighted a number of strengths.': drift50 and drift51, not found by any
passage, or no claim at all): what a report praising any part of the services says,
whatever it praises."""


def sums_up_tone(text: str) -> bool:
    """True for a sentence that only sums up the report in a word of praise or criticism
    (``BARE_PRAISE``, ``BARE_CRITICISM``): 'There were some positives.'."""
    return bool(BARE_PRAISE.match(text) or BARE_CRITICISM.match(text))


PRAISED = re.compile(
    r"\b(?:strengths?|strong|effective(?:ly)?|good|outstanding|improv(?:ed|ing|ements?)"
    r"|progress)\b",
    re.I,
)
"""A word of praise in a report's sentence, for a finding that says only that the
inspection found something to praise (``BARE_PRAISE``); sentences that criticise
(``criticism_now``) are left out by the reader."""
BARE_CRITICISM = re.compile(
    rf"^\W*{SUMMED_UP_BY}(?:{_SOME}(?:gaps|weaknesses|shortcomings|criticisms?"
    r"|areas?\s+(?:for|of)\s+(?:improvement|development)|areas?\s+to\s+improve"
    r"|room\s+for\s+improvement|things?\s+(?:to|that\s+need\s+to)\s+improve)"
    r"|(?:the\s+report|it|the\s+inspection)\s+(?:was|is)\s+not\s+without\s+(?:its\s+)?criticisms?)"
    r"\W*$",
    re.I,
)
"""A finding that says only that the inspection found something to criticise, naming
nothing ('But the watchdog found gaps.', 'Inspectors identified some areas for
improvement.', 'But the report was not without criticism.'): what the report's 'What needs
to improve' list itself says, whatever its items. Not a fault said to be serious or
widespread ('serious weaknesses': how grave, which the list does not tell), nor one of
something named ('gaps in the help for care leavers': ranked as any finding), nor none
('found no weaknesses')."""
