# ruff: noqa: E501  (the invented releases are data: one sentence a line reads best)
"""Invented releases about real reports of councils outside the dev set: inspection facts
(dates, durations, publication, team, framework, relative dates) and paraphrased findings,
checked end to end with both encoders (the hashing stand-in, then the bundled model real
articles are checked with), each sentence extracted.

Nobody tuned the checkers on these sentences. Each is written correct or deliberately
wrong, and its expected verdict was written by the conventions (../shared/dev/README.md)
before the tool was run: ``supported`` (unflagged; support not found is allowed),
``not_checkable`` (never flagged: a loose paraphrase the report does not make, a relative
date when the release's date is unknown, another kind of visit), ``contradicted`` and
``misleading`` (flagged: positive evidence exists in the report).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from check_helpers import ENCODERS, bundled, mark_encoder_miss

from verify.match import Encoder
from verify.pipeline import run_check

pytestmark = [pytest.mark.shared, pytest.mark.slow]

FLAGS = {"contradicted", "misleading", "misquoted", "unsupported", "spliced", "misattributed"}
SUP, NC, CON, MIS = "supported", "not_checkable", "contradicted", "misleading"

# name -> (report under corpora/ofsted/reports, text before the claims, [(sentence, expected)],
# text after them). A release is the head, then one paragraph a sentence, then the foot.
RELEASES: dict[str, tuple[str, str, list[tuple[str, str]], str]] = {
    # Short ILACS inspection, 11 to 15 March 2024, report file dated 16 May 2024. Council
    # press release dated the day of publication.
    "brighton_2024": (
        "80438_brighton and hove/children's services inspection - 16 may 2024.pdf",
        "Skip to main content\n\nNews | Brighton & Hove City Council\n\nPublished 16 May 2024\n\n"
        "Children’s services rated ‘outstanding’ by Ofsted",
        [
            (
                "Brighton & Hove City Council’s children’s services have been rated outstanding by Ofsted following a short inspection in March.",
                SUP,
            ),
            (
                "Inspectors visited the city between 11 and 15 March, and the report was published today.",
                SUP,
            ),
            (
                "The week-long inspection looked at help and protection, children in care and care leavers.",
                SUP,
            ),
            (
                "Inspectors said most children and families in Brighton and Hove receive excellent support that helps to improve their experiences and progress.",
                SUP,
            ),
            (
                "The report found that children at risk of harm receive swift and appropriate responses.",
                SUP,
            ),
            (
                "Ofsted said the virtual school has a tangible impact for children in care, particularly in reducing part-time timetables and absence.",
                SUP,
            ),
            (
                "Inspectors said all children and families in the city receive excellent support.",
                MIS,
            ),
            (
                "Inspectors found that explicit parental consent to checks at the front door for families is consistently gained and recorded.",
                MIS,
            ),
            (
                "Inspectors praised the council’s youth justice service as among the best in the country.",
                NC,
            ),
            ("The two-week inspection took place in March.", CON),
            ("Inspectors were in Brighton and Hove from 4 to 15 March.", CON),
            (
                "A joint targeted area inspection (JTAI) of the response to domestic abuse took place in 2023.",
                NC,
            ),
            (
                "Councillor Jacob Allen, chair of the children’s committee, said: “This is a wonderful result for our children and our staff.”",
                NC,
            ),
        ],
        "Ends\n\nNotes to editors: Ofsted inspects local authority children’s services under the ILACS framework.\n\n"
        "Share this page: Facebook | X | Email",
    ),
    # Short ILACS inspection, 10 to 14 March 2025, report file 24 April 2025. Local news,
    # no dateline: relative dates cannot be resolved.
    "central_bedfordshire_2025": (
        "80446_central bedfordshire/children's services inspection - 24 april 2025.pdf",
        "Bedfordshire Today\n\nNews › Education\n\nCouncil keeps ‘good’ Ofsted rating for children’s services\n\nBy Sam Carter, local democracy reporter",
        [
            (
                "Central Bedfordshire Council’s children’s services have kept their good rating after a week-long Ofsted inspection.",
                SUP,
            ),
            ("Inspectors visited last month and the findings were published this week.", NC),
            ("Inspectors spent five days with the council in March.", SUP),
            (
                "The inspection, carried out earlier this year, found that services for children who need help and protection are strong.",
                SUP,
            ),
            (
                "The watchdog said child protection strategy meetings are well attended, prompt and collaborative.",
                SUP,
            ),
            ("The report said referrals from the police are often delayed.", SUP),
            (
                "Ofsted found that the quality of information about children provided by partner agencies to the integrated front door is consistent.",
                CON,
            ),
            (
                "Inspectors said children are always visited by social workers at night or at weekends when such support might be helpful.",
                CON,
            ),
            (
                "Inspectors said the council’s fostering recruitment drive had doubled the number of foster carers.",
                NC,
            ),
            ("The two-week inspection ran from 10 to 14 March.", CON),
            ("Ofsted’s inspectors were on site between 3 and 14 March.", CON),
            (
                "Council leader Adam Zerny said the council was “delighted” and would keep working to improve.",
                NC,
            ),
        ],
        "Read more: Council budget: leaders warn of tough choices ahead\n\nSign up to our newsletter",
    ),
    # Short ILACS inspection in two parts: 8 to 12 July and 7 to 8 August 2019; report
    # file 19 September 2019. Local news with a dateline.
    "derbyshire_2019": (
        "80460_derbyshire/children's services inspection - 19 september 2019.pdf",
        "Derbyshire Live\n\nThursday, 19 September 2019\n\nCounty’s children’s services ‘require improvement’",
        [
            (
                "Derbyshire County Council’s children’s services require improvement, according to an Ofsted report published today.",
                SUP,
            ),
            ("Inspectors visited the county in July and August.", SUP),
            (
                "The inspection was carried out over a week in July, with two further days in August.",
                SUP,
            ),
            ("Inspectors spent seven days in the county over July and August.", SUP),
            ("The short inspection was carried out under Ofsted’s ILACS framework.", SUP),
            (
                "The report found that Starting Point, the children’s front door, provides a timely and effective response when children are at risk of harm.",
                SUP,
            ),
            ("Inspectors said it takes too long to progress a small minority of referrals.", SUP),
            ("Ofsted said the quality of support and help is consistent across all services.", CON),
            ("Inspectors visited in June.", CON),
            ("The inspection took place earlier this month.", CON),
            ("A spokesperson for the county council said the authority accepted the findings.", NC),
        ],
        "Comments are closed on this article.",
    ),
    # Standard ILACS inspection, 22 January to 2 February 2024, report file 15 March 2024.
    # Council press release, dated.
    "plymouth_2024": (
        "80538_plymouth/children's services inspection - 15 march 2024.pdf",
        "Plymouth City Council newsroom\n\n15 March 2024\n\nOfsted publishes report on children’s services",
        [
            (
                "Plymouth City Council’s children’s services have been judged as requiring improvement to be good following a full ILACS inspection in January.",
                SUP,
            ),
            ("The two-week inspection ran from 22 January to 2 February.", SUP),
            ("Ofsted published its report this week.", SUP),
            ("Inspectors visited in the autumn.", CON),
            ("A team of six inspectors spent a fortnight in Plymouth.", NC),
            (
                "Inspectors found that the response to children who go missing is coordinated effectively across the whole service and is helping to reduce harm.",
                SUP,
            ),
            (
                "The report said helpful daily multi-agency intelligence meetings take place in the MASH.",
                SUP,
            ),
            ("Most referrals from partner agencies are timely, the report said.", SUP),
            (
                "Inspectors said there had been significant instability in senior leadership since the last judgement inspection.",
                SUP,
            ),
            (
                "The report said children and their families receive consistently good services in Plymouth.",
                CON,
            ),
            (
                "Inspectors said the response to worries and concerns for children out of office hours is effective.",
                MIS,
            ),
            (
                "There were serious concerns about the MASH at the last focused visit in December 2022, the report said.",
                SUP,
            ),
            (
                "Councillor Jemima Laing said: “We know there is more to do, and we are determined to do it.”",
                NC,
            ),
        ],
        "ENDS\n\nFor media enquiries contact the press office.",
    ),
    # Standard ILACS inspection, 5 to 16 June 2023, report file 28 July 2023. Local news,
    # dated.
    "southampton_2023": (
        "80558_southampton/children's services inspection - 28 july 2023.pdf",
        "Southern Daily Echo\n\n28 July 2023\n\nSouthampton children’s services rated ‘good’",
        [
            ("Southampton City Council’s children’s services have been rated good by Ofsted.", SUP),
            ("Inspectors spent a fortnight in the city in June.", SUP),
            ("The 10-day inspection took place between 5 and 16 June.", SUP),
            ("The inspection took place last month.", SUP),
            ("Inspectors spent three weeks in Southampton in June.", CON),
            ("Southampton was rated good after inspectors visited in May.", CON),
            ("The inspection took place earlier this month.", CON),
            (
                "Inspectors said highly effective recruitment has resulted in an almost fully permanent workforce.",
                SUP,
            ),
            (
                "Thresholds for statutory intervention are applied appropriately, the report found.",
                SUP,
            ),
            (
                "The report said initial health assessments and dental checks for children in care are timely.",
                MIS,
            ),
            ("Inspectors highlighted the city’s new family hubs as a national model.", NC),
            (
                "Councillor Paul Baillie, cabinet member for children, said: “Our staff have worked incredibly hard.”",
                NC,
            ),
        ],
        "Have your say: comment below.",
    ),
    # Standard ILACS inspection, 31 October to 11 November 2022, report file 13 January
    # 2023. Council press release, dated.
    "dudley_2023": (
        "80464_dudley/children's services inspection - 13 january 2023.pdf",
        "Dudley Council\n\nNews\n\nFriday 13 January 2023\n\nOfsted report on children’s services published",
        [
            (
                "Dudley Council’s children’s services have been rated requires improvement to be good following a standard inspection in the autumn.",
                SUP,
            ),
            (
                "Inspectors were in Dudley for two weeks between 31 October and 11 November last year.",
                SUP,
            ),
            ("The report, published today, follows the two-week inspection.", SUP),
            (
                "Inspectors found that children’s needs are promptly identified within the MASH.",
                SUP,
            ),
            ("The report said the early help service works effectively with partners.", SUP),
            ("The short inspection took place in November.", CON),
            ("The inspection took place earlier this year.", CON),
            ("Inspectors visited in September.", CON),
            (
                "The council’s director of children’s services said the council was already acting on every recommendation.",
                NC,
            ),
        ],
        "Notes to editors\n\nDudley Council is responsible for services to more than 320,000 people.",
    ),
    # Short ILACS inspection, 14 to 18 July 2025, report file 27 August 2025. Council
    # press release with no date printed.
    "merton_2025": (
        "80510_merton/children's services inspection - 27 august 2025.pdf",
        "Merton Council\n\nMerton’s children’s services outstanding again",
        [
            ("The inspection took place over five days in July.", SUP),
            ("Inspectors visited from 14 to 18 July.", SUP),
            ("The report was published today.", NC),
            ("Ofsted inspectors spent a fortnight in the borough in July.", CON),
            ("Inspectors said Merton’s comprehensive early help offer is a strength.", SUP),
            (
                "When concerns arise out of hours, emergency duty team workers respond promptly, the report said.",
                SUP,
            ),
            ("Leadership remains a key strength, inspectors said.", SUP),
            (
                "The report found that children aged 16 and 17 who present as homeless receive high-quality assessment and support.",
                MIS,
            ),
            ("The inspection, in June, found services remain outstanding.", CON),
            ("Cllr Brenda Fraser said: “Our children deserve nothing less.”", NC),
        ],
        "Ends",
    ),
    # SIF inspection, 14 January to 5 February 2014, nine inspectors, report file 21 March
    # 2014. Local news, dated.
    "staffordshire_2014": (
        "80561_staffordshire/children's services inspection - 21 march 2014.pdf",
        "The Sentinel\n\nFriday, March 21, 2014\n\nOfsted rates county’s children’s services good",
        [
            (
                "Staffordshire County Council’s children’s services have been rated good by Ofsted.",
                SUP,
            ),
            (
                "A team of nine inspectors spent four weeks in the county in January and February.",
                SUP,
            ),
            (
                "The inspection under the single inspection framework took place between 14 January and 5 February.",
                SUP,
            ),
            ("A team of seven inspectors visited the council.", CON),
            ("The inspection took place in December.", CON),
            ("Inspectors spent a fortnight in Staffordshire.", CON),
            ("The inspection was carried out earlier this year.", SUP),
        ],
        "Most read: Potteries bus route to be axed",
    ),
    # A second round, written after the fixes above and run once before any further change.
    "staffordshire_2024": (
        "80561_staffordshire/children's services inspection - 12 january 2024.pdf",
        "The Sentinel\n\n12 January 2024\n\nCounty’s children’s services still require improvement",
        [
            (
                "Staffordshire County Council’s children’s services require improvement, Ofsted has said after a short inspection in November.",
                SUP,
            ),
            ("Inspectors visited the county for a week last autumn.", SUP),
            ("The inspection took place over five days from 6 to 10 November last year.", SUP),
            ("Inspectors spent 10 days in the county.", CON),
            (
                "The report, published last month, said services for care leavers require improvement.",
                CON,
            ),
            (
                "Inspectors said the response to children’s safeguarding concerns out of hours is effective.",
                SUP,
            ),
            (
                "The report said management oversight of contacts and referrals in the front door is strong.",
                MIS,
            ),
            ("Inspectors said early help assessments are of variable quality.", SUP),
        ],
        "Related: Schools funding row deepens",
    ),
    "derbyshire_2024": (
        "80460_derbyshire/children's services inspection - 12 january 2024.pdf",
        "Derbyshire County Council\n\nNews\n\nChildren’s services rated good in every area",
        [
            (
                "Derbyshire County Council’s children’s services have been rated good in every area following a full inspection by Ofsted.",
                SUP,
            ),
            ("The two-week inspection ran from 30 October to 10 November.", SUP),
            ("Inspectors visited the county in the autumn.", SUP),
            ("Ofsted inspectors spent a fortnight in Derbyshire last month.", NC),
            ("The inspection follows two focused visits in 2021 and 2022.", NC),
            (
                "All children aged 16 and 17 who present as homeless are now quickly assessed, the report found.",
                SUP,
            ),
            ("Inspectors said social work caseloads are manageable in every locality.", CON),
            (
                "Children are allocated promptly to locality-based early help practitioners, inspectors found.",
                SUP,
            ),
            (
                "Inspectors praised the county’s work with unaccompanied asylum-seeking children as the best in the region.",
                NC,
            ),
        ],
        "Ends",
    ),
    "merton_2017": (
        "80510_merton/children's services inspection - 25 august 2017.pdf",
        "Wimbledon Guardian\n\nFriday 25 August 2017\n\nMerton children’s services rated good",
        [
            (
                "Merton’s children’s services have been rated good, with adoption judged outstanding.",
                SUP,
            ),
            ("A team of seven inspectors spent four weeks in the borough in June and July.", SUP),
            ("Six of Her Majesty’s Inspectors carried out the inspection.", SUP),
            ("The report, published today, follows an inspection between 12 June and 6 July.", SUP),
            ("Inspectors spent three weeks in Merton this summer.", SUP),
            (
                "The report found service redesign has enabled a 33% increase in frontline social workers.",
                SUP,
            ),
            (
                "The report found service redesign has enabled a 50% increase in frontline social workers.",
                CON,
            ),
            (
                "Inspectors said all children in Merton receive a good service and some receive an outstanding service.",
                SUP,
            ),
            (
                "Inspectors said the response to each child for each episode of missing from home or care is sufficiently robust.",
                CON,
            ),
        ],
        "Comments (0)",
    ),
    "southampton_2020": (
        "80558_southampton/children's services inspection - 09 january 2020.pdf",
        "Southampton City Council\n\n9 January 2020\n\nOfsted report on children’s services",
        [
            (
                "Southampton City Council’s children’s services require improvement to be good, according to an Ofsted report published today.",
                SUP,
            ),
            ("Inspectors visited the city for two weeks in November.", SUP),
            ("The inspection took place last autumn.", SUP),
            ("The inspection took place in the spring.", CON),
            ("Inspectors were in Southampton between 18 and 29 November last year.", SUP),
            ("The inspection took place earlier this year.", CON),
            ("The report follows a short inspection in November.", CON),
        ],
        "ENDS",
    ),
    "dudley_2016": (
        "80464_dudley/children's services inspection - 05 april 2016.pdf",
        "Express & Star\n\nTuesday, April 5, 2016\n\nDudley children’s services rated inadequate",
        [
            ("Dudley’s children’s services have been rated inadequate by Ofsted.", SUP),
            (
                "A team of seven inspectors spent four weeks in the borough in January and February.",
                SUP,
            ),
            ("The inspection took place between 11 January and 8 February.", SUP),
            ("The inspection took place in the autumn.", CON),
            ("The report was published today.", SUP),
            ("The report was published last month.", CON),
        ],
        "Share this article",
    ),
    "brighton_2018": (
        "80438_brighton and hove/children's services inspection - 21 august 2018.pdf",
        "Brighton & Hove City Council\n\nChildren’s services rated good",
        [
            ("Brighton & Hove’s children’s services have been rated good by Ofsted.", SUP),
            ("Inspectors visited the city for two weeks in July.", SUP),
            ("The 10-day inspection ran from 9 to 20 July.", SUP),
            ("The inspection took place in the summer.", SUP),
            ("Inspectors were in the city from 2 to 13 July.", CON),
            ("The inspection took place last month.", NC),
            ("The short inspection took place in July.", CON),
        ],
        "Ends",
    ),
    "plymouth_2019": (
        "80538_plymouth/children's services inspection - 07 january 2019.pdf",
        "Plymouth Herald\n\nMonday, 7 January 2019\n\nCity’s children’s services still ‘require improvement’",
        [
            ("Plymouth’s children’s services still require improvement, Ofsted has said.", SUP),
            ("Inspectors spent a fortnight in the city in late October and early November.", SUP),
            ("The inspection was carried out last autumn.", SUP),
            ("The inspection was carried out last month.", CON),
            ("The report was published this week.", SUP),
        ],
        "Most read",
    ),
    "central_bedfordshire_2017": (
        "80446_central bedfordshire/children's services inspection - 25 august 2017.pdf",
        "Central Bedfordshire Council\n\n25 August 2017\n\nOfsted rates children’s services good",
        [
            ("Central Bedfordshire’s children’s services have been rated good by Ofsted.", SUP),
            ("A team of eight inspectors spent four weeks with the council in June and July.", SUP),
            ("The report, published today, follows an inspection in June and July.", SUP),
            ("Ofsted inspectors visited in the summer.", SUP),
            ("Five inspectors carried out the inspection.", CON),
            ("The inspection took place in May.", CON),
        ],
        "Ends",
    ),
    # A third round: findings told closely, loosely, in another area, with the criticism
    # dropped, and publication on a weekday; written before running.
    "brighton_2024_findings": (
        "80438_brighton and hove/children's services inspection - 16 may 2024.pdf",
        "The Argus\n\nThursday 16 May 2024\n\nCity’s children’s services are ‘outstanding’",
        [
            (
                "Care leavers benefit from a wide range of services and high-quality support that extends beyond their 25th birthday, inspectors said.",
                SUP,
            ),
            ("Inspectors found that care leavers receive timely help in a crisis.", SUP),
            (
                "The report praised the council for adopting care-leaver status as a protected characteristic.",
                SUP,
            ),
            (
                "For a small number of children, improvements are not achieved quickly enough, leaving them in neglectful situations for too long, the report said.",
                SUP,
            ),
            (
                "Inspectors said tangible and sustained improvements are achieved quickly enough for children in neglectful situations.",
                CON,
            ),
            (
                "Ofsted was impressed by the support given to unaccompanied children seeking asylum.",
                SUP,
            ),
            (
                "Inspectors said the virtual school has a tangible impact for care leavers, particularly in reducing part-time timetables and absence.",
                NC,
            ),
            (
                "Inspectors said children in care benefit from personal advisers who have been significant adults in their lives for a long time.",
                NC,
            ),
            ("Inspectors said social workers’ caseloads are the lowest in the south east.", NC),
            (
                "Inspectors said the placements for children with complex needs are sufficient to avoid any reliance on unregistered children’s homes.",
                MIS,
            ),
            ("The report was published on Thursday.", SUP),
            ("The report was published last Friday.", CON),
        ],
        "Do you have a story? Email the newsdesk.",
    ),
    "southampton_2023_findings": (
        "80558_southampton/children's services inspection - 28 july 2023.pdf",
        "Southampton City Council\n\nFriday 28 July 2023\n\nChildren’s services judged good",
        [
            (
                "Inspectors found that children in need of help and protection receive a timely and effective service.",
                SUP,
            ),
            (
                "The report said section 47 investigations are timely and focus on the impact of potential harm to children.",
                SUP,
            ),
            (
                "Ofsted said the out-of-hours service responds appropriately to children’s needs, but a lack of capacity means it is not always timely.",
                SUP,
            ),
            ("Ofsted said the out-of-hours service always responds in a timely way.", CON),
            (
                "Inspectors said the council identifies, assesses and supports children in private fostering arrangements well.",
                MIS,
            ),
            (
                "Disabled children in need of help and protection receive a holistic, high-quality service, inspectors found.",
                SUP,
            ),
            (
                "The inspectors were impressed by the intervention and complex assessment service, which they said helps many children remain safely at home.",
                SUP,
            ),
            ("Inspectors said the council’s youth offending team has cut reoffending by half.", NC),
            ("The report was published on Friday, following an inspection in June.", SUP),
            ("The report was published on Monday.", CON),
        ],
        "ENDS",
    ),
    # A fourth round: correct or uncheckable times that a careless reading would flag.
    "plymouth_2024_times": (
        "80538_plymouth/children's services inspection - 15 march 2024.pdf",
        "Plymouth City Council newsroom\n\nFriday 15 March 2024\n\nChildren’s services report published",
        [
            ("The inspection took place during the spring term.", NC),
            (
                "Inspectors, who visited the city earlier this year, said leaders understand the strengths and weaknesses of their service.",
                SUP,
            ),
            (
                "The council has recruited more social workers since it was inspected earlier this year.",
                NC,
            ),
            (
                "The report, which was published on Friday, follows a two-week inspection in January and February.",
                SUP,
            ),
            (
                "Councillor Jemima Laing said the inspection last autumn had been a challenge for staff.",
                NC,
            ),
            ("Inspectors visited in the winter.", SUP),
            ("The inspection took place in early spring.", NC),
        ],
        "ENDS",
    ),
    "merton_2025_times": (
        "80510_merton/children's services inspection - 27 august 2025.pdf",
        "Merton Council\n\nOutstanding again",
        [
            ("Inspectors visited in the summer.", SUP),
            ("The report was published on Wednesday.", NC),
            ("Inspectors spent a week in Merton earlier this summer.", SUP),
        ],
        "Ends",
    ),
}


KNOWN_MISSES: dict[str, str] = {
    "Inspectors said all children and families in the city receive excellent support.": (
        "stand-in: supported: The report (page 1) says the same (similarity 0.67, 43% "
        "of the claim's words): 'This impressive approach is found in the family hubs "
        "and at the ‘front door for families’ and continues to be woven through work "
        "with all children and care leavers, exemplified by the relationship-based "
        "model of practice and the multi-agency ‘partners in change’ (PIC) team.'"
    ),
    "Ofsted found that the quality of information about children provided by partner agencies to the integrated front door is consistent.": (
        "stand-in: not_checkable: The nearest passage saying this (Paragraph 3, "
        "similarity 0.69, 60% of the claim's words) tells it the other way (critical "
        "where the claim is not, or another direction of change); read it beside the "
        "claim."
    ),
}
"""Sentence -> why the stand-in's verdict still differs from the expected one."""
MINILM_MISSES: dict[str, str] = {
    "Ofsted found that the quality of information about children provided by partner agencies to the integrated front door is consistent.": (
        "MiniLM: not found: 'consistent' for the report's 'variable': the report's sentence "
        "holds 60% of the claim's words and a cosine at the floor, so it is not found as the "
        "same passage, and not finding support flags nothing (precision first)"
    ),
}
"""The same with the bundled model, which real articles and the evaluation use."""


def release_text(head: str, sentences: list[tuple[str, str]], foot: str) -> str:
    return "\n\n".join([head, *(words for words, _ in sentences), foot])


@pytest.fixture(scope="module", params=ENCODERS)
def checked(shared: Path, tmp_path_factory, request) -> dict[str, list]:
    """Each release checked against its real report, no archive, once per encoder."""
    from verify.settings import Settings

    root = tmp_path_factory.mktemp("facts")
    settings = Settings(
        cache_dir=str(root / "cache"),
        archive=str(root / "no-archive"),
        model=request.param,
        provisional_flags=True,
    )
    encoder = Encoder(settings)
    reports = shared / "corpora" / "ofsted" / "reports"
    out = {}
    for name, (report, head, sentences, foot) in RELEASES.items():
        release = root / f"{name}.txt"
        release.write_text(release_text(head, sentences, foot), encoding="utf-8")
        out[name] = run_check(str(release), [str(reports / report)], [], settings, encoder)
        out[name] = out[name].result.claims
    return out


def _verdict(claims: list, words: str) -> tuple[str | None, str]:
    """The verdict for the sentence ``words``: the worst of the claims read in it (a flag
    over support over the rest), None when nothing was extracted from it."""
    snippet = words.rstrip(".").strip()
    mine = [c for c in claims if c.text.strip(" .") in snippet or snippet in c.text]
    flagged = [c for c in mine if c.verdict in FLAGS]
    chosen = flagged or [c for c in mine if c.verdict == SUP] or mine
    return (chosen[0].verdict, chosen[0].explanation) if chosen else (None, "not extracted")


def _params(want: set[str]):
    return [
        pytest.param(name, words, id=f"{name}:{words[:40]}")
        for name, (_, _, sentences, _) in RELEASES.items()
        for words, expected in sentences
        if expected in want
    ]


def test_the_releases_span_councils_and_verdicts():
    assert len(RELEASES) >= 16
    expected = Counter(e for _, _, sentences, _ in RELEASES.values() for _, e in sentences)
    assert expected[SUP] >= 40 and expected[CON] >= 20 and expected[NC] >= 12, expected
    sentences = {words for _, _, said, _ in RELEASES.values() for words, _ in said}
    assert set(KNOWN_MISSES) | set(MINILM_MISSES) <= sentences


@pytest.mark.parametrize(("name", "words"), _params({SUP, NC}))
def test_a_correct_or_uncheckable_claim_is_never_flagged(checked, name, words, request):
    mark_encoder_miss(request, words, KNOWN_MISSES, MINILM_MISSES)
    got, why = _verdict(checked[name], words)
    assert got is not None, "not extracted"
    assert got not in FLAGS, f"{got}: {why}"


@pytest.mark.parametrize(("name", "words"), _params({CON, MIS}))
def test_a_wrong_claim_is_flagged(checked, name, words, request):
    mark_encoder_miss(request, words, KNOWN_MISSES, MINILM_MISSES)
    got, why = _verdict(checked[name], words)
    assert got in FLAGS, f"{got}: {why}"


def test_most_correct_claims_are_supported(checked, request):
    """With the bundled model (the stand-in reads no meaning, so finds less support)."""
    if not bundled(request):
        pytest.skip("a share of support is asked of the bundled model only")
    correct = _params({SUP})
    got = Counter(_verdict(checked[p.values[0]], p.values[1])[0] for p in correct)
    assert got[SUP] >= 0.75 * len(correct), got
