"""Small invented reports for the generator tests (no ../shared needed)."""

from __future__ import annotations

from datetime import date

import pytest

from verify.types import Judgement, Passage, Report, Team

PARAGRAPHS = (
    "Most children and families benefit from thorough and robust screening at the front door "
    "by skilled workers. Decisions to support families, including early help, are timely and "
    "appropriate for most children.",
    "The quality of contacts to the safeguarding hub is mostly strong and well organised. "
    "Effective systems are in place to ensure that all contacts are screened, prioritised and "
    "signposted appropriately without delay.",
    "When children experience domestic abuse, social workers are effective in considering the "
    "impact of the abuse on the child and the wider family. Social workers are tenacious in "
    "their approach to working with families, including perpetrators of abuse.",
    "Information and expertise are shared by co-located police and child exploitation workers "
    "to inform decision-making. Recommendations made by social workers are proportionate to "
    "the level of risks and concerns identified.",
    "For some children who have experienced neglect, social workers do not consistently "
    "recognise the impact on their daily lives. Child protection plans are not always effective "
    "in improving the experiences of these children over time.",
    "Children in care are visited regularly by social workers who know them well and who "
    "recognise their individual needs. Their views are sought and they are encouraged to take "
    "part in meetings about their care and their long-term plans.",
    "Leaders have prioritised the recruitment of foster carers and the programme of training "
    "offered to carers is well regarded. Most children live in stable homes with carers who "
    "meet their needs and help them to make good progress.",
    "Care leavers are supported by personal advisers who are strong advocates for their young "
    "people. Support is individually tailored and care leavers are helped to find suitable "
    "accommodation and employment when they are ready.",
    "Senior leaders have an accurate understanding of the quality of social work practice "
    "across the service. A well-structured quality assurance framework gives leaders a clear "
    "view of where practice is strong and where it needs to improve.",
    "Social workers say that they enjoy working in the authority and that their caseloads are "
    "manageable. They value the training they receive and the support they get from managers, "
    "which helps them to build trusting relationships with children.",
    "Corporate parenting arrangements are effective and elected members are ambitious for "
    "children in care. The participation of children in care in shaping services is good and "
    "their behaviour and achievements are celebrated by leaders.",
    "The multi-agency partnership is strong and effective in protecting vulnerable children. "
    "Partners work together well and provide appropriate challenge to each other to further "
    "improve services for children and families.",
)


def invented_report(
    authority: str = "exampleshire",
    framework: str = "ilacs_2023",
    paragraphs: tuple[str, ...] = PARAGRAPHS,
    tag: str = "a",
) -> Report:
    """A small report shaped like the parser's output, with numbered paragraphs."""
    text, passages = "", []
    for n, para in enumerate(paragraphs, start=1):
        start = len(text)
        text += f"{n}. {para}\n"
        passages.append(
            Passage(
                id=f"p{n}",
                kind="numbered",
                number=n,
                page=2 + n // 4,
                start=start,
                end=len(text) - 1,
                text=text[start:-1],
            )
        )
    judgements = [
        Judgement(
            name="impact_of_leaders",
            grade="outstanding",
            printed="The impact of leaders on social work practice with children and families",
        ),
        Judgement(
            name="help_and_protection",
            grade="requires_improvement",
            printed="The experiences and progress of children who need help and protection",
        ),
        Judgement(
            name="children_in_care",
            grade="good",
            printed="The experiences and progress of children in care",
        ),
        Judgement(
            name="care_leavers",
            grade="outstanding",
            printed="The experiences and progress of care leavers",
        ),
    ]
    if framework != "ilacs_2026":
        judgements.append(
            Judgement(name="overall_effectiveness", grade="good", printed="Overall effectiveness")
        )
    return Report(
        source=f"/invented/{authority}.pdf",
        sha256=(tag * 64)[:64],
        authority=authority,
        framework=framework,
        inspection_type="standard",
        inspection_start=date(2024, 10, 7),
        inspection_end=date(2024, 10, 18),
        published=date(2024, 11, 26),
        team=Team(hmi=5, other=1),
        judgements=judgements,
        passages=passages,
        text=text,
    )


OTHER_PARAGRAPHS = (
    "Young people who go missing from home are offered return home interviews by a dedicated "
    "team. The information gathered is used well to reduce the risk of exploitation.",
    "Private fostering arrangements are assessed promptly and children are seen alone by their "
    "social workers. Disabled children receive a responsive service from a specialist team.",
    "The virtual school has high aspirations for children in care and monitors their "
    "attendance closely. Personal education plans are of a consistently high quality.",
    "Leaders have invested in a new case management system that social workers find easy to "
    "use. Audits are completed jointly with practitioners and lead to useful learning.",
)


@pytest.fixture()
def report() -> Report:
    return invented_report()


@pytest.fixture()
def others() -> list[Report]:
    return [invented_report("otherton", paragraphs=OTHER_PARAGRAPHS, tag="b")]


@pytest.fixture()
def late_report() -> Report:
    """An ILACS 2026 report: no overall effectiveness judgement."""
    return invented_report("lateshire", framework="ilacs_2026", tag="d")
