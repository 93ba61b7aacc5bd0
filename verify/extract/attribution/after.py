"""A speaker after the closing mark: '…,” said X', '…,” the report states', a headline's
source after a dash or a colon ('Services ‘improving’ – Ofsted'), or a headline's passive
with its 'be' left out ('‘Skilful’ staff praised as …').
"""

from __future__ import annotations

import re

from verify.extract.attribution.cues import _PRONOUN, _Cue
from verify.extract.attribution.subjects import _NOT_A_SUBJECT
from verify.words.speakers import (
    ENDING_VERBS,
    RATING_VERB,
    REPORTING_VERB,
    SAYING_VERBS,
    role_of,
)

_WHEN_SAID = r"\s+(?:after|when|following|during|before|while|in response)\b"
"""Where a speaker's name ends and the time of their words begins ("Derbyshire leader after
Ofsted report"): an Ofsted named there is what they speak after, not who speaks."""

_AFTER = re.compile(
    rf"^[\s,.;:!?]*(?:(?:{ENDING_VERBS})\s+(?P<after_verb>[^.;:“”\"]{{2,160}})"
    rf"|(?P<before_verb>[^,.;:“”\"]{{2,80}}?(?:,\s+[^,.;:“”\"]{{2,60}}?,)?)\s+(?:{ENDING_VERBS})\b)",
    re.I,
)
"""A speaker after the closing mark: after the verb ('…,” said X', '…,” reads the report'),
or before it, with a name or title in apposition set off by commas ('…,” the cabinet member
for children, Cllr Ann Lee, told the Gazette'; '…,” the report reads.')."""

_DASH_SOURCE = re.compile(
    rf"^[^—–“”\"\n]{{0,60}}?(?:\s[—–-]|,\s*(?:{SAYING_VERBS}))\s+"
    r"(?P<source>[A-Z][^.;:,“”\"\n—–]{1,60}?(?:,\s*[^.;:,“”\"\n—–]{1,40}?)?)\s*$"
)
"""A headline's source at its end, after a dash or a verb of saying ("Services
‘improving’ – Ofsted", "Children ‘not safe’ in Dunmere, says Ofsted"), or a quotation's
credited below it, with what the credit adds after a comma ("“…” – Ofsted report,
February 2014", "— Jo Park, director of children's services")."""
_WORD_AFTER = re.compile(r"\s+(\w+)")

_COLON_SOURCE = re.compile(r"^\s*:\s*(?P<source>[A-Z][^.;:,“”\"\n—–]{1,40}?)\s*$")
"""A headline's source after a colon ("Services ‘improving’: Ofsted")."""


_PRAISED_AS = re.compile(
    r"(?:praised|commended|hailed|singled out|criticised|criticized)"
    r"(?=\s+(?:as|for|after|in)\b|\W*$)",
    re.I,
)
"""A headline's passive with its 'be' left out after the quotation and a bare noun
("‘Skilful’ practitioners praised as Ofsted rates …"): judged by the inspectors, as the
same passive before a quotation is (``_headline_passive``); an agent after 'by' speaks."""


def _cue_after(trail: str, offset: int) -> _Cue | None:
    """A speaker after the closing mark: '…,” said X', '…,” the report states', a
    headline's source after a dash or a colon ('Services ‘improving’ – Ofsted',
    'Services ‘improving’: Ofsted'), or its passive ('‘Skilful’ staff praised as …')."""
    bare = _COLON_SOURCE.match(trail)
    if bare is not None and not REPORTING_VERB.search(bare.group("source")):
        return _Cue.named(bare.group("source"), offset + bare.start("source"))
    m = _AFTER.match(trail)
    if not m and (dash := _DASH_SOURCE.match(trail)):
        return _Cue.named(dash.group("source").strip(), offset + dash.start("source"))
    if not m:
        return None
    group = "after_verb" if m.group("after_verb") else "before_verb"
    speaker = re.split(_WHEN_SAID, m.group(group), maxsplit=1, flags=re.I)[0].strip().rstrip(" ,")
    if group == "before_verb" and _NOT_A_SUBJECT.match(speaker):
        return None  # "a “tenacious approach” to missing children but say ...": no speaker
    verb = _WORD_AFTER.match(trail, m.end("before_verb")) if group == "before_verb" else None
    if verb and RATING_VERB.fullmatch(verb.group(1)) and role_of(speaker) != "inspectors":
        return None  # "‘Exemplary’ staff planning as Dunmere services rated good"
    if verb and role_of(speaker) == "unattributed" and _PRAISED_AS.match(trail, verb.start(1)):
        return _Cue(None, "inspectors")  # "‘Skilful’ practitioners praised as Ofsted rates …"
    if _PRONOUN.match(speaker):
        return _Cue.pronoun(speaker, offset + m.start(group))
    return _Cue(
        speaker, role_of(speaker), offset + m.start(group), offset + m.start(group) + len(speaker)
    )
