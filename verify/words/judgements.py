"""The things Ofsted grades: each judgement's every printed form, in one table.

A judgement is named in many ways: in our views ('Help and protection'), in
explanations ('help and protection'), by releases ('child protection'), loosely in a
release sentence about it ('protect'), in report headings ('Children who need help and
protection') and in each era's judgement table. Which of them count as 'areas' (when a
release says 'good in three areas') follows from the same table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from verify.types import Judgement, JudgementName
from verify.words.grades import BOARD, GRADE

_APOS = "[’']"


@dataclass(frozen=True)
class JudgementWords:
    """How one judgement is printed and spoken of."""

    title: str
    """In our views: 'Help and protection'."""
    prose: str
    """Inside an explanation: 'help and protection', 'the LSCB review'."""
    area: bool = True
    """Counts as one of the 'areas' a release counts ('good in three of four areas'):
    every graded judgement of its era but overall effectiveness and the LSCB review."""
    release: str | None = None
    """Regex: the judgement as a release names it ('child protection')."""
    mention: str | None = None
    """Regex: words that show a sentence is about it (a release's, for omissions; an
    account of an earlier inspection's: the 2009-2013 inspection of 'safeguarding
    services' or 'arrangements' is help and protection's)."""
    heading: str | None = None
    """Regex: a report section heading that discusses it."""
    release_wording: str | None = None
    """How a release writes it out in full (the synthetic releases)."""


JUDGEMENTS: dict[JudgementName, JudgementWords] = {
    "overall_effectiveness": JudgementWords(
        title="Overall effectiveness",
        prose="overall effectiveness",
        area=False,
        release=r"overall effectiveness|overall(?! judgements?)",
        mention=r"overall|children[’']s services",
        heading=r"^overall effectiveness",
    ),
    "impact_of_leaders": JudgementWords(
        title="Impact of leaders",
        prose="impact of leaders",
        release=r"impact of leaders|leaders(?:hip)?(?! and management| management)",
        mention=r"leader|leadership|management",
        heading=r"impact of leaders",
        release_wording="the impact of leaders on social work practice with children and families",
    ),
    "help_and_protection": JudgementWords(
        title="Help and protection",
        prose="help and protection",
        release=r"help and(?:/or)? protection|child protection"
        r"|children (?:who need|in need of) (?:help and )?protection|children who need help"
        r"|children in need|(?<=\bat )(?:protecting|safeguarding) (?:vulnerable )?children",
        mention=r"help and protection|child protection|protect"
        r"|safeguarding (?:services|arrangements)",
        heading=r"children who need help and protection",
        release_wording="the experiences and progress of children who need help and protection",
    ),
    "children_in_care": JudgementWords(
        title="Children in care",
        prose="children in care",
        release=r"children in care|in our care",
        mention=r"in care|looked[- ]after|permanence",
        heading=r"children in care",
        release_wording="the experiences and progress of children in care",
    ),
    "care_leavers": JudgementWords(
        title="Care leavers",
        prose="care leavers",
        release=r"care[ -]leavers?|leaving care|leave care",
        mention=r"care leaver|leaving care",
        heading=r"(?:progress of|^)\s*care leavers",
        release_wording="the experiences and progress of care leavers",
    ),
    "looked_after_and_permanence": JudgementWords(
        title="Looked after children and permanence",
        prose="children looked after and permanence",
        release=r"looked[ -]after children|children looked[ -]after|looked[ -]after|permanence",
        mention=r"in care|looked[- ]after|permanence",
        heading=r"children looked after and achieving permanence",
        release_wording="children looked after and achieving permanence",
    ),
    "adoption": JudgementWords(
        title="Adoption",
        prose="adoption",
        release=r"adoption",
        mention=r"adoption",
        heading=r"^(?:\d\.\d\s+)?adoption|adoption performance",
        release_wording="adoption performance",
    ),
    "leadership_management_governance": JudgementWords(
        title="Leadership, management and governance",
        prose="leadership, management and governance",
        release=r"leadership,? management(?:,)? and governance|leadership and management",
        mention=r"leader|leadership|management|governance",
        heading=r"leadership,? management and governance",
        release_wording="leadership, management and governance",
    ),
    "lscb": JudgementWords(
        title="Local Safeguarding Children Board",
        prose="the LSCB review",
        area=False,
        # 'The board was judged inadequate' after a sentence naming the LSCB (facts5): 'the
        # board' as a grading verb's subject is the one board Ofsted grades.
        release=r"LSCB|SSCB|safeguarding children" + _APOS + r"?s? board|safeguarding board"
        r"|(?<!\bof )the board(?= (?:was|is|has been|had been) (?:also |then )?"
        r"(?:rated|judged|graded|found|assessed)\b)",
        mention=BOARD,
        heading=r"local safeguarding children board",
    ),
    "capacity_to_improve": JudgementWords(
        title="Capacity to improve",
        prose="capacity to improve",
        # Session 14 (news14): unnamed, 'Medway's capacity to improve was inadequate' was
        # compared with overall effectiveness (inadequate) and supported, where the 2013
        # report's table gives capacity to improve adequate.
        release=r"capacity (?:to improve|for improvement)",
    ),
    "outcomes_for_looked_after_children": JudgementWords(
        title="Outcomes for looked after children",
        prose="outcomes for looked after children",
        # Session 17 (grades17): unnamed, 'Outcomes for looked after children were judged
        # adequate' of the 2013 report was no claim on the row that grades them inadequate.
        release=r"outcomes for (?:looked[ -]after children|children looked[ -]after)",
    ),
    "quality_of_provision": JudgementWords(
        title="Quality of provision",
        prose="quality of provision",
        release=r"quality of (?:the )?provision",
    ),
    "leadership_and_management": JudgementWords(
        title="Leadership and management", prose="leadership and management"
    ),
}

_RELEASE_ORDER: tuple[JudgementName, ...] = (
    "overall_effectiveness",
    "impact_of_leaders",
    "leadership_management_governance",
    "help_and_protection",
    "care_leavers",
    "children_in_care",
    "outcomes_for_looked_after_children",
    "looked_after_and_permanence",
    "adoption",
    "lscb",
    "capacity_to_improve",
    "quality_of_provision",
)
"""Longer names first where they overlap ('leadership and management' before 'leaders')."""
_HEADING_ORDER: tuple[JudgementName, ...] = (
    "impact_of_leaders",
    "help_and_protection",
    "looked_after_and_permanence",
    "adoption",
    "children_in_care",
    "care_leavers",
    "leadership_management_governance",
    "lscb",
    "overall_effectiveness",
)
"""First match wins: 'children looked after' before 'children in care'."""

PARTS_OF_JUDGEMENTS: dict[JudgementName, str] = {
    "help_and_protection": r"early help|front door"
    r"|multi-agency safeguarding hub|\bMASH",
}
"""Regex, by judgement: parts of the service a release grades by a name no judgement
bears, each judged within one judgement in every framework (early help and the front door
within help and protection). Given a grade of its own ('Early help was rated good'), the
part is that judgement's: ratings18b, it was read as the whole service's and a planted
'good' early help, where help and protection requires improvement, was supported by the
overall grade. Only a grade given to no judgement named takes it (``values``)."""
PART_OF_JUDGEMENT_RE = re.compile(
    r"\b(?:" + "|".join(f"(?P<{n}>{w})" for n, w in PARTS_OF_JUDGEMENTS.items()) + r")\b",
    re.I,
)
"""A part of a judgement named in a release, in a group named by its judgement."""

RELEASE_JUDGEMENT_RE = re.compile(
    r"\b(?:" + "|".join(f"(?P<{n}>{JUDGEMENTS[n].release})" for n in _RELEASE_ORDER) + r")\b",
    re.I,
)
"""A judgement named in a release, in a group named by the judgement."""

_AREAS_SERVED = ("help_and_protection", "children_in_care", "care_leavers", "adoption")
SERVICE_FOR_AREA = (
    r"(?i:support|services?|provision|help|work)\s+(?i:for|to|with)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?i:" + "|".join(JUDGEMENTS[n].release for n in _AREAS_SERVED) + r")"
)
"""Regex: a service to the children of one graded area, as a release names it ('support for
young people leaving care', 'services for children in care', 'work with children in
need'): the object a rating verb grades ('judges support for young people leaving care to
be good')."""

HEADING_JUDGEMENTS: tuple[tuple[JudgementName, re.Pattern[str]], ...] = tuple(
    (name, re.compile(JUDGEMENTS[name].heading or "", re.IGNORECASE)) for name in _HEADING_ORDER
)

RELEASE_WORDING: dict[JudgementName, str] = {
    name: words.release_wording for name, words in JUDGEMENTS.items() if words.release_wording
}
"""The areas a release writes out in full, by name."""

TITLE_OPENING = r"experiences (?:and progress )?of "
"""Regex: the words a judgement's title opens with before whom it is of ('the experiences
and progress of care leavers', shortened 'the experiences of care leavers')."""

FORMAL_TITLE = (
    rf"(?:the )?(?:{TITLE_OPENING})?(?:"
    r"impact of leaders(?: on (?:social work )?practice(?: with children and families)?)?"
    r"|children who need help and protection|help and protection"
    r"|children in care(?: and care leavers)?|care leavers"
    r"|children looked after and achieving permanence|adoption performance"
    r"|leadership,? management and governance|overall effectiveness"
    r"|(?:local|[a-z-]+(?: [a-z-]+)?) safeguarding children(?:['’]s)? board"
    r"|capacity to improve|quality of provision|leadership and management"
    r"|outcomes for looked after children(?: and young people)?)"
)
"""Regex: a judgement's title as Ofsted prints it in its tables and headings (the 2012-2013
inspections' too: grades17, 'found the quality of provision to be inadequate' was a
finding), or shortened as releases shorten it ('the experiences of care leavers':
ratings21), the board by its place ('the Newcastle Safeguarding Children Board': ratings22,
'rated the Newcastle Safeguarding Children Board good' was no grade); in quote marks in a
release it names the judgement, it is no quotation."""

INSPECTION_TITLE = re.compile(
    r"services for children (?:in need of|who need) help and protection,? (?:for )?children "
    r"(?:looked after|in care) and (?:for )?care leavers",
    re.I,
)
"""The single inspection framework's title ('Inspection of services for children in need
of help and protection, children looked after and care leavers'): in a release it names
the whole inspection, whose grade is overall effectiveness, not the three areas it lists."""
TITLE_AREAS: frozenset[JudgementName] = frozenset(
    {"help_and_protection", "looked_after_and_permanence", "children_in_care", "care_leavers"}
)
"""The judgements the words of ``INSPECTION_TITLE`` name, read one by one."""

OTHER_SUBJECTS = re.compile(
    r"children[’']s homes?|fostering (?:agency|service)|adoption (?:agency|service)|" + BOARD,
    re.I,
)
"""Subjects Ofsted grades elsewhere than the judgement table (the LSCB in its own review)."""
BOARD_NAMED = re.compile(BOARD, re.I)
"""The LSCB named: of the ``OTHER_SUBJECTS``, the one a SIF report's table may print as its
last row (the review of the board)."""

THE_BOARD = re.compile(r"\bboard\b", re.I)
"""A board however a release names it ('the board'): in a review of the safeguarding board
alone, the board reviewed."""

OTHER_BODIES = re.compile(
    r"\b(?:(?:secondary |primary |special )?schools?"
    r"(?![ -](?:watchdog|inspector\w*|regulator|minister)\b)"
    r"|academ(?:y|ies)|nurser(?:y|ies)|colleges?|(?-i:SEND)|special educational needs"
    r"|youth (?:justice|offending) (?:service|team)s?|police|NHS|health (?:trust|services)"
    r"|fostering (?:services?|agenc(?:y|ies)|partners?|providers?)|children[’']s homes?"
    r"|(?:(?:one|each|two|three|four|some|all|both)\s+of\s+)?(?:th(?:os|es)e|the|its|their|our)"
    r"\s+(?:own\s+|residential\s+|care\s+){0,2}homes"
    r"|(?:regional|voluntary) adoption (?:agenc(?:y|ies)|partnerships?|services?)"
    r"|(?:neighbouring|nearby|neighbour|another|other|sister)"
    r" (?:(?:county|city|borough|district|unitary) )?(?:councils?|authorit(?:y|ies)"
    r"|boroughs?|count(?:y|ies))|(?:councils|local authorities) (?:nationally|across England"
    r"|in England|elsewhere)|(?:\d+|one|two|three|four) in (?:every )?(?:\d+|three|four|five"
    r"|six|seven|eight|nine|ten) (?:councils|local authorities)"
    r"|(?:of|among) all (?:councils|local authorities))\b",
    re.I,
)
"""Bodies whose grades a children's services report never gives: schools and nurseries
(Ofsted grades each in its own inspection), SEND (a local area inspection), youth justice
(HM Inspectorate of Probation), health, a fostering agency, partner or provider or a
children's home (or homes named before it: 'One of those homes was graded outstanding in
its own Ofsted inspection in February', drift27, had February checked against this visit's
dates), a regional or voluntary adoption agency (each inspected on its own;
ratings18b: 'Adoption@Heart, the regional adoption agency ..., was rated outstanding in its
own inspection last year' had its year checked against this visit's dates), another council
or councils elsewhere or counted as a share ('Nationally, around one in ten councils is
rated inadequate'), not councils counted in a story about several ('three councils have been
rated good'). A grade said of one ('Four of the city's secondary schools are rated
outstanding', 'A neighbouring council, rated outstanding last year, ...', 'The neighbouring
county council, rated good': ratings14, was compared with this council's last report) is no
grade of this inspection. Not the schools watchdog or inspectorate: Ofsted itself."""

EQUIVALENT: dict[str, tuple[JudgementName, ...]] = {
    "children_in_care": ("children_in_care", "looked_after_and_permanence"),
    "looked_after_and_permanence": ("looked_after_and_permanence", "children_in_care"),
    # 2012-2013 inspections of looked after children's services: 'leadership and management'.
    "impact_of_leaders": (
        "impact_of_leaders",
        "leadership_management_governance",
        "leadership_and_management",
    ),
    "leadership_management_governance": (
        "leadership_management_governance",
        "impact_of_leaders",
        "leadership_and_management",
    ),
    # ILACS 2018 judged care leavers together with children in care.
    "care_leavers": ("care_leavers", "children_in_care"),
}
"""Judgements that mean the same thing in different frameworks, the name itself first."""

JUDGED_WITHIN: dict[str, tuple[JudgementName, ...]] = {
    "adoption": ("children_in_care", "looked_after_and_permanence"),
}
"""Areas graded on their own in some frameworks and within a broader judgement in others
(ILACS grades adoption as part of children in care)."""


# ------------------------------------------------------------------ judgement tables

_GRADED = r"[\s|:]*Grade \d \("
"""2012-2013 reports print 'Capacity to improve Grade 3 (Adequate)' above each section."""

TABLE_ROWS: dict[str, tuple[tuple[JudgementName, str], ...]] = {
    "ilacs": (
        (
            "impact_of_leaders",
            r"impact of leaders on (?:social work )?practice with children and families",
        ),
        ("help_and_protection", r"progress of children who need help and protection"),
        ("children_in_care", r"progress of children in care(?: and care leavers)?"),
        ("care_leavers", r"progress of (?:children )?care leavers"),
        ("overall_effectiveness", r"overall effectiveness"),
    ),
    "sif": (
        (
            "overall_effectiveness",
            r"(?:children’s|children's) services in [^.]{1,90}? (?:are |is )?",
        ),
        (
            "overall_effectiveness",
            r"overall judgement is (?:that children(?:’|')s services (?:are |is )?)?",
        ),
        ("help_and_protection", r"1\.\s*Children who need help and protection"),
        ("looked_after_and_permanence", r"2\.\s*Children looked after and achieving permanence"),
        ("adoption", r"2\.1\s*Adoption performance"),
        ("care_leavers", r"2\.2\s*Experiences and progress of care leavers"),
        ("leadership_management_governance", r"3\.\s*Leadership,? management and governance"),
    ),
    "other": (
        (
            "overall_effectiveness",
            r"Overall effectiveness(?: of (?:services for looked after children and young people"
            r"|(?:the )?safeguarding services))?" + _GRADED,
        ),
        ("capacity_to_improve", r"Capacity (?:to improve|for improvement)" + _GRADED),
        (
            "outcomes_for_looked_after_children",
            r"Outcomes for looked after children and young people" + _GRADED,
        ),
        ("quality_of_provision", r"Quality of provision" + _GRADED),
        ("leadership_and_management", r"Leadership and management" + _GRADED),
    ),
}
"""Each era's judgement table, row by row: ILACS's rows, SIF's numbered cover-page list,
and the 2012-2013 'Grade 3 (Adequate)' lines (on the ``PRE_2013_GRADE`` scale)."""

LSCB_SENTENCE = (
    r"(?:Safeguarding Children(?: Board)?(?: \(LSCB\))?|\bLSCB) (?:is |are )?" + GRADE + r"\b"
)
"""SIF's review of the LSCB states its grade in a sentence, not in the table."""
LSCB_RE = re.compile(LSCB_SENTENCE, re.IGNORECASE)
LSCB_IN_PRINT = re.compile(LSCB_SENTENCE.replace(" ", r"\s+"), re.IGNORECASE)
"""The LSCB sentence as the PDF prints it, line breaks and all."""


def title(name: str) -> str:
    """'Help and protection' for ``help_and_protection``."""
    words = JUDGEMENTS.get(name)  # type: ignore[call-overload]
    return words.title if words else name.replace("_", " ").capitalize()


def prose(name: str) -> str:
    """'help and protection', 'the LSCB review': a judgement inside a sentence."""
    return JUDGEMENTS[name].prose  # type: ignore[index]


def is_area(name: str) -> bool:
    return JUDGEMENTS[name].area  # type: ignore[index]


def graded_areas(judgements: list[Judgement]) -> list[Judgement]:
    """The judgements that count as 'areas' (see ``JudgementWords.area``)."""
    return [j for j in judgements if is_area(j.name)]


SIF_SUB_JUDGEMENTS: frozenset[JudgementName] = frozenset({"adoption", "care_leavers"})
"""The SIF judgements graded within children looked after and achieving permanence
(adoption performance, the experiences and progress of care leavers): a release counting
SIF's 'three key judgements' (help and protection, children looked after, leadership)
leaves them out."""
KEY_JUDGEMENTS_SAID = re.compile(
    r"\b(?:key|main|principal|core|headline)\s+(?:judgement|area|categor(?:y|ie))s?\b", re.I
)
"""A release naming the chief judgements of a report ('two of the three key judgements',
'the main areas'): of a SIF report, those without its sub-judgements."""


AREAS_NOT_GRADED = (
    r"(?:for\s+(?:improvement|development|action|attention|further\s+\w+)"
    r"|to\s+(?:work\s+on|improve|develop|address|strengthen|focus\s+on|consider)"
    r"|of\s+(?:strength|good\s+practice|concern|weakness|focus|development|improvement)"
    r"|where|in\s+which|identified|highlighted|flagged)\b"
)
"""Words after 'areas' that make them points a report raises, no judgements graded ('three
areas for improvement', 'two areas where practice must improve', 'two areas to work on',
'four areas of strength'; not 'areas of its work', 'of the service', the judgements): a
count of them is no count of judgements at a grade (shares18: 'Inspectors rated the
service good and listed two areas where practice must improve' was read as two good
areas, and contradicted)."""


def key_judgements(judgements: list[Judgement], framework: str) -> list[Judgement] | None:
    """A SIF report's key judgements: its graded areas without the sub-judgements
    (``SIF_SUB_JUDGEMENTS``), which a release may count apart ('good in two of the three
    key judgements', where adoption is a fourth good grade); None for another framework or
    a table grading no sub-judgement (no other reading of its areas)."""
    areas = graded_areas(judgements)
    if framework != "sif" or not any(j.name in SIF_SUB_JUDGEMENTS for j in areas):
        return None
    return [j for j in areas if j.name not in SIF_SUB_JUDGEMENTS]


def judgement_of_heading(heading: str) -> JudgementName | None:
    """The judgement a section heading discusses, or None for other headings."""
    return next((name for name, pattern in HEADING_JUDGEMENTS if pattern.search(heading)), None)
