# ruff: noqa: E501  (the invented releases are data: one a line reads best)
"""Stress, third round: invented releases whose history claims name an earlier report by
its month ('the rating echoes a report in April 2013'), count the areas that moved
('three out of five areas improved'), or recall an earlier time no report settles
('previously criticised in 2009'), checked three ways as ``test_stress_history`` is: with
the archive of every report in ../shared, with the council's report before this one as
--previous (where ../shared has one; else as with neither), and with neither.

Each claim is correct or deliberately wrong; its verdict was written by the labelling
conventions (../shared/dev/README.md) before the tool ran. An earlier inspection is
identified by its year and month (the visit's months, or the few after it when its report
came out); a count of areas is settled only when every area's earlier grade is known (an
area inadequate now cannot have improved); a claim whose earlier inspection cannot be
identified is not_checkable, never contradicted.
"""

from __future__ import annotations

import pytest
from check_helpers import (
    NC,
    C,
    S,
    assert_locators_unique,
    by,
    every,
    three_way_tests,
)

pytestmark = [pytest.mark.shared, pytest.mark.slow]

SAME_OR_NC = frozenset({C, NC})
"""'The rating echoes' an earlier report whose grade was lower: contradicted by the
conventions; not_checkable accepted, as the tool never opposes 'maintained' to a grade
that rose (services can be said to keep a standard they passed)."""

# name: (council folder, report's date, previous report's date or None, release, [(locator, expected)])
CASES = {
    # Southend-on-Sea (SIF, April-May 2016, published 7 July 2016): RI overall, help and
    # protection RI, looked after RI, adoption good, care leavers good, leadership RI. The
    # report prints June 2012's safeguarding and looked-after inspections, both good. No
    # earlier Southend report in ../shared.
    "southend_2016": (
        "80559_southend-on-sea",
        "07 july 2016",
        None,
        """Southend-on-Sea Borough Council – Newsroom

Ofsted publishes report on children's services

7 July 2016

Ofsted has today published its report into Southend's services for children in need of help and protection, children looked after and care leavers, rating them as 'requires improvement to be good'.

The requires improvement rating mirrors the council's last inspection in June 2012, according to a briefing circulated to councillors ahead of publication.

Three of the five areas declined since 2012, the briefing adds, although adoption and care leavers services were both judged good.

Inspectors spent four weeks in the borough in April and May.

Cllr James Courtenay, Executive Councillor for Children and Learning, said: “We accept the findings and we know there is more to do. Our social workers have worked tirelessly and I want to thank every one of them.”

Simon Leftley, Corporate Director for People, said: ‘The report is fair, and our improvement plan is already under way.’

The full report is available on the Ofsted website.

Notes to editors
For further information contact the press office on 01702 215000.
""",
        [
            (
                "The requires improvement rating mirrors the council's last inspection in June 2012",
                every(C),
            ),
            ("Three of the five areas declined since 2012", every(NC)),
        ],
    ),
    # Slough (SIF, November-December 2015, published 17 February 2016): inadequate in
    # every judgement but adoption (RI), as at its SIF of November-December 2013 (in
    # ../shared), which the report also recounts as inadequate.
    "slough_2016": (
        "80553_slough",
        "17 february 2016",
        "14 february 2014",
        """Slough children's services still failing, says Ofsted

By our local government reporter

Slough's children's services have been judged inadequate by Ofsted for a second time, just weeks before a new independent trust takes them over.

The inadequate verdict echoes the council’s previous inspection in November 2013, which led the education secretary to order that services be removed from council control.

Slough's rating repeats the judgement Ofsted handed down in 2013, despite two years of intervention.

Two of the five areas improved since 2013, the council insisted in a statement.

Nicola Clemo, chief executive of the Slough Children's Services Trust, said: "These findings are no surprise to us. The trust was set up precisely because things had to change."

A council spokesperson said: “We have always been clear that improvement would take time.”

The watchdog's inspectors visited between November and December last year.

Readers can find the report on the Ofsted website.
""",
        [
            (
                "The inadequate verdict echoes the council’s previous inspection in November 2013",
                every(S),
            ),
            ("Slough's rating repeats the judgement Ofsted handed down in 2013", every(S)),
            ("Two of the five areas improved since 2013", every(NC)),
        ],
    ),
    # Staffordshire (SIF, January-February 2014): good in every judgement. The report
    # prints November 2012's safeguarding inspection (adequate) and July 2009's of
    # looked-after children (adequate). No earlier Staffordshire report in ../shared.
    "staffordshire_2014": (
        "80561_staffordshire",
        "21 march 2014",
        None,
        """Staffordshire County Council – Latest news

Staffordshire's children's services rated 'good' under tough new Ofsted framework

Friday 21 March 2014

Staffordshire County Council's services for vulnerable children have been rated ‘good’ by Ofsted under its new, tougher single inspection framework.

All five areas improved since the last inspections, which had rated the council adequate.

The good rating mirrors Ofsted's November 2012 inspection of the county's safeguarding arrangements.

The result is a far cry from the criticism the council faced in 2005 over its children's homes.

Councillor Mark Sutton, Cabinet Member for Children and Young People, said: "This is a fantastic result for our staff and, more importantly, for the children and families they support."

The inspection took place over four weeks in January and February.

Ends

Media enquiries: 01785 277800
""",
        [
            ("All five areas improved since the last inspections", every(NC)),
            ("The good rating mirrors Ofsted's November 2012 inspection", every(SAME_OR_NC)),
            ("a far cry from the criticism the council faced in 2005", every(NC)),
        ],
    ),
    # West Berkshire (SIF, March 2015, published 13 May 2015): inadequate overall and for
    # help and protection, RI in the rest. The report prints August 2012's inspection:
    # adequate for safeguarding, good for looked-after children. No earlier report here.
    "westberks_2015": (
        "80577_west berkshire",
        "18 may 2015",
        None,
        """West Berkshire child protection services rated inadequate

Newbury Weekly News

West Berkshire Council's children's services have been rated inadequate by Ofsted, with inspectors raising concerns about the help given to children at risk.

The rating echoes a report in August 2012. Opposition councillors raised the comparison at Thursday's meeting.

But officers pointed out that four out of five areas declined since 2012, and said a recovery plan was being drawn up.

Councillor Irene Neill, executive member for children's services, said: "This is very disappointing, but we are determined to put things right quickly."

The inspection took place in March.

Comments on this story are now closed.
""",
        [
            ("The rating echoes a report in August 2012", every(C)),
            ("four out of five areas declined since 2012", every(NC)),
        ],
    ),
    # Stockton-on-Tees (ILACS, May 2019): RI in every judgement. Its SIF of May-June
    # 2016 (published August 2016, in ../shared) was good overall, for help and
    # protection and for leadership, RI for looked after children. The 2019 report
    # prints no earlier grade.
    "stockton_2019": (
        "80563_stockton-on-tees",
        "01 july 2019",
        "05 august 2016",
        """Stockton-on-Tees Borough Council news

Ofsted report on children's services

1 July 2019

Ofsted has judged Stockton-on-Tees Borough Council's children's services as ‘requires improvement to be good’ following a one-week inspection in May.

Two of the three areas declined since 2016, the report makes clear.

The rating mirrors the report of May 2016.

Stockton's requires improvement judgement echoes its 2016 inspection, three years on.

Councillor Ann McCoy, Cabinet Member for Children and Young People, said: "We are disappointed, but we recognise the challenges set out by inspectors."

ENDS
""",
        [
            ("Two of the three areas declined since 2016", by(S, S, NC)),
            ("The rating mirrors the report of May 2016", by(C, C, NC)),
            ("Stockton's requires improvement judgement echoes its 2016 inspection", by(C, C, NC)),
        ],
    ),
    # Southampton (ILACS, November 2019, published January 2020): RI everywhere. Its SIF
    # of July 2014 (published September 2014, in ../shared) was RI overall, for help and
    # protection, looked after children and leadership; care leavers inadequate.
    "southampton_2020": (
        "80558_southampton",
        "09 january 2020",
        "15 september 2014",
        """Southampton children's services 'require improvement' – again

Daily Echo

SOUTHAMPTON City Council's children's services still require improvement, Ofsted has said.

The requires improvement rating repeats the verdict of the September 2014 report, five years on.

All three areas were unchanged since 2014, the report shows.

A council spokesman said: “We know we have more to do. Our staff are working hard to make the changes our children deserve.”

The inspection was carried out in November 2019.
""",
        [
            (
                "The requires improvement rating repeats the verdict of the September 2014 report",
                by(S, S, NC),
            ),
            ("All three areas were unchanged since 2014", by(S, S, NC)),
        ],
    ),
    # Southend-on-Sea (ILACS, October 2024, published December 2024): good overall, for
    # leaders, help and protection and care leavers; children in care RI. Its ILACS of
    # July 2019 (in ../shared) was RI in every judgement (care leavers within children in
    # care). The 2024 report prints no earlier grade.
    "southend_2024": (
        "80559_southend-on-sea",
        "03 december 2024",
        "27 august 2019",
        """Southend City Council – News

Children's services rated good by Ofsted

3 December 2024

Southend City Council's children's services have been rated ‘good’ by Ofsted following an inspection in October.

Three of the four areas improved since 2019, with only children in care still judged to require improvement.

The good rating echoes the July 2019 inspection, the council's annual report had predicted.

The good rating marks a dramatic turnaround from the failings inspectors uncovered in 2009.

Children in care, criticised by inspectors in 2019 for drift and delay, still require improvement.

Cllr Anne Jones, cabinet member for children's services, said: "This is a huge achievement. I am so proud of our staff."

Notes
The council is a unitary authority serving 180,000 residents.
""",
        [
            ("Three of the four areas improved since 2019", by(S, S, NC)),
            ("The good rating echoes the July 2019 inspection", every(SAME_OR_NC)),
            (
                "marks a dramatic turnaround from the failings inspectors uncovered in 2009",
                every(NC),
            ),
            ("still require improvement", every(S)),
        ],
    ),
    # Stockton-on-Tees (ILACS, March 2023, published May 2023): RI in every judgement, as
    # at its ILACS of May 2019 (in ../shared; care leavers within children in care).
    "stockton_2023": (
        "80563_stockton-on-tees",
        "09 may 2023",
        "01 july 2019",
        """Stockton children's services 'require improvement'

Teesside Live

Children's services in Stockton-on-Tees still require improvement, according to Ofsted.

The council's rating mirrors its last inspection in May 2019, when inspectors reached the same verdict.

All four areas were unchanged from 2019, the report says.

Martin Gray, the council's director of children's services, said: "We have a clear plan and we are getting on with it."

Inspectors visited in March.
""",
        [
            ("The council's rating mirrors its last inspection in May 2019", by(S, S, NC)),
            ("All four areas were unchanged from 2019", by(S, S, NC)),
        ],
    ),
    # Somerset (SIF, January-February 2015, published March 2015): inadequate overall and
    # in every judgement but adoption (RI). The report prints June 2012's looked-after
    # inspection (adequate) and an ungraded 2013 one. No earlier Somerset report here.
    "somerset_2015": (
        "80555_somerset",
        "27 march 2015",
        None,
        """Somerset County Council statement on Ofsted inspection

27 March 2015

Ofsted has today published its report of the inspection of Somerset's children's services, which are judged inadequate.

Somerset County Council, criticised by Ofsted in 2009 over its child protection work, has now been rated inadequate.

Three out of five areas declined since the previous inspections, the report shows.

Somerset's inadequate rating repeats the verdict of an inspection in March 2013, the opposition spokesperson said.

Councillor Frances Nicholson, Cabinet Member for Children and Families, said: “We are deeply disappointed, and we apologise to the children and families we have let down.”

The inspection took place in January and February 2015.
""",
        [
            ("Three out of five areas declined since the previous inspections", every(NC)),
            (
                "Somerset's inadequate rating repeats the verdict of an inspection in March 2013",
                every(NC),
            ),
            ("criticised by Ofsted in 2009 over its child protection work", every(NC)),
            ("has now been rated inadequate", every(S)),
        ],
    ),
}


KNOWN_MISSES: dict[tuple[str, str], str] = {}
"""Claims the tool still gets wrong, with why: strict xfail, so a fix shows."""


def test_every_locator_is_unique():
    assert_locators_unique(CASES)


MINILM_MISSES: dict[tuple[str, str], str] = {}
"""The same with the bundled model, which real articles and the evaluation use."""


checked, test_history_claims_get_the_conventions_verdict = three_way_tests(
    CASES, KNOWN_MISSES, MINILM_MISSES
)
