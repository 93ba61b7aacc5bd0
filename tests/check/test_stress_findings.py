"""Paraphrased findings nobody tuned on: invented release sentences about real reports of
councils outside the dev set, through the real pipeline with both encoders (the hashing
stand-in, then the bundled model real articles are checked with), each sentence extracted.

Each report gets faithful paraphrases (the voices releases use: 'Inspectors found that',
'the report praises', own voice; hedged passages told with the limit kept in other words;
criticisms told as criticisms), paraphrases that drop the report's hedge or turn its
criticism into praise (misleading by the conventions), and officials' opinions. Precision
first: a faithful paraphrase is never flagged; a misleading one is at least not supported;
an opinion is not checked (it was allowed to go unread: now it must be read).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from check_helpers import ENCODERS, bundled, mark_encoder_miss

from verify.check import check_claims
from verify.extract import extract_claims
from verify.match import Encoder
from verify.report import load_report
from verify.settings import Settings
from verify.types import Release

pytestmark = [pytest.mark.shared, pytest.mark.slow]

FAITHFUL, MISLEADING, OPINION = "faithful", "misleading", "opinion"
FLAGS = {"misquoted", "spliced", "misattributed", "contradicted", "unsupported", "misleading"}

# (authority folder, report file, council) -> sentences and what each is.
CASES: dict[tuple[str, str, str], list[tuple[str, str]]] = {
    ("80445_cambridgeshire", "16 may 2024", "Cambridgeshire"): [
        (
            FAITHFUL,
            "Inspectors found that children have access to a wide range of timely "
            "and effective early help services.",
        ),
        (
            FAITHFUL,
            "Ofsted said most children get an effective response from the "
            "multi-agency safeguarding hub when there are concerns about their safety.",
        ),
        (
            FAITHFUL,
            "The report says thresholds are applied well and social workers in the "
            "MASH consider family history well.",
        ),
        (FAITHFUL, "Staff morale and stability have much improved, inspectors said."),
        (
            FAITHFUL,
            "Inspectors noted that there is still too much variability in the "
            "quality of practice across children's services.",
        ),
        (
            FAITHFUL,
            "The report praises a strong training offer that helps social workers "
            "develop the skills they need.",
        ),
        (
            FAITHFUL,
            "Ofsted found that not all children who need help and protection "
            "receive a good service.",
        ),
        (FAITHFUL, "The capacity of the out-of-hours service is too limited, the report said."),
        (
            FAITHFUL,
            "According to inspectors, senior leaders have made an accurate "
            "self-assessment and created strong foundations to drive better practice.",
        ),
        (
            FAITHFUL,
            "Inspectors said child-in-need planning is now timelier and the quality "
            "of supervision has improved.",
        ),
        (
            MISLEADING,
            "Inspectors found that all children who need help and protection "
            "receive a good service.",
        ),
        (
            MISLEADING,
            "Ofsted said the out-of-hours service has the capacity to respond to "
            "children's presenting needs.",
        ),
        (
            MISLEADING,
            "Children aged 16 or 17 who present as homeless are consistently "
            "informed of their rights and entitlements, inspectors found.",
        ),
        (
            OPINION,
            "Councillor Jane Morton, chair of the children's committee, said: \"We "
            'are proud of the progress our staff have made."',
        ),
        (
            OPINION,
            "The director of children's services, Sam Ellis, said the report showed "
            "the council was on the right track.",
        ),
    ],
    ("2733690_cumberland", "26 november 2024", "Cumberland"): [
        (
            FAITHFUL,
            "Inspectors found that most children in care and care-experienced "
            "young people in Cumberland are supported to access the right support at the "
            "right time.",
        ),
        (
            FAITHFUL,
            "Ofsted said senior leaders have an accurate understanding of their "
            "strengths and areas for development.",
        ),
        (
            FAITHFUL,
            "The new social work model has helped create a culture that puts "
            "children firmly at the centre of practice, the report says.",
        ),
        (
            FAITHFUL,
            "Most children and families benefit from thorough screening at the "
            "front door by skilled workers.",
        ),
        (
            FAITHFUL,
            "Inspectors praised social workers in the safeguarding hub for being "
            "effective in considering the impact of domestic abuse on the child.",
        ),
        (FAITHFUL, "The emergency duty team is a small, responsive service, inspectors said."),
        (FAITHFUL, "For most children, strategy discussions are held promptly, the report found."),
        (
            FAITHFUL,
            "Inspectors found that some groups of children who need help and "
            "protection do not get a sufficiently timely and robust response.",
        ),
        (
            FAITHFUL,
            "Return home interviews are not always timely when children go missing, Ofsted found.",
        ),
        (
            FAITHFUL,
            "The report says social workers are tenacious in working with families, "
            "including perpetrators.",
        ),
        (
            MISLEADING,
            "Inspectors found that social workers recognise and understand the "
            "impact of neglect on children in their daily lives.",
        ),
        (
            MISLEADING,
            "Child protection plans are effective in improving children's "
            "experiences, the report said.",
        ),
        (
            MISLEADING,
            "Ofsted said all children in care and care-experienced young people in "
            "Cumberland are supported to access the right support at the right time.",
        ),
        (
            OPINION,
            'Councillor Sue Lane said: "This is a fantastic result for Cumberland and '
            'a credit to our brilliant social workers."',
        ),
        (
            OPINION,
            "The council's chief executive said the judgement reflected years of hard "
            "work by staff.",
        ),
    ],
    ("80583_wolverhampton", "18 may 2022", "Wolverhampton"): [
        (FAITHFUL, "Inspectors found that children receive the right help at the right time."),
        (
            FAITHFUL,
            "The report praises MASH24 for providing a strong, effective service "
            "that applies thresholds consistently well.",
        ),
        (
            FAITHFUL,
            "Ofsted said strategy meetings are held in a timely way and are well "
            "attended by partners.",
        ),
        (
            FAITHFUL,
            "In most cases, child protection plans are effective at reducing risks "
            "for children, inspectors found.",
        ),
        (
            FAITHFUL,
            "Social workers visit children frequently and have a good understanding "
            "of their wishes and feelings, the report said.",
        ),
        (FAITHFUL, "Disabled children have social workers who understand their needs well."),
        (FAITHFUL, "Most plans include children's wishes and feelings, inspectors noted."),
        (
            FAITHFUL,
            "Children at risk of exploitation and their families receive "
            "high-quality, intensive support, Ofsted said.",
        ),
        (
            FAITHFUL,
            "A mostly stable permanent workforce and manageable caseloads allow "
            "positive relationships to be built with children and families.",
        ),
        (
            FAITHFUL,
            "Inspectors said homeless 16 and 17 year olds are not routinely made "
            "aware of their rights and entitlements.",
        ),
        (
            MISLEADING,
            "Inspectors found that child protection plans are effective at reducing "
            "risks for all children.",
        ),
        (MISLEADING, "Ofsted found that the gaining of parental consent is consistently recorded."),
        (
            MISLEADING,
            "Analysis in assessments is strongly focused on identifying risks and "
            "past concerns, the report said.",
        ),
        (
            OPINION,
            'Councillor Beverley Morgan said: "I am delighted that our leadership has '
            'been recognised as outstanding."',
        ),
        (
            OPINION,
            "The council's director of children's services said she was thrilled by the report.",
        ),
    ],
    ("80514_southwark", "13 june 2017", "Southwark"): [
        (
            FAITHFUL,
            "Inspectors found that the MASH is effective in responding to cases when "
            "children are at risk of harm.",
        ),
        (
            FAITHFUL,
            "Children who go missing from home or care are closely tracked, the report says.",
        ),
        (
            FAITHFUL,
            "Ofsted said high-quality management oversight is not yet consistently "
            "good across every part of the service.",
        ),
        (
            FAITHFUL,
            "The report praises the independent chair of the safeguarding children "
            "board for providing strong leadership.",
        ),
        (FAITHFUL, "The board has completed an ambitious programme of audits, inspectors found."),
        (
            FAITHFUL,
            "Inspectors said the Changemakers group of young people is a valued and "
            "integral partner in delivering the safeguarding agenda.",
        ),
        (
            FAITHFUL,
            "Some young people are not fully informed about the support and "
            "entitlements that would help them, Ofsted said.",
        ),
        (
            FAITHFUL,
            "Managers and local politicians are very determined to keep improving "
            "the services that are not yet good and have effective plans to do so, "
            "inspectors said.",
        ),
        (
            FAITHFUL,
            "The report found that training and media campaigns on child sexual "
            "exploitation have led to increased identification and more prosecutions.",
        ),
        (
            MISLEADING,
            "Inspectors found that high-quality management oversight is "
            "consistently good across all parts of the service.",
        ),
        (MISLEADING, "Return home interviews are regularly completed, Ofsted said."),
        (
            MISLEADING,
            "The report said managers' decisions on referrals are completed within "
            "the required 24-hour period.",
        ),
        (
            OPINION,
            'Councillor Victoria Mills said: "Our children deserve the very best and '
            'this report shows we are delivering it."',
        ),
        (OPINION, "The strategic director said the council would build on this strong foundation."),
    ],
    ("80551_sheffield", "21 february 2014", "Sheffield"): [
        (
            FAITHFUL,
            "Inspectors found that council leaders in Sheffield are making a "
            "positive difference to the lives of children, young people and their families.",
        ),
        (FAITHFUL, "The council understands the needs of children and families well, Ofsted said."),
        (
            FAITHFUL,
            "Educational progress for children looked after is improving but is not "
            "yet good enough, the report says.",
        ),
        (
            FAITHFUL,
            "Ofsted said the council has increased staff numbers to match the "
            "additional demands created by the changes.",
        ),
        (
            FAITHFUL,
            "Inspectors noted that some children who cannot return home are waiting "
            "too long for a new permanent home.",
        ),
        (
            FAITHFUL,
            "The common assessment framework is used effectively to identify the "
            "needs of families in the early stages of needing help, inspectors found.",
        ),
        (
            FAITHFUL,
            "The report found there are not enough approved local adopters for all "
            "the children waiting for adoption.",
        ),
        (
            FAITHFUL,
            "Sheffield children's services have robust plans to make sure staff who "
            "work with children have the right skills, according to Ofsted.",
        ),
        (
            MISLEADING,
            "Inspectors found that the authority is delivering good care for all "
            "children and young people looked after.",
        ),
        (
            MISLEADING,
            "Ofsted found that feedback from complaints is used effectively to "
            "improve the services offered to children and families.",
        ),
        (
            MISLEADING,
            "Child protection plans clearly set out concerns and are precise about "
            "how progress will be monitored, the report said.",
        ),
        (
            OPINION,
            'Councillor Jackie Drayton said: "We are pleased that Ofsted recognised '
            'the hard work of our staff."',
        ),
        (
            OPINION,
            "The executive director said the council accepted the findings and was "
            "confident of further progress.",
        ),
    ],
    ("80540_reading", "05 august 2016", "Reading"): [
        (
            FAITHFUL,
            "Inspectors found that a strong independent chair has led the restructure "
            "of the safeguarding board.",
        ),
        (FAITHFUL, "Almost all key partners are well engaged with the board, Ofsted said."),
        (
            FAITHFUL,
            "The report says the board's latest annual report is comprehensive and well written.",
        ),
        (
            FAITHFUL,
            "Inspectors said recent work is beginning to have some impact, with "
            "improvements in timeliness.",
        ),
        (
            FAITHFUL,
            "Management oversight and tracking of the early stages of permanence "
            "planning are now improving, the report found.",
        ),
        (
            FAITHFUL,
            "The case review sub-group makes sound decisions about whether serious "
            "incidents should be scrutinised through a serious case review, inspectors said.",
        ),
        (
            FAITHFUL,
            "Ofsted found that the gravity and urgency of the level of risk were not "
            "always reliably identified or understood.",
        ),
        (FAITHFUL, "The board has engaged well with young people in some areas, inspectors said."),
        (
            MISLEADING,
            "Inspectors found that recent work has had an impact, with improvements "
            "in timeliness seen and quality standards now in place.",
        ),
        (
            MISLEADING,
            "The board has engaged well with young people in all areas of its work, Ofsted said.",
        ),
        (
            MISLEADING,
            "Ofsted said the board has a systematic approach to learning and improvement.",
        ),
        (
            OPINION,
            'Councillor Tony Jones said: "We accept the findings in full and are '
            'determined to put things right."',
        ),
        (
            OPINION,
            "A council spokesperson said services had already improved since the inspection.",
        ),
    ],
    # Written after the fixes above, and run once without tuning: the honest measure.
    ("80551_sheffield", "03 november 2023", "Sheffield"): [
        (
            FAITHFUL,
            "Inspectors found that children in Sheffield receive consistently "
            "effective and responsive help and protection.",
        ),
        (FAITHFUL, "Ofsted said the workforce is child-focused, stable, consistent and skilled."),
        (
            FAITHFUL,
            "Early help teams provide targeted support, often designed with "
            "families, the report says.",
        ),
        (
            FAITHFUL,
            "Social workers in the safeguarding hub screen contacts and referrals "
            "thoroughly and quickly, inspectors found.",
        ),
        (
            FAITHFUL,
            "Return home interviews usually happen promptly for children in need and "
            "children in care, Ofsted said.",
        ),
        (
            FAITHFUL,
            "The quality of information gathered in return home interviews is mixed, "
            "inspectors said.",
        ),
        (
            FAITHFUL,
            "Most assessments of children's needs are thorough and include sensitive "
            "analysis, the report found.",
        ),
        (
            FAITHFUL,
            "The report notes that assessments are not always informed by a detailed "
            "chronology of children's experiences.",
        ),
        (
            FAITHFUL,
            "Inspectors said experienced workers in the out-of-hours team provide "
            "effective emergency help to children.",
        ),
        (
            FAITHFUL,
            "Social workers act quickly when they learn of allegations of significant "
            "harm against a child.",
        ),
        (
            FAITHFUL,
            "Return home interviews sometimes fail to consider push-and-pull factors, "
            "inspectors found.",
        ),
        (
            FAITHFUL,
            "The police fail to pre-triage their contacts before sending them into "
            "the safeguarding hub, the report says.",
        ),
        (
            FAITHFUL,
            "Services for care leavers remain good overall, although the range of "
            "services has reduced since the pandemic, Ofsted said.",
        ),
        (
            MISLEADING,
            "Inspectors found that the interviews consistently consider push-and-pull factors.",
        ),
        (MISLEADING, "All assessments of children's needs are thorough, the report said."),
        (
            MISLEADING,
            "The police pre-triage their contacts before sending them into the "
            "safeguarding hub, Ofsted noted.",
        ),
        (
            MISLEADING,
            "Ofsted said the quality of information gathered in return home interviews is high.",
        ),
        (
            OPINION,
            'Councillor Dawn Dale said: "I am so proud of every member of our '
            "children's services team.\"",
        ),
        (
            OPINION,
            "The director of children's services said the outstanding grade for "
            "children in care was richly deserved.",
        ),
    ],
    # A second batch written after the fixes, run once without tuning.
    ("80514_southwark", "11 november 2022", "Southwark"): [
        (FAITHFUL, "Ofsted said early help provision in Southwark is strong."),
        (FAITHFUL, "Management oversight in the MASH is a strength, inspectors found."),
        (FAITHFUL, "Children who need help and protection are seen quickly, the report says."),
        (
            FAITHFUL,
            "Inspectors praised records of visits that are well written and personalised, "
            "presented as letters to the child.",
        ),
        (FAITHFUL, "Most strategy meetings are well attended, inspectors said."),
        (
            FAITHFUL,
            "The report says contingency planning is variable, so in an emergency the "
            "practical plans for children are not always clear.",
        ),
        (
            FAITHFUL,
            "Social workers have low enough caseloads to work intensively with families when "
            "needed, Ofsted found.",
        ),
        (
            FAITHFUL,
            "Children's plans are clear, concise and easy to understand, according to the report.",
        ),
        (
            FAITHFUL,
            "Inspectors found that contingency plans are sometimes unclear about what would "
            "happen for children in an emergency.",
        ),
        (
            FAITHFUL,
            "Safeguarding for children living in private fostering arrangements needs to "
            "improve, the report says.",
        ),
        (FAITHFUL, "Pre-proceedings work is effective, inspectors said."),
        (
            MISLEADING,
            "Inspectors found that in an emergency it is always clear what the practical "
            "plans are for children.",
        ),
        (MISLEADING, "All strategy meetings are well attended, the report said."),
        (MISLEADING, "Ofsted said contingency planning is consistently useful."),
        (
            OPINION,
            'Councillor Jasmine Ali said: "Our social workers change lives every day and '
            'this report shows it."',
        ),
        (
            OPINION,
            "The council's strategic director said the report reflected the dedication of "
            "every social worker.",
        ),
    ],
}


KNOWN_MISSES: dict[str, str] = {
    "Ofsted said the quality of information gathered in return home interviews is high.": (
        "stand-in: misleading: supported: Paragraph 8 says the same (similarity 0.73, "
        "57% of the claim's words): 'The quality of information gathered and recorded "
        "in interviews is mixed.'"
    ),
}
"""Sentence -> why the stand-in's verdict is still not one the conventions allow."""
MINILM_MISSES: dict[str, str] = {
    "Ofsted said the quality of information gathered in return home interviews is high.": (
        "MiniLM: 'high' for the report's 'mixed': 'mixed' is no critical word, so the "
        "report's own sentence supports the praise (outside the finding check)"
    ),
}
"""The same with the bundled model, which real articles and the evaluation use."""


def _report_path(shared: Path, folder: str, dated: str) -> Path:
    return (
        shared
        / "corpora"
        / "ofsted"
        / "reports"
        / folder
        / (f"children's services inspection - {dated}.pdf")
    )


def _release(council: str, sentences: list[str]) -> Release:
    """A release about ``council`` with each sentence a paragraph of its own."""
    text = f"Ofsted report on {council} children's services\n\n" + "\n\n".join(sentences)
    return Release(source="release.txt", sha256="c" * 64, media_type="text", text=text)


@pytest.fixture(scope="module", params=ENCODERS)
def verdicts(shared: Path, tmp_path_factory, request) -> dict[str, tuple[str, str | None, str]]:
    """sentence -> (what it is, its verdict or None when not extracted, the explanation),
    each report's release checked once per encoder."""
    root = tmp_path_factory.mktemp("cache")
    settings = Settings(
        cache_dir=str(root),
        archive=str(root / "no-archive"),
        model=request.param,
        provisional_flags=True,
    )
    encoder = Encoder(settings)
    out = {}
    for (folder, dated, council), cases in CASES.items():
        report = load_report(_report_path(shared, folder, dated), settings)
        release = _release(council, [text for _, text in cases])
        result = check_claims(release, extract_claims(release), [report], [], settings, encoder)
        for what, text in cases:
            start = release.text.index(text)
            end = start + len(text)
            mine = [c for c in result.claims if start <= c.start and c.end <= end]
            # The worst verdict of the claims read in the sentence speaks for it.
            flagged = [c for c in mine if c.verdict in FLAGS]
            chosen = flagged or [c for c in mine if c.verdict == "supported"] or mine
            verdict = chosen[0].verdict if chosen else None
            out[text] = (what, verdict, chosen[0].explanation if chosen else "")
    return out


def _right(what: str, verdict: str | None) -> bool:
    """The verdicts the conventions allow: a faithful paraphrase is not flagged, a
    misleading one not supported, an opinion not checked."""
    if what == FAITHFUL:
        return verdict not in FLAGS
    if what == MISLEADING:
        return verdict != "supported"
    return verdict == "not_checkable"


SENTENCES = [
    pytest.param(text, id=f"{council}:{text[:40]}")
    for (_, _, council), cases in CASES.items()
    for _, text in cases
]


def test_the_cases_span_reports_and_kinds():
    assert len(CASES) >= 5
    kinds = Counter(w for cases in CASES.values() for w, _ in cases)
    assert kinds[FAITHFUL] >= 40 and kinds[MISLEADING] >= 15 and kinds[OPINION] >= 10
    sentences = {text for cases in CASES.values() for _, text in cases}
    assert set(KNOWN_MISSES) | set(MINILM_MISSES) <= sentences


@pytest.mark.parametrize("text", SENTENCES)
def test_each_sentence_is_read_and_judged_as_the_conventions_allow(verdicts, text, request):
    """Each sentence is extracted, and its verdict is one the conventions allow for what
    it is (``_right``): a faithful paraphrase never flagged, a misleading one never
    supported, an official's opinion not checked."""
    mark_encoder_miss(request, text, KNOWN_MISSES, MINILM_MISSES, fixture="verdicts")
    what, got, why = verdicts[text]
    assert got is not None, "not extracted"
    assert _right(what, got), f"{what}: {got}: {why}"


def _of(verdicts, what):
    return [(t, v, why) for t, (w, v, why) in verdicts.items() if w == what]


def test_most_faithful_paraphrases_are_supported(verdicts, request):
    if not bundled(request, "verdicts"):
        pytest.skip("a share is asked of the bundled model only")
    # Not finding support is no error, but a checker that supports too few of the report's
    # own findings told in other words would be of little use (with the bundled model: the
    # stand-in reads no meaning).
    faithful = _of(verdicts, FAITHFUL)
    counts = Counter(v for _, v, _ in faithful)
    assert counts["supported"] >= 0.6 * len(faithful), counts


def test_most_misleading_paraphrases_are_flagged(verdicts, request):
    if not bundled(request, "verdicts"):
        pytest.skip("a share is asked of the bundled model only")
    misleading = _of(verdicts, MISLEADING)
    flagged = [t for t, v, _ in misleading if v in FLAGS]
    assert len(flagged) >= 0.8 * len(misleading), Counter(v for _, v, _ in misleading)
