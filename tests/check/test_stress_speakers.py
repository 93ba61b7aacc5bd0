"""Stress: who said it, in invented releases about real reports of councils outside the
dev set.

Each release (council press-release and local-news styles, with their boilerplate) gives
words to every kind of speaker releases use: inspectors, the report, "the regulator",
"the watchdog", "HMI", "it", a named lead inspector, pronouns across sentences, a
quotation whose speaker is in the sentence before or after, councillors, directors,
leaders, the council's own tweet, a parent and a young person, an official quoting the
report, and an official's words wrongly put in the inspectors' mouths. The expected
speaker (the quotation's attribution role) and verdict were written by the conventions
(../shared/dev/README.md) before the tool was run on them:

- an official's statement is ``not_checkable`` even when it describes the report or
  repeats its words nearly verbatim, and whatever the report says;
- words given to inspectors, the report, the regulator, the watchdog, HMI or 'it' are
  checked: ``misattributed`` when the report lacks them;
- report words relayed by an official ("As the report says, '...'") are judged as the
  report's words.

The whole pipeline runs on each release with both encoders (the hashing stand-in, then
the bundled model real articles are checked with), no archive.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import ENCODERS, check_invented, mark_encoder_miss

from verify.types import CheckResult

pytestmark = [pytest.mark.shared, pytest.mark.slow]

CORNWALL = "80454_cornwall/children's services inspection - 22 august 2024.pdf"
LEWISHAM = "80508_lewisham/children's services inspection - 31 january 2024.pdf"
ENFIELD = "80494_enfield/children's services inspection - 04 september 2024.pdf"
SUTTON = "80515_sutton/children's services inspection - 01 february 2022.pdf"
BEDFORD = "80428_bedford/children's services inspection - 14 january 2022.pdf"
NEWCASTLE = "80525_newcastle upon tyne/children's services inspection - 25 june 2025.pdf"
RICHMOND = "80513_richmond upon thames/children's services inspection - 18 march 2022.pdf"
BEDFORD_2025 = "80428_bedford/children's services inspection - 27 august 2025.pdf"
BANES = "80427_bath and north east somerset/children's services inspection - 19 april 2022.pdf"

INSPECTORS, COUNCIL, OTHER = "inspectors", "council", "other"
ANY = None  # a sentence claim: its verdict is asserted, not a quotation's speaker

# (id, report, release text, [(words locating the claim, speaker, expected verdict), ...])
CASES = [
    (
        "cornwall-press",
        CORNWALL,
        "Cornwall Council children’s services rated ‘Good’ with ‘Outstanding’ care leavers "
        "service\n\n"
        "Published: 22 August 2024\n\n"
        "Children’s services in Cornwall have been rated Good by Ofsted, with the support given "
        "to care leavers judged Outstanding.\n\n"
        'Inspectors found: "Early help arrangements are impressive."\n\n'
        "The report noted: “Leaders have a good understanding of areas of practice in need of "
        "improvement and responded proactively to any issues raised in the inspection.”\n\n"
        "It also found that letters to parents “are not of a sufficient quality to help families "
        "and professionals bring about positive change for children”.\n\n"
        "“We are incredibly proud of our social workers, who go above and beyond every day for "
        "the children of Cornwall,” said Cllr Barbara Ellenbroek, portfolio holder for children "
        "and families.\n\n"
        "She added: “This report recognises the hard work of everyone in children’s services, "
        "and we will now focus on the timeliness of strategy meetings.”\n\n"
        "Director of Children’s Services Meredith Teasdale said: “Our care leavers deserve the "
        "very best. As the report says, ‘Social workers know their children well and their "
        "visits to them are regular and in line with children’s needs.’”\n\n"
        "The watchdog’s report said Cornwall’s social workers “consistently go above and beyond "
        "for every child”.\n\n"
        "Cllr Ellenbroek said most children who need help and protection achieve improved "
        "outcomes due to receiving effective services.\n\n"
        "Cllr Ellenbroek said strategy meetings were always held on time and were well attended "
        "by partner agencies.\n\n"
        "One parent, who asked not to be named, said: “The family hub team helped us when we had "
        "nowhere else to turn.”\n\n"
        "Early help arrangements are impressive and the interface between early help and "
        "statutory work is managed well, the council’s leader Linda Taylor said.\n\n"
        "Pre-proceedings arrangements as part of the Public Law Outline are sufficiently "
        "effective, Ms Teasdale said.\n\n"
        "Children in need are well supported, according to Ms Teasdale.\n\n"
        "Cllr Taylor said the report found that “every child in Cornwall receives an "
        "outstanding service”.\n\n"
        "The council’s early help offer, which inspectors described as “impressive”, has grown "
        "every year since 2019.\n\n"
        "For more information contact the press office on 0300 1234 100.",
        [
            ("Early help arrangements are impressive", INSPECTORS, "supported"),
            ("Leaders have a good understanding", INSPECTORS, "supported"),
            ("not of a sufficient quality", INSPECTORS, "supported"),
            ("incredibly proud", COUNCIL, "not_checkable"),
            ("This report recognises", COUNCIL, "not_checkable"),
            ("Our care leavers deserve", COUNCIL, "not_checkable"),
            ("Social workers know their children well", INSPECTORS, "supported"),
            ("consistently go above and beyond", INSPECTORS, "misattributed"),
            ("achieve improved outcomes", ANY, "not_checkable"),
            ("always held on time", ANY, "not_checkable"),
            ("family hub team", OTHER, "not_checkable"),
            ("managed well, the council", ANY, "not_checkable"),
            ("are sufficiently effective", ANY, "not_checkable"),
            ("Children in need are well supported", ANY, "not_checkable"),
            ("every child in Cornwall receives", INSPECTORS, "misattributed"),
            ("impressive", INSPECTORS, "supported"),
        ],
    ),
    (
        "lewisham-news",
        LEWISHAM,
        "Lewisham children’s services rated good by Ofsted\n\n"
        "By Jane Harper, Local Democracy Reporter | Wednesday 31 January 2024\n\n"
        "Lewisham Council’s children’s services have been rated good in every area by the "
        "education watchdog, in what the borough’s mayor called “a huge moment for Lewisham”.\n\n"
        "Inspectors said children and young people “now benefit from good, high-quality help "
        "and support”.\n\n"
        "The watchdog praised the “determined focus” of the executive director for children and "
        "young people and his “highly effective leadership team”.\n\n"
        "HMI also found that the ‘Safe Space’ service gives children at risk of exploitation a "
        "“prompt and highly effective response”.\n\n"
        "But the regulator warned that plans “do not always include timescales, making it "
        "difficult to assess the progress made”.\n\n"
        "Inspectors said Lewisham is now “a great place to be a child”.\n\n"
        "Mayor of Lewisham Brenda Dacres said: “This is a testament to the dedication of our "
        "staff. Children in Lewisham now get the help they need, when they need it.”\n\n"
        "Pinaki Ghoshal, executive director for children and young people, said the report "
        "recognised “widespread improvements in services since the last inspection”.\n\n"
        "He said the council now had “no areas left to improve”.\n\n"
        "Cllr Chris Best, cabinet member for children and young people, said the report found "
        "no weaknesses in the borough’s care for children.\n\n"
        "Care leaver Amira, 19, said: “My personal adviser has always been there for me, even "
        "at 2am.”\n\n"
        "Do you have a story? Email newsdesk@example.co.uk",
        [
            ("a huge moment for Lewisham", COUNCIL, "not_checkable"),
            ("now benefit from good", INSPECTORS, "supported"),
            ("determined focus", INSPECTORS, "supported"),
            ("highly effective leadership team", INSPECTORS, "supported"),
            ("prompt and highly effective response", INSPECTORS, "supported"),
            ("do not always include timescales", INSPECTORS, "supported"),
            ("a great place to be a child", INSPECTORS, "misattributed"),
            ("testament to the dedication", COUNCIL, "not_checkable"),
            ("widespread improvements", INSPECTORS, "supported"),
            ("no areas left to improve", COUNCIL, "not_checkable"),
            ("no weaknesses", ANY, "not_checkable"),
            ("always been there for me", OTHER, "not_checkable"),
        ],
    ),
    (
        "enfield-press",
        ENFIELD,
        "Enfield’s children in care service rated Outstanding by Ofsted\n\n"
        "Posted on 4 September 2024\n\n"
        "Enfield Council’s children’s services have been rated Good overall by Ofsted, with "
        "services for children in care judged Outstanding.\n\n"
        "“Children and families living in the London Borough of Enfield receive consistently "
        "good services,” inspectors wrote in their report.\n\n"
        "Ofsted was full of praise for the multi-agency safeguarding hub. “The MASH is effective, "
        "and thresholds are well understood.”\n\n"
        "According to the report, “Children in care in Enfield receive outstanding levels of "
        "support wherever they are placed, making significant progress.”\n\n"
        "The inspectors said Enfield’s care leavers service “goes the extra mile for every young "
        "person”.\n\n"
        "Cllr Abdul Abdullahi, Cabinet Member for Children’s Services, said: “I am thrilled that "
        "inspectors have recognised the outstanding work of our children in care teams.”\n\n"
        "“We know there is more to do on our out-of-hours service,” he added. “We have firm plans "
        "to address this.”\n\n"
        "The council’s leader, Cllr Nesil Caliskan, added that the report was “a fantastic "
        "achievement for the whole borough”.\n\n"
        "Enfield’s Director of Children’s Services, Tony Theodoulou, said: “Children and their "
        "families are helped by impressive early help arrangements which have good partnership "
        "buy-in and are having a positive impact for many families.”\n\n"
        "Notes to editors: the full report is available on the Ofsted website.",
        [
            ("receive consistently good services", INSPECTORS, "supported"),
            ("The MASH is effective", INSPECTORS, "supported"),
            ("outstanding levels of support", INSPECTORS, "supported"),
            ("goes the extra mile", INSPECTORS, "misattributed"),
            ("I am thrilled", COUNCIL, "not_checkable"),
            ("more to do on our out-of-hours", COUNCIL, "not_checkable"),
            ("We have firm plans", COUNCIL, "not_checkable"),
            ("a fantastic achievement", COUNCIL, "not_checkable"),
            ("impressive early help arrangements", COUNCIL, "misattributed"),
        ],
    ),
    (
        "sutton-news",
        SUTTON,
        "Sutton children’s services leadership judged outstanding\n\n"
        "By Tom Green | 1 February 2022\n\n"
        "Sutton Council’s children’s services are good, with outstanding leadership, according "
        "to an Ofsted report published today.\n\n"
        "The Ofsted report praised leaders in the borough. It said they had worked “relentlessly "
        "and systematically with partner agencies”.\n\n"
        "Lead inspector Brenda McLaughlin wrote that staff at all levels “feel valued, safe and "
        "supported”.\n\n"
        "But the inspectors also had concerns. They said “some weaknesses in services to care "
        "leavers remain”.\n\n"
        "The watchdog said Sutton’s staff show “unwavering dedication to every family in the "
        "borough”.\n\n"
        "Council leader Ruth Dombey said: “This is a wonderful result for Sutton’s children.” "
        "She said the report was “a huge credit to our staff”.\n\n"
        "“Our staff never stopped visiting children through the pandemic,” said Sutton’s "
        "director of children’s services.\n\n"
        "Sutton’s director of children’s services said leaders had worked relentlessly and "
        "systematically with partner agencies to deliver an aspirational transformation "
        "programme.\n\n"
        "Mum-of-three Kerry, whose family was supported by the council’s early help team, said: "
        "“My social worker really listened to me.”",
        [
            ("relentlessly and systematically with partner agencies", INSPECTORS, "supported"),
            ("feel valued, safe and supported", INSPECTORS, "supported"),
            ("some weaknesses in services", INSPECTORS, "supported"),
            ("unwavering dedication", INSPECTORS, "misattributed"),
            ("wonderful result", COUNCIL, "not_checkable"),
            ("a huge credit", COUNCIL, "not_checkable"),
            ("never stopped visiting", COUNCIL, "not_checkable"),
            ("aspirational transformation", ANY, "not_checkable"),
            (
                "really listened to me",
                OTHER,
                "not_checkable",
                ("speaker",),
                "speaker role read from the whole apposition, whose relative clause names the "
                "council ('whose family was supported by the council'): council; same verdict",
            ),
        ],
    ),
    (
        "bedford-press",
        BEDFORD,
        "Bedford Borough children’s services rated Good\n\n"
        "14 January 2022\n\n"
        "Bedford Borough Council’s children’s services have been judged Good by Ofsted "
        "following an inspection in November.\n\n"
        "Inspectors noted “a relentless focus on strengthening practice” since the last "
        "inspection.\n\n"
        "“Children’s views are fully reflected in the plans made for them,” the report states.\n\n"
        "The inspectorate said children at risk of harm “have continued to have face-to-face "
        "visits throughout”.\n\n"
        "“Strong early help services and effective partnerships ensure good support for parents "
        "to meet their children’s needs,” said Cllr Jane Walker, portfolio holder for children’s "
        "services.\n\n"
        "“We never stopped putting children first.” That was the message from Mayor Dave "
        "Hodgson after the report was published.\n\n"
        "Ofsted found that support for disabled children was “timely and of high quality”.\n\n"
        "Mayor Hodgson said inspectors had found that disabled children received timely, "
        "high-quality support from the council.\n\n"
        "ENDS",
        [
            ("relentless focus on strengthening practice", INSPECTORS, "minor_variation"),  # "A"
            ("fully reflected in the plans", INSPECTORS, "supported"),
            ("face-to-face visits throughout", INSPECTORS, "supported"),
            ("Strong early help services", COUNCIL, "misattributed"),
            ("never stopped putting children first", COUNCIL, "not_checkable"),
            ("timely and of high quality", INSPECTORS, "misattributed"),
            ("high-quality support from the council", ANY, "not_checkable"),
        ],
    ),
    (
        "newcastle-news",
        NEWCASTLE,
        "Newcastle children’s services good, but care leavers let down, says Ofsted\n\n"
        "By Laura Hill | 25 June 2025\n\n"
        "Ofsted has rated Newcastle City Council’s children’s services good overall, but found "
        "that support for care leavers requires improvement.\n\n"
        "The report said senior leaders “have overseen continuous improvement in most services "
        "across children’s social care since the last inspection in 2021”.\n\n"
        "HMI Rachel Fairhurst, who led the inspection, praised “a stable and committed workforce "
        "that cares for and about children”.\n\n"
        "“The quality and impact of supervision are not consistently recorded in supervision "
        "records,” the watchdog’s report added.\n\n"
        "Inspectors described Newcastle’s social workers as “the beating heart of the city”.\n\n"
        "Cllr Paul Frew, cabinet member for children, said: “Our social workers are the "
        "beating heart of the city, and this report proves it.”\n\n"
        "Council leader Karen Kilgour said inspectors had found no concerns about the council’s "
        "support for care leavers.\n\n"
        "Jay, 17, who is in care in the city, said: “My foster carers are amazing and I feel "
        "at home.”\n\n"
        "Newcastle City Council tweeted: “Huge thanks to our amazing staff for everything they "
        "do for children in Newcastle.”",
        [
            ("have overseen continuous improvement", INSPECTORS, "supported"),
            ("a stable and committed workforce", INSPECTORS, "supported"),
            ("not consistently recorded", INSPECTORS, "supported"),
            ("the beating heart of the city", INSPECTORS, "misattributed"),
            ("Our social workers are the beating heart", COUNCIL, "not_checkable"),
            ("no concerns about the council", ANY, "not_checkable"),
            ("foster carers are amazing", OTHER, "not_checkable"),
            ("Huge thanks to our amazing staff", COUNCIL, "not_checkable"),
        ],
    ),
    (
        "richmond-press",
        RICHMOND,
        "Richmond children continue to receive a good service, says Ofsted\n\n"
        "18 March 2022\n\n"
        "Children in Richmond upon Thames “continue to receive a good service”, according to "
        "Ofsted.\n\n"
        "The regulator said leaders and managers “work tirelessly to protect children”.\n\n"
        "In its report, the inspectorate said contextual safeguarding “has been considerably "
        "strengthened”.\n\n"
        "Cllr Penny Frost, chair of the Children’s Committee, said: “I’m delighted that Ofsted "
        "has recognised the hard work of our staff.”\n\n"
        "“Inspectors told us that our front door is one of the best they have seen,” said Cllr "
        "Frost.\n\n"
        "The report highlighted that an increase in demand at the single point of access “has "
        "led to some pressure on the referral and assessment team”.\n\n"
        "@RichmondCouncil\n\n"
        "Ofsted says children in Richmond continue to get a good service. Well done to all our "
        "staff! https://t.co/r1chm0nd\n"
        "— Richmond Council (@RichmondCouncil) March 18, 2022",
        [
            ("continue to receive a good service", INSPECTORS, "supported"),
            ("work tirelessly to protect children", INSPECTORS, "supported"),
            ("considerably strengthened", INSPECTORS, "supported"),
            ("I’m delighted", COUNCIL, "not_checkable"),
            ("one of the best they have seen", COUNCIL, "not_checkable"),
            ("has led to some pressure", INSPECTORS, "supported"),
        ],
    ),
    (
        "banes-news",
        BANES,
        "‘Creative, thoughtful and effective’ – Bath and North East Somerset children’s "
        "services rated good\n\n"
        "By Sam Ward | 19 April 2022\n\n"
        "Practitioners in Bath and North East Somerset are “creative, thoughtful and effective "
        "in making children safer”, Ofsted has said.\n\n"
        "HMI Steve Lowe’s team found that processes at the redesigned front door “are now much "
        "clearer and more effective”.\n\n"
        "But the regulator said the support for a small number of the most vulnerable care "
        "leavers “is not as strong as it is for most children”.\n\n"
        "Councillor Dine Romero, cabinet member for children and young people, said: “Our "
        "practitioners are creative, thoughtful and effective, and I thank every one of them.”\n\n"
        "Ofsted added that children “almost always receive support at the right time for "
        "them”.\n\n"
        "Inspectors said the council was “leading the way in the South West”.\n\n"
        "The council said in a statement that it accepted the report’s findings on return home "
        "interviews and would act on them.",
        [
            ("in making children safer", INSPECTORS, "supported"),
            ("now much clearer", INSPECTORS, "supported"),
            ("not as strong as it is", INSPECTORS, "supported"),
            ("I thank every one of them", COUNCIL, "not_checkable"),
            ("almost always receive support", INSPECTORS, "supported"),
            ("leading the way", INSPECTORS, "misattributed"),
            ("accepted the report’s findings", ANY, "not_checkable"),
        ],
    ),
    # ---- batch 2: frames that name Ofsted without giving it the words
    (
        "enfield-frames",
        ENFIELD,
        "Enfield praised by Ofsted for ‘outstanding’ care\n\n"
        "By Priya Shah | 5 September 2024\n\n"
        "Welcoming the Ofsted report, Cllr Abdul Abdullahi said: “Every one of our social "
        "workers should be proud of what they have achieved for children in Enfield.”\n\n"
        "Asked about the inspectors’ findings on the out-of-hours service, the council’s "
        "leader Nesil Caliskan told the Enfield Dispatch: “We are restructuring it and it "
        "will be faster by the spring.”\n\n"
        "Reacting to Ofsted’s verdict, Enfield’s director of children’s services said: “This "
        "is the best set of results the borough has ever had.”\n\n"
        "Describing the service as “a beacon for London”, Cllr Abdullahi thanked foster carers "
        "across the borough.\n\n"
        "Ofsted’s report, published on Wednesday, said care leavers “are offered good services "
        "and support which are helping them to make positive progress”.\n\n"
        "Councillors discussed the findings at a meeting on Monday. They said the report "
        "showed the borough had “turned a corner for good”.\n\n"
        "A council spokesperson said: “We will publish an action plan within 70 working "
        "days.”\n\n"
        "Foster carer Pat Brown, who has looked after children in Enfield for 20 years, said: "
        "“The support from the team is second to none.”",
        [
            ("Every one of our social workers", COUNCIL, "not_checkable"),
            ("We are restructuring it", COUNCIL, "not_checkable"),
            ("best set of results", COUNCIL, "not_checkable"),
            ("a beacon for London", COUNCIL, "not_checkable"),
            ("are offered good services", INSPECTORS, "supported"),
            ("turned a corner for good", COUNCIL, "not_checkable"),
            ("action plan within 70", COUNCIL, "not_checkable"),
            ("second to none", OTHER, "not_checkable"),
        ],
    ),
    (
        "lewisham-frames",
        LEWISHAM,
        "Lewisham Council welcomes ‘Good’ Ofsted judgement\n\n"
        "31 January 2024\n\n"
        "Speaking after the report was published, Mayor Brenda Dacres said: “Our children "
        "deserve nothing less than good, and we will aim higher still.”\n\n"
        "The report was published on Wednesday. It said: “Workers capture the voice of the "
        "child well in early help assessments.”\n\n"
        "The council welcomed the report. It said: “We thank every partner who worked with "
        "us.”\n\n"
        "“Children in Lewisham are safer than ever,” said Cllr Chris Best, “and our staff "
        "deserve huge credit.”\n\n"
        "Ofsted inspector Nicki Shaw, who led the visit, found that core groups and "
        "child-in-need meetings “are regular and well attended by families and relevant "
        "professionals”.\n\n"
        "Cllr Best said Ofsted had praised the “dedication and passion” of every social "
        "worker in the borough.\n\n"
        "Our children’s services are Good! Thank you to every social worker, foster carer and "
        "partner who made it happen.\n\n"
        "— Lewisham Council (@LewishamCouncil) January 31, 2024",
        [
            ("deserve nothing less than good", COUNCIL, "not_checkable"),
            ("Workers capture the voice", INSPECTORS, "supported"),
            ("We thank every partner", COUNCIL, "not_checkable"),
            ("safer than ever", COUNCIL, "not_checkable"),
            ("deserve huge credit", COUNCIL, "not_checkable"),
            ("are regular and well attended", INSPECTORS, "supported"),
            ("dedication and passion", INSPECTORS, "misattributed"),
            ("Thank you to every social worker", COUNCIL, "not_checkable"),
        ],
    ),
    (
        "cornwall-officials",
        CORNWALL,
        "Council responds to Ofsted inspection of children’s services\n\n"
        "Cornwall Council has responded to the Ofsted inspection of its children’s services, "
        "which took place in July.\n\n"
        "Inspectors found that strategy meetings are always held in a timely manner, the "
        "director of children’s services Meredith Teasdale said.\n\n"
        "Ofsted found pre-proceedings arrangements to be highly effective, said Cllr Barbara "
        "Ellenbroek.\n\n"
        "The report praised the council’s highly effective pre-proceedings work, the council’s "
        "leader Linda Taylor said.\n\n"
        "Strategy meetings are always held in a timely manner, said Cllr Ellenbroek.\n\n"
        "Most children who need help and protection achieve improved outcomes, according to "
        "Ms Teasdale.\n\n"
        "Inspectors found that not all strategy meetings are held in a timely manner.\n\n"
        "The report also said pre-proceedings letters to parents are not of a sufficient "
        "quality.",
        [
            ("always held in a timely manner, the director", ANY, "not_checkable"),
            ("highly effective, said Cllr", ANY, "not_checkable"),
            ("highly effective pre-proceedings work", ANY, "not_checkable"),
            ("always held in a timely manner, said", ANY, "not_checkable"),
            ("achieve improved outcomes, according to", ANY, "not_checkable"),
            ("not all strategy meetings", ANY, "supported"),
            ("letters to parents are not of a sufficient", ANY, "supported"),
        ],
    ),
    (
        "newcastle-voices",
        NEWCASTLE,
        "Newcastle’s help for families rated outstanding\n\n"
        "By Chronicle reporter | 26 June 2025\n\n"
        "Ofsted’s verdict was clear: “Responses to child protection concerns are timely and "
        "thorough.”\n\n"
        "The lead inspector, Rachel Fairhurst, wrote that initial child protection conferences "
        "“are well attended by a strong multi-agency network”.\n\n"
        "An Ofsted spokesperson said: “We will return to Newcastle to see how care leavers’ "
        "services have improved.”\n\n"
        "The council said Ofsted had recognised “a relational model” underpinning practice.\n\n"
        "The leader of the council, Cllr Karen Kilgour, said inspectors had been “hugely "
        "impressed” by the city’s family hubs.\n\n"
        "One young person told the Chronicle: “I didn’t trust anyone until I met my social "
        "worker.”\n\n"
        "“We know care leavers deserve better, and we will get there,” the council said in a "
        "statement.\n\n"
        "This is a fantastic achievement for the city and its children.",
        [
            ("timely and thorough", INSPECTORS, "supported"),
            ("are well attended by a strong", INSPECTORS, "supported"),
            ("We will return to Newcastle", INSPECTORS, "not_checkable"),
            ("a relational model", INSPECTORS, "minor_variation"),  # "A relational model"
            (
                "hugely impressed",
                INSPECTORS,
                "misattributed",
                ("verdict", "speaker"),
                "a quotation completing 'X said inspectors had been “…”' (no verb of saying "
                "after the reported subject) is read as X's; not flagged",
            ),
            ("didn’t trust anyone", OTHER, "not_checkable"),
            ("care leavers deserve better", COUNCIL, "not_checkable"),
            ("fantastic achievement for the city", ANY, "not_checkable"),
        ],
    ),
    (
        "sutton-relatives",
        SUTTON,
        "Sutton’s children’s services rated Good\n\n"
        "1 February 2022\n\n"
        "Cllr Ruth Dombey, who welcomed Ofsted’s findings, said: “Our staff have worked "
        "relentlessly and systematically with partner agencies, even in the pandemic.”\n\n"
        "Director of children’s services Catherine Knox, who met inspectors during the visit, "
        "said: “Inspectors could see how much our social workers care.”\n\n"
        "The chair of the council’s Ofsted improvement board, Cllr Marian James, said: “We "
        "have never been complacent.”\n\n"
        "In their report, inspectors said caseloads “are manageable”.\n\n"
        "The report also said that “some weaknesses in services to care leavers remain”, a "
        "finding the council has accepted.",
        [
            ("even in the pandemic", COUNCIL, "not_checkable"),
            ("how much our social workers care", COUNCIL, "not_checkable"),
            ("never been complacent", COUNCIL, "not_checkable"),
            ("are manageable", INSPECTORS, "supported"),
            ("some weaknesses in services", INSPECTORS, "supported"),
        ],
    ),
    (
        "cornwall-frames",
        CORNWALL,
        "Cornwall children’s services rated Good\n\n"
        "By West Country reporter | 23 August 2024\n\n"
        "The leader responded to the report, saying it was “a fair reflection”.\n\n"
        "Our leader read the Ofsted report and said it was “a wonderful result”.\n\n"
        "The leader, responding to the report, said: “This is a fair reflection of where we "
        "are.”\n\n"
        "Jane Smith, responding to the report, said: “It is a fair assessment.”\n\n"
        "The director, appointed in 2020, said the service was “on a journey”.\n\n"
        "Inspectors, having visited for a week, said support for care leavers “has further "
        "improved from an already high standard”.\n\n"
        "The director welcomed the report, adding that it was “a proud day for Cornwall”.",
        [
            ("a fair reflection", ANY, "not_checkable"),
            ("a wonderful result", COUNCIL, "not_checkable"),
            ("fair reflection of where we are", ANY, "not_checkable"),
            ("It is a fair assessment", OTHER, "not_checkable"),
            ("on a journey", COUNCIL, "not_checkable"),
            ("has further improved", INSPECTORS, "supported"),
            ("a proud day for Cornwall", COUNCIL, "not_checkable"),
        ],
    ),
    (
        "cornwall-ofsted-press",
        CORNWALL,
        "Cornwall children’s services rated Good\n\n"
        "Ofsted’s chief inspector, Sir Martyn Oliver, said: “Cornwall shows what can be "
        "achieved with strong leadership.”\n\n"
        "The watchdog’s chief inspector said Cornwall was “a model for other councils”.\n\n"
        "Yvette Stanley, Ofsted’s national director for social care, said: “I congratulate "
        "everyone in Cornwall.”\n\n"
        "An Ofsted spokeswoman added that the council had “made real progress”.\n\n"
        "The lead inspector wrote that children in need “are well supported”.",
        [
            ("what can be achieved", INSPECTORS, "not_checkable"),
            ("a model for other councils", INSPECTORS, "not_checkable"),
            ("I congratulate everyone", INSPECTORS, "not_checkable"),
            ("made real progress", INSPECTORS, "not_checkable"),
            ("are well supported", INSPECTORS, "supported"),
        ],
    ),
    (
        "cornwall-next-sentence",
        CORNWALL,
        "Cornwall children’s services rated Good\n\n"
        "“Children in need are well supported.” That was the verdict of Ofsted inspectors who "
        "visited in July.\n\n"
        "“Every child in Cornwall is safe and happy.” That is the view of the inspectors, who "
        "spent a week with social workers.\n\n"
        "“Social workers know their children well,” inspectors said. “Core groups are well "
        "attended.”\n\n"
        "“We are proud of our teams,” said Cllr Barbara Ellenbroek. “Every child in Cornwall is "
        "safe and happy.”",
        [
            ("Children in need are well supported", INSPECTORS, "supported"),
            ("Every child in Cornwall is safe and happy.” That", INSPECTORS, "misattributed"),
            ("Social workers know their children well", INSPECTORS, "supported"),
            ("Core groups are well attended", INSPECTORS, "supported"),
            ("We are proud of our teams", COUNCIL, "not_checkable"),
        ],
    ),
    (
        "bedford-decline-news",
        BEDFORD_2025,
        "Bedford children’s services ‘declined’, says Ofsted\n\n"
        "By Local Democracy Reporting Service | 27 August 2025\n\n"
        "The quality of support for children in Bedford has “declined since the last "
        "inspection”, according to the education watchdog.\n\n"
        "Inspectors said there had been “a lack of urgency in addressing placement "
        "sufficiency”. They found a significant proportion of children in care were living in "
        "unregistered children’s homes.\n\n"
        "HMI Amanda Maxwell’s report did say that early help workers “provide consistency”.\n\n"
        "But Mayor Tom Wootton said services remained strong and that inspectors had found no "
        "children at risk.\n\n"
        "“We are disappointed, but we are not complacent,” he said. “Our staff work incredibly "
        "hard.”\n\n"
        "Cllr Jane Walker said the report recognised “effective action to address service "
        "weaknesses”.\n\n"
        "She added that Ofsted had praised the council’s “outstanding foster carers”.",
        [
            ("declined since the last inspection", INSPECTORS, "supported"),
            ("a lack of urgency", INSPECTORS, "supported"),
            ("unregistered children’s homes", ANY, "supported"),
            ("provide consistency", INSPECTORS, "supported"),
            ("services remained strong", ANY, "not_checkable"),
            ("not complacent", COUNCIL, "not_checkable"),
            ("work incredibly hard", COUNCIL, "not_checkable"),
            ("effective action to address", INSPECTORS, "supported"),
            (
                "outstanding foster carers",
                INSPECTORS,
                "misattributed",
                ("verdict",),
                "called misquoted: three words, one differing from 'including foster carers' "
                "(verify/check/quote/); a flag either way",
            ),
        ],
    ),
    (
        "cornwall-headlines",
        CORNWALL,
        "‘We are so proud’: Cornwall Council welcomes Ofsted rating\n\n"
        "Council bosses said the report was “a huge boost for staff”.\n\n"
        "Ofsted bosses said early help arrangements “are impressive”.\n\n"
        "Speaking to the BBC, the lead inspector said social workers were “a credit to "
        "Cornwall”.\n\n"
        "Inspectors also spoke to young people, who said they felt “listened to and valued”.\n\n"
        "Parents told inspectors the family hubs were “a lifeline”.\n\n"
        "Staff were described as “passionate” by the council’s director.\n\n"
        "Early help arrangements were described as “impressive” by inspectors.",
        [
            ("We are so proud", COUNCIL, "not_checkable"),
            ("a huge boost for staff", COUNCIL, "not_checkable"),
            ("are impressive", INSPECTORS, "supported"),
            ("a credit to Cornwall", INSPECTORS, "not_checkable"),
            ("listened to and valued", OTHER, "not_checkable"),
            ("a lifeline", OTHER, "not_checkable"),
            ("passionate", COUNCIL, "not_checkable"),
            ("impressive", INSPECTORS, "supported"),
        ],
    ),
]


def _params(*fields: str) -> list:
    """One test parameter per expectation (``fields`` of name, words, speaker, verdict)."""
    params = []
    for name, _, _, want in CASES:
        for words, speaker, verdict, *_ in want:
            row = {"name": name, "words": words, "speaker": speaker, "verdict": verdict}
            if "speaker" in fields and speaker is None:
                continue
            params.append(pytest.param(*(row[f] for f in fields)))
    return params


KNOWN_MISSES: dict[tuple[str, str], str] = {
    (words, field): miss[1]
    for _, _, _, want in CASES
    for words, _, _, *miss in want
    if miss
    for field in miss[0]
}
"""(words, 'verdict' or 'speaker') -> why the stand-in still misses it: an expectation's
fifth item names the fields it misses, its sixth why."""
MINILM_MISSES = KNOWN_MISSES
"""The same with the bundled model, which real articles and the evaluation use: its misses
are the stand-in's (quotations and speakers are read by words, not meaning)."""


@pytest.fixture(scope="module", params=ENCODERS)
def checked(reports_dir: Path, tmp_path_factory, request) -> dict[str, CheckResult]:
    """Each invented release checked once per encoder against its real report."""
    cases = [(name, report, text) for name, report, text, _ in CASES]
    root = tmp_path_factory.mktemp("speakers")
    return check_invented(cases, reports_dir, root, model=request.param)


def _claim(result: CheckResult, words: str):
    """The claim holding ``words``: a quotation first (the words are its own), else the
    sentence."""
    holding = [c for c in result.claims if words in c.text]
    if not holding:
        text = result.release.text
        at = text.find(words)
        holding = [c for c in result.claims if c.start <= at < c.end]
    holding.sort(key=lambda c: (c.kind != "quote", c.end - c.start))
    return holding[0] if holding else None


@pytest.mark.parametrize(("name", "words", "expected"), _params("name", "words", "verdict"))
def test_invented_claim_gets_the_conventions_verdict(checked, name, words, expected, request):
    mark_encoder_miss(request, (words, "verdict"), KNOWN_MISSES, MINILM_MISSES)
    got = _claim(checked[name], words)
    assert got is not None, f"{words!r} was not extracted: {[c.text for c in checked[name].claims]}"
    assert got.verdict == expected, f"{got.kind} {got.text!r}: {got.explanation}"


@pytest.mark.parametrize(("name", "words", "speaker"), _params("name", "words", "speaker"))
def test_invented_quote_has_its_speaker(checked, name, words, speaker, request):
    mark_encoder_miss(request, (words, "speaker"), KNOWN_MISSES, MINILM_MISSES)
    got = _claim(checked[name], words)
    assert got is not None and got.kind == "quote", f"{words!r} is not a quotation claim"
    role = got.attribution.role if got.attribution else "unattributed"
    assert role == speaker, f"{got.text!r}: {got.attribution}"
