"""A small check result built by hand, for the database, export and desk tests.

Built directly (not by running a check) so these tests exercise storage and
pages, not the model; `tests/web/test_desk.py` also stores a real demo check.
"""

from __future__ import annotations

from verify.types import (
    Attribution,
    CheckedClaim,
    CheckResult,
    DiffOp,
    Evidence,
    Judgement,
    Omission,
    Release,
    ReportSummary,
)

XSS = (
    '<script>document.body.setAttribute("data-pwned","1")</script>'
    "<img src=x onerror=\"document.body.setAttribute('data-pwned','2')\">"
)


def claim(text: str, release: str, verdict: str, number: int, **extra) -> CheckedClaim:
    start = release.index(text)
    return CheckedClaim(
        id=f"c{number}",
        kind=extra.pop("kind", "quote"),
        text=text,
        start=start,
        end=start + len(text),
        verdict=verdict,
        explanation=extra.pop("why", "Compared."),
        confidence=0.9,
        **extra,
    )


def hand_result(
    source: str = "https://council.example/news/ofsted", extra: str = ""
) -> CheckResult:
    text = (
        'Ashbury rated Good. Inspectors said "leaders know their services well". '
        f'The report states "every child lives in a stable home". {extra}'
        'The council said "a wonderful result".'
    )
    evidence = Evidence(
        report="Ashbury 2024-03-08",
        paragraph=3,
        page=2,
        text="Leaders know their services well.",
        score=1.0,
        start=0,
        end=10,
    )
    claims = [
        claim(
            "Ashbury rated Good.",
            text,
            "supported",
            1,
            kind="rating",
            why="Overall effectiveness is good.",
            evidence=[evidence],
        ),
        claim(
            "leaders know their services well",
            text,
            "supported",
            2,
            attribution=Attribution(speaker="Inspectors", role="inspectors"),
            evidence=[evidence],
        ),
        claim(
            "every child lives in a stable home",
            text,
            "misquoted",
            3,
            attribution=Attribution(speaker="The report", role="inspectors"),
            why="Words differ from the report: 'most' was dropped.",
            evidence=[evidence],
            diff=[
                DiffOp(op="delete", report="most"),
                DiffOp(op="equal", report="children live", release="child lives"),
            ],
        ),
        claim(
            "a wonderful result",
            text,
            "not_checkable",
            4,
            attribution=Attribution(speaker="The council", role="council"),
        ),
    ]
    if extra:
        claims.append(
            claim(
                extra.strip(),
                text,
                "unsupported",
                5,
                attribution=Attribution(speaker="Inspectors", role="inspectors"),
            )
        )
    return CheckResult(
        release=Release(
            source=source,
            sha256="ab" * 32,
            media_type="html",
            title="Ashbury rated Good",
            text=text,
        ),
        reports=[
            ReportSummary(
                label="Ashbury 2024-03-08",
                source="ashbury.pdf",
                authority="Ashbury",
                framework="ilacs_2023",
                judgements=[
                    Judgement(name="overall_effectiveness", grade="good", printed="Good"),
                    Judgement(
                        name="help_and_protection",
                        grade="requires_improvement",
                        printed="Requires improvement to be good",
                    ),
                ],
            )
        ],
        claims=claims,
        omissions=[
            Omission(
                kind="judgement",
                text="Help and protection requires improvement",
                report="Ashbury 2024-03-08",
            )
        ],
    )
