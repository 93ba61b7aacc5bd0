"""The words that make a sentence about children's services and their inspection.

A release's own sentence with none of these words, no number and no grade (a market, the
roadworks, a theatre season: the local news a release or a hostile input is padded with)
tells nothing a report of children's services could say; the finding check settles it
without ranking the report by meaning (``check.finding.unrelated``). The list errs wide:
a word here only sends a sentence the whole way through the check, as before, so a word
common in local news ('school', 'homes', 'visit') costs time, never a verdict.
"""

from __future__ import annotations

import re
from functools import lru_cache

from verify.words.criticism import CRITICAL
from verify.words.grades import ANY_GRADE_RE
from verify.words.numbers import FRACTION, NUMBER, ORDINAL
from verify.words.referents import GROUPS, STAFF
from verify.words.speakers import (
    FINDING_NOUNS,
    FINDING_VERBS,
    INSPECTION_DOCUMENTS,
    OFSTED_NAMES,
    OFSTED_NOUNS,
    SAYING_VERBS,
)

_SERVICE = (
    r"care|cared|caring|social|safeguard\w*|protect\w*|welfare|well-?being|foster\w*|"
    r"adopt\w*|placements?|placed|kinship|guardianship|permanence|assess\w*|plans?|"
    r"planning|support\w*|help\w*|services?|practice|practise\w*|needs?|needed|risks?|"
    r"harm\w*|abuse\w*|neglect\w*|exploit\w*|missing|vulnerable|disab\w*|send|"
    r"educat\w*|health\w*|mental|pupils?|learning|outcomes?|progress\w*|"
    r"improv\w*|quality|oversight|supervis\w*|caseloads?|audits?|review\w*|"
    r"referrals?|thresholds?|courts?|legal|homes?|accommodation|homeless\w*|housing|"
    r"youth|offend\w*|custody|leavers?|leaving|looked after|early help|front door|"
    r"hubs?|advocacy|advocates?|therap\w*|trauma\w*|domestic|violence|"
    r"recruit\w*|retention|vacanc\w*|agency|turnover|training|"
    r"leaders?|leadership|managers?|management|directors?|corporate parent\w*"
)
"""Children's services and their work, beside the groups they serve and work with
(``DOMAIN``: children, carers and partners by ``referents.GROUPS``). Its leaders are only
``GROUPS['leaders']``'s people: that group's 'council' and 'authority' name every council
story."""

DOMAIN = re.compile(
    rf"\b(?:{_SERVICE}|{STAFF}|{GROUPS['children']}|{GROUPS['carers']}"
    rf"|{GROUPS['partners']}|{OFSTED_NAMES}|{OFSTED_NOUNS}|{INSPECTION_DOCUMENTS}"
    rf"|{FINDING_VERBS}|{SAYING_VERBS}|{FINDING_NOUNS})\b",
    re.I,
)
"""A word of children's services, their inspection or its findings, or of anyone's
saying: a sentence telling the inspectors' words names them or their saying."""

_FIGURE = re.compile(rf"\d|\b(?:{NUMBER}|{ORDINAL}|{FRACTION})\b", re.I)
"""A figure, in digits or words ('two', 'second', 'half'): a count or a date a report
may give."""


@lru_cache(maxsize=4096)
def about_the_service(text: str) -> bool:
    """True when ``text`` holds a word of children's services or their inspection
    (``DOMAIN``), a grade (``ANY_GRADE_RE``: 'good' too, wherever it stands) or a word of
    criticism (``CRITICAL``), or a figure (``_FIGURE``): what a report could say something
    of. Remembered: ``lookups`` asks it of each finding before the check asks again."""
    return any(p.search(text) for p in (DOMAIN, ANY_GRADE_RE, CRITICAL, _FIGURE))


_OTHER_AFTER_HMI = r"\s+(?:of\s+)?(?:Constabulary|Probation|Prisons|Fire)\b"
"""What follows 'HMI' or 'HM Inspectorate' naming another inspectorate ('HMI Constabulary',
'HMI Probation'): not one of Ofsted's inspectors, nor this inspection. A fragment read after
'HMI' alone; ``words.speakers.OTHER_INSPECTORATE`` names other inspectorates whole."""

OF_THE_INSPECTION = re.compile(
    r"\b(?:focus(?:s)?ed\s+on|interview(?:ed|s)?|review(?:ed|s)?|look(?:ed|s)?\s+(?:at|into|closely)"
    r"|examin(?:ed|es)|sampl(?:ed|es)|observ(?:ed|es)|track(?:ed|s)|scrutinis(?:ed|es)"
    r"|audit(?:ed|s)|check(?:ed|s)?|spoke|spoken|talk(?:ed|s)|met|meet(?:s|ing)|visit(?:ed|s)?"
    r"|read|consider(?:ed|s)|shadow(?:ed|s)|case\s+files?|records?|referr(?:ed|al)"
    r"|sp[ae]nt|sp[ae]nd(?:s|ing)?|took|takes?|led\s+by|HMI(?!"
    + _OTHER_AFTER_HMI
    + r")|inspect(?:ion|ions|ed|ing)|reports?|publish\w*"
    r"|announc\w*|framework|judgements?|judgments?|grades?|grading|rat(?:es?|ed|ings?)"
    r"|office|website|monitor\w*|letters?)\b",
    re.I,
)
"""Words of the inspection itself: what inspectors do on a visit ('The inspectors focussed
on reviewing direct work with children', 'They interviewed staff', 'spent a day with the
front door team') and the inspection's own terms (its report, framework, grades, its
publication). A sentence in the inspectors' voice holding none of them tells what they
found ('They blamed years of upheaval at the top of the service', 'They get the help they
need, as soon as they need it'), not what the inspection was or did; nor does one naming
another inspectorate ('Ofsted is sharing its findings with HMI Constabulary', drift25: an
inspection fact with nothing to compare, ``_OTHER_AFTER_HMI``)."""
