"""Who led an inspection, by name ('The inspection was led by Ofsted's Nigel Parkes',
'The lead inspector was Anna Gravelle'): the report prints its lead inspector, a fact the
fact check compares.

Uses none of the package's other modules.
"""

from __future__ import annotations

import re

from verify.words.speakers.verbs import FINDING_VERBS, SAYING_VERBS

_PERSON = r"[A-Z][\w’'-]+(?:\s+(?!HMI\b)[A-Z][\w’'-]+){1,2}"
LED_BY = re.compile(
    r"\b(?:(?i:inspection(?:\s+team)?|visit|inspectors|report)(?:\s*,[^,.;]{1,60},|\s*,)?"
    r"\s+(?:(?i:(?:which|that|who)\s+)?(?i:was|were|is|are|has\s+been|had\s+been)\s+)?"
    r"|(?i:inspection|visit)\b[^.;]{0,120}?\s(?i:and\s+(?:was|were))\s+"
    r"|(?i:inspectors|team)\s+(?i:visited|inspected)\b"
    r"(?:(?!\b(?i:where|who|whom|whose|which|while|when)\b)[^.;]){0,100}?,\s+)"
    r"(?i:led\s+by)\s+"
    r"(?:(?i:Ofsted)(?:[’']s)?\s+)?(?:(?i:lead|senior)\s+)?"
    r"(?:(?i:(?:Her|His) Majesty[’']s\s+inspector|inspector|HMI)\s*,?\s+)?"
    rf"(?P<name>{_PERSON})"
)
"""Who led an inspection, by name, the inspection or its inspectors the very subject of
'led by' ('The inspection was led by Ofsted's Nigel Parkes', 'a team of five inspectors led
by Emmy Tomsett', 'carried out the inspection, led by ...', 'The inspection team, led by
Neil Penswick, described ...' (drift28: unread), 'The visit, in October, was led
by His Majesty's Inspector Amanda Maxwell', 'The inspection took place in May and was led
by ...', 'A team of inspectors visited between 29 November and 10 December, led by ...',
'The report, led by His Majesty's Inspector Amanda Maxwell, opens by saying ...': a
release's 'report' for the inspection it tells, drift26;
not 'inspectors praised the front door team, led by ...'): the report prints its lead
inspector."""
LEAD_CLAUSE = re.compile(r"(?:^|,\s*)(?:and\s+)?(?:(?:was|were)\s+)?led\s+by\s", re.I)
"""A clause of its own telling who led the visit the clause before it dates ('The
inspection took place in March | and was led by ...', 'Inspectors visited between 29
November and 10 December, | led by ...'), or closing the words after it ('Inspectors
visited the borough for a week, | from 27 April to 1 May, led by ...'): split from the
visit, it is the lead's fact."""
_LED_VISIT = (
    r"(?i:led)\s+(?i:the|its|Ofsted[’']s)\s+(?:(?i:inspection)\s+)?(?i:inspection|visit|team)\b"
)
"""'led the inspection team', 'led its visit': after a name ``LEAD_NAMED`` trusts."""
_VISIT_ENDS = (
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?i:in|on|at|of|for|during|from|between|last|this|which|that"
    r"|and|with)\b)"
)
"""The inspection or visit a name led ends there ('led the inspection.', '... in March'),
not a compound ('led the inspection response', 'the visit to the school')."""
LEAD_NAMED = re.compile(
    r"\b(?i:the\s+lead\s+inspector)\s+(?i:was|is)\s+"
    r"(?:(?i:(?:Her|His) Majesty[’']s\s+inspector|HMI)\s*,?\s+)?"
    rf"(?P<name>{_PERSON})"
    rf"|(?<![\w’'])(?i:Ofsted)[’']s\s+(?P<inspector>{_PERSON})\s+{_LED_VISIT}"
    rf"|(?P<hmi>{_PERSON})\s*,?\s+HMI\b,?\s+{_LED_VISIT}"
    rf"|(?P<leader>{_PERSON})\s+(?i:led)\s+(?i:the|its)\s+(?i:inspection|visit)\b{_VISIT_ENDS}"
    rf"|\b(?i:lead\s+inspector)\s*[:,]?\s+(?P<named>{_PERSON})"
    rf"(?=\s*(?:[,.;:()–—-]|HMI\b|$|(?i:{SAYING_VERBS}|{FINDING_VERBS})\b))"
    r"|\b(?i:led\s+by)\s+(?:(?i:Ofsted)[’']s\s+)?(?:(?i:lead|senior)\s+)?"
    rf"(?i:(?:Her|His) Majesty[’']s\s+inspector|HMI)\s*,?\s+(?P<titled>{_PERSON})"
)
"""Who led an inspection, told with the lead inspector or the leader as subject ('The lead
inspector was Anna Gravelle', 'Ofsted's Nicki Shaw led the team', 'Jo Park HMI led the
visit'), or named beside the title ('Inspection: 3 to 14 October 2022, lead inspector
Alison Smale', 'Lead inspector: John Roughton HMI', or before what they wrote or found,
'Lead inspector Lorna Schlechte wrote:', drift47: unchecked; not 'Lead inspector Anna
Gravelle's report found', the subject of a finding: stress quotes8), or led by one
titled His Majesty's Inspector, whatever the subject ('It was led by His Majesty's
Inspector Naintara Khosla', 'a week-long visit from 11 to 15 November 2024 led by His
Majesty's Inspector ...', drift27: unread), the forms ``LED_BY``'s passive does not read. A name
without Ofsted's or HMI leads only the inspection or visit, not a team ('Council leader
Tom Smith led the team')."""
