"""`make eval` section: the drift wave of the written set, articles written by hand as
real releases drift (session 25).

Session 24's written articles came out cleaner than real releases: quotations verbatim or
wrong in one planted word, errors easy to see, and the tool came to agree with their tune
half (false flags 0.00) while the real test part kept a quarter of a false flag per
article. This wave's six writers, who never saw the tool, wrote 18 articles about the
reports of 12 councils in neither the dev set nor the first waves, told as real releases
tell them: about 90% right, quotations cut, joined over paragraphs and lightly varied,
several grades in one sentence, findings in the release's own words, and things no report
can settle (budgets, other inspections). Each claim is labelled in corpora/gold/written as
the first waves' are (``verify.evaluation.written``), with the same halves by council:
the *tune* half is printed in full, the *held-out* half as totals, nothing tuned on it.
Three of its articles were labelled a second time (``SECOND``), for the gold's noise.

Session 26 read the held-out half's claims to find why its flags were wrong (the readings
of ``verify.check.readings``), so from then on that half is seen, and a second drift
wave (``WAVE26``) is the held-out measure: six more writers, 12 articles about 6 councils
of no earlier wave nor the dev set, held out whole (totals only).

Session 27 read that wave claim by claim in turn (its wrong flags: a share's total said
beside an area graded apart, a measure's change read as the grades', what Ofsted asks for
read as praise, an undated sentence after one naming the last inspection, an earlier grade
named by its place, two clauses grading areas of their own checked as one), so it is
printed in full from then on (``run_read``), and a third drift wave (``WAVE27``) is the
held-out measure: six writers, 12 articles about 6 reports no earlier article is about.
Every council of ../shared outside the dev set had been written about, so its councils
are earlier waves' (their other reports); what is new is each report and every wording.

Session 28 read that wave claim by claim (its wrong flags: a rating said lost read as
today's, a plural changed to its singular called misquoted, what Ofsted asked for read as
praise, homes named before a grade read as the council, two clauses telling two areas'
changes checked as one, a relative clause's grade read as today's), so it is printed in
full from then on, and a fourth drift wave (``WAVE28``) was the held-out measure: six
writers, 12 articles about 12 reports no earlier article is about, each of a council of an
earlier wave. Later in session 28 that wave was read in turn (its wrong flags: an area told
in words of its own read as the whole service, a relative clause cut from the earlier
date it hangs on, a quotation dated 'years after inspectors found'), and a fifth wave
(``WAVE29``) is the held-out measure: 12 articles about 12 more reports no article is
about, one of them (Isles of Scilly 2023) of a council no article was about. That one was
read in turn at the end of the session (a SEND area inspection's time read as this one's,
'has today published' undated), and a sixth wave (``WAVE30``), 12 articles about 12 more
reports, was the held-out measure.

Session 29 read that wave (a season dated by an earlier year, a duration of care
proceedings, 'It found ...' after a sentence naming the last inspection, all read as this
visit's; a claim asking for improvement called misleading for a hedge), wrote a seventh
(``WAVE31``), measured it held out at the session's start code and read it (a grade word
with a measure's level, a rating climbed out of, a part of the service, a visit's phrase
closing a rating's sentence), measured the eighth (``WAVE32``, written at the same time)
held out twice and read it, and wrote a ninth (``WAVE33``), held out whole: the honest
measure at the session's end.

Session 30 read that wave (a hedge ended by 'until'), wrote a tenth (``WAVE34``) on the
last 12 reports of councils outside the dev set that no article was about, measured it
held out at the session's start code and read it (a team of one part of a visit, a grade
said of the adoption scorecard, an item saying the inspection found none, an earlier
inspection dated otherwise by the report's account, figures picking the sentence, a
heading run into the list above it). Every such report then had an article, so the
eleventh and twelfth waves (``WAVE35``, ``WAVE36``) are about reports of the dev set's
*tune* part's councils that no article is about (never a test-part council's): drift35 was
measured held out twice (the start code; after drift33's and drift34's mends) and then
read (a difference in days read as the visit's length, Ofsted's 'priority action' read as
a speaker's word, a visit's year told otherwise, a review of the board read as another
body's); drift36 was held out whole, the honest measure at the session's end.

Session 31 read drift36 and wrote a thirteenth wave (``WAVE37``) on the last 12 reports
of the dev set's tune-part councils (and Surrey's separate review of its safeguarding
board) that no article was about, measured it held out whole at the session's start code,
and then halved it by council as the first waves are (``run_halves``): its tune half (8
articles) is read, its held-out half (4) measured as totals only.

Session 34 read that held-out half (its wrong flags: an account of the inspection of
services for children looked after read as a safeguarding claim's earlier grade, weeks
others told inspectors read as the visit's, a report printing its own publication day and
its board review's read by the first alone), so drift37 is printed in full from then on,
and a fourteenth wave (``WAVE38``) is the held-out measure: 12 articles by six more
writers about 12 reports the dev part's own real articles are about (every other report
of a council outside the test part had an article by then), held out whole and measured at
the session's start code.

Session 35 read drift38 claim by claim, so it is printed in full from then on, and a
fifteenth wave (``WAVE39``) is the held-out measure: 12 articles by six more writers
about 12 more reports the dev part's own real articles are about, held out whole and
measured at the session's start code. A sixteenth (``WAVE40``), on 12 of the last 13
such reports, was written in the same session once drift38's mends had landed, and is
held out whole: the honest measure at the session's end, once drift39 had been read in
turn.

Session 36 read drift40 claim by claim, so it is printed in full from then on, and a
seventeenth wave (``WAVE41``) is the held-out measure: 12 articles by seven more writers,
written when every report outside the test part had an article, so about reports of the
first waves again (each one's other articles written in sessions 24 to 29; Wigan's 2025
report had none), held out whole and measured at the session's start code.

Session 37 read drift41 claim by claim, so it is printed in full from then on, and an
eighteenth wave (``WAVE42``) is the held-out measure: 12 articles by six more writers about
reports of the earlier waves again (each one's other article written in sessions 24 to 30),
held out whole and measured at the session's start code.

Session 38 read drift42 claim by claim and wrote two more waves: a nineteenth
(``WAVE43``), 12 articles by six more writers on reports of the earlier waves (none
drift41's or drift42's), measured at the session's start code and again once drift42's
mends had landed, then read; and a twentieth (``WAVE44``), 12 more such articles by six
more writers, held out whole, measured at the code before any of drift43's mends.

Session 39 read drift44 claim by claim and wrote two more waves, each 12 articles by six
more writers on reports of the earlier waves (none drift41's to drift44's), both held out
whole and measured at the session's start code: a twenty-first (``WAVE45``), measured again
once drift44's mends had landed, then read; and a twenty-second (``WAVE46``).

Session 40 read drift46 claim by claim and wrote two more waves, each 12 articles by six
more writers on reports with one article each of drift26 to drift33 (none drift41's to
drift46's), both measured at the session's start code: a twenty-third (``WAVE47``),
measured again once drift46's mends had landed, then read; and a twenty-fourth
(``WAVE48``), held out whole.

Session 41 read drift48 claim by claim and wrote two more waves, each 12 articles by six
more writers on reports with one article each of drift28 to drift35 (none drift41's to
drift48's), both measured at the session's start code: a twenty-fifth (``WAVE49``),
measured again once drift48's mends had landed, then read; and a twenty-sixth
(``WAVE50``), held out whole.

Session 42 read drift50 claim by claim and wrote two more waves, each 12 articles by six
more writers on reports with one article each, of drift34 to drift37 or of the first
waves (none drift41's to drift50's), both measured at the session's start code: a
twenty-seventh (``WAVE51``), measured again once drift50's first mends were written, then
read; and a twenty-eighth (``WAVE52``), held out whole.

Session 43 read drift52 claim by claim and wrote two more waves, each 12 articles by six
more writers on reports with one article each, of drift37 to drift40 (none drift41's to
drift52's), both measured at the session's start code: a twenty-ninth (``WAVE53``),
measured again once drift52's first mends were written, then read; and a thirtieth
(``WAVE54``), held out whole.
"""

from __future__ import annotations

from verify.evaluation.agreement import show_agreement
from verify.evaluation.run import EvalRun
from verify.evaluation.written import WRITTEN_GOLD, run_halves, run_held_out, run_read

WAVE = "drift25"
"""The manifest's ``wave`` of this wave's entries."""
WAVE26 = "drift26"
"""The manifest's ``wave`` of session 26's drift wave, held out whole until session 27
read it."""
SECOND26 = WRITTEN_GOLD / "second_drift26"
"""Two articles of session 26's wave labelled again by a labeller who saw neither the
writers' gold nor the tool."""
WAVE27 = "drift27"
"""The manifest's ``wave`` of session 27's drift wave, held out whole until session 28
read it."""
SECOND27 = WRITTEN_GOLD / "second_drift27"
"""Two articles of session 27's wave labelled again by a labeller who saw neither the
writers' gold nor the tool."""
WAVE28 = "drift28"
"""The manifest's ``wave`` of session 28's first drift wave, held out whole until later in
the session."""
SECOND28 = WRITTEN_GOLD / "second_drift28"
"""Two articles of session 28's first wave labelled again by a labeller who saw neither the
writers' gold nor the tool."""
WAVE29 = "drift29"
"""The manifest's ``wave`` of session 28's second drift wave, held out whole until the end
of the session."""
SECOND29 = WRITTEN_GOLD / "second_drift29"
"""Two articles of session 28's second wave labelled again by a labeller who saw neither
the writers' gold nor the tool."""
WAVE30 = "drift30"
"""The manifest's ``wave`` of session 28's third drift wave, held out whole until session
29 read it."""
SECOND30 = WRITTEN_GOLD / "second_drift30"
"""Two articles of session 28's third wave labelled again by a labeller who saw neither
the writers' gold nor the tool."""

WAVE31 = "drift31"
"""The manifest's ``wave`` of session 29's first drift wave, measured held out once at the
session's start, then read."""
SECOND31 = WRITTEN_GOLD / "second_drift31"
"""Two articles of session 29's first wave labelled again by a labeller who saw neither the
writers' gold nor the tool."""
WAVE32 = "drift32"
"""The manifest's ``wave`` of session 29's second drift wave, held out whole until later
in the session (measured twice: at the session's start code and after drift31's mends)."""
SECOND32 = WRITTEN_GOLD / "second_drift32"
"""Two articles of session 29's second wave labelled again by a labeller who saw neither
the writers' gold nor the tool."""
WAVE33 = "drift33"
"""The manifest's ``wave`` of session 29's third drift wave, held out whole until session
30 read it."""
SECOND33 = WRITTEN_GOLD / "second_drift33"
"""Two articles of session 29's third wave labelled again by a labeller who saw neither the
writers' gold nor the tool."""

WAVE34 = "drift34"
"""The manifest's ``wave`` of session 30's first drift wave, measured held out once at the
session's start, then read."""
SECOND34 = WRITTEN_GOLD / "second_drift34"
"""Two articles of session 30's first wave labelled again by a labeller who saw neither the
writers' gold nor the tool."""
WAVE35 = "drift35"
"""The manifest's ``wave`` of session 30's second drift wave, on reports of the dev set's
tune-part councils: measured held out twice (the start code; after drift33's and drift34's
mends), then read."""
SECOND35 = WRITTEN_GOLD / "second_drift35"
"""Two articles of session 30's second wave labelled again by a labeller who saw neither
the writers' gold nor the tool."""
WAVE36 = "drift36"
"""The manifest's ``wave`` of session 30's third drift wave, on reports of the dev set's
tune-part councils, held out whole until session 31 read it."""
SECOND36 = WRITTEN_GOLD / "second_drift36"
"""Two articles of session 30's third wave labelled again by a labeller who saw neither the
writers' gold nor the tool."""
WAVE37 = "drift37"
"""The manifest's ``wave`` of session 31's drift wave, on the last reports of the dev set's
tune-part councils that no article was about: held out whole at the session's start code,
then halved by council, its tune half read."""
SECOND37 = WRITTEN_GOLD / "second_drift37"
"""Two articles of session 31's wave labelled again by a labeller who saw neither the
writers' gold nor the tool."""
WAVE38 = "drift38"
"""The manifest's ``wave`` of session 34's drift wave, on reports the dev part's real
articles are about (every other report of a council outside the test part had an
article): new wordings of reports seen through those articles, held out whole until
session 35 read it."""
WAVE39 = "drift39"
"""The manifest's ``wave`` of session 35's drift wave, on 12 more reports the dev part's
real articles are about, held out whole until drift40 was written and measured, then
read."""
WAVE40 = "drift40"
"""The manifest's ``wave`` of session 35's second drift wave, on 12 of the last 13 reports
the dev part's real articles are about, held out whole until session 36 read it."""
WAVE41 = "drift41"
"""The manifest's ``wave`` of session 36's drift wave, on reports of the first waves again
(every report outside the test part had an article by then), held out whole until session
37 read it."""
WAVE42 = "drift42"
"""The manifest's ``wave`` of session 37's drift wave, on reports of the earlier waves again
(none drift41's), held out whole."""
SECOND42 = WRITTEN_GOLD / "second_drift42"
"""Two articles of session 37's wave labelled again by a labeller who saw neither the
writers' gold nor the tool."""
WAVE43 = "drift43"
"""The manifest's ``wave`` of session 38's drift wave, on reports of the earlier waves again
(none drift41's or drift42's), held out whole."""
SECOND43 = WRITTEN_GOLD / "second_drift43"
"""Two articles of session 38's wave labelled again by a labeller who saw neither the
writers' gold nor the tool."""
WAVE44 = "drift44"
"""The manifest's ``wave`` of session 38's second drift wave, on reports of the earlier
waves again (none drift41's to drift43's), held out whole."""
SECOND44 = WRITTEN_GOLD / "second_drift44"
"""Two articles of session 38's second wave labelled again by a labeller who saw neither
the writers' gold nor the tool."""
WAVE45 = "drift45"
"""The manifest's ``wave`` of session 39's drift wave: 12 reports with one article each, of
drift26 to drift33 (none drift41's to drift44's), held out at the session's start and after
drift44's mends, then read."""
SECOND45 = WRITTEN_GOLD / "second_drift45"
"""Plymouth 2019 and Wolverhampton 2026 of session 39's wave, labelled again by a labeller
who saw neither the writers' gold nor the tool."""
WAVE46 = "drift46"
"""The manifest's ``wave`` of session 39's second drift wave: 12 more reports with one
article each of those waves (none drift45's), held out whole until session 40 read it."""
SECOND46 = WRITTEN_GOLD / "second_drift46"
"""Isles of Scilly 2019 and Sheffield 2019 of session 39's second wave, labelled again."""
WAVE47 = "drift47"
"""The manifest's ``wave`` of session 40's drift wave: 12 reports with one article each, of
drift26 to drift31 (none drift41's to drift46's), held out at the session's start and after
drift46's mends, then read."""
SECOND47 = WRITTEN_GOLD / "second_drift47"
"""Barnet 2019 and Medway 2019 of session 40's wave, labelled again by a labeller who saw
neither the writers' gold nor the tool."""
WAVE48 = "drift48"
"""The manifest's ``wave`` of session 40's second drift wave: 12 more reports with one
article each, of drift28 to drift33 (none drift47's), held out whole."""
SECOND48 = WRITTEN_GOLD / "second_drift48"
"""Stockport 2025 and Southend-on-Sea 2024 of session 40's second wave, labelled again."""
WAVE49 = "drift49"
"""The manifest's ``wave`` of session 41's drift wave: 12 reports with one article each, of
drift28 to drift34 (none drift41's to drift48's), held out at the session's start and after
drift48's mends, then read."""
SECOND49 = WRITTEN_GOLD / "second_drift49"
"""Plymouth 2015 and Merton 2017 of session 41's wave, labelled again by a labeller who saw
neither the writers' gold nor the tool."""
WAVE50 = "drift50"
"""The manifest's ``wave`` of session 41's second drift wave: 12 more reports with one
article each, of drift32 to drift35 (none drift49's), held out whole."""
SECOND50 = WRITTEN_GOLD / "second_drift50"
"""Somerset 2015 and Herefordshire 2018 of session 41's second wave, labelled again."""
WAVE51 = "drift51"
"""The manifest's ``wave`` of session 42's drift wave: 12 reports with one article each, of
drift34 to drift37 or of the first waves (none drift41's to drift50's), held out at the
session's start and after drift50's first mends, then read."""
SECOND51 = WRITTEN_GOLD / "second_drift51"
"""Derby 2025 and Reading 2019 of session 42's wave, labelled again by a labeller who saw
neither the writers' gold nor the tool."""
WAVE52 = "drift52"
"""The manifest's ``wave`` of session 42's second drift wave: 12 more reports with one
article each, of drift36 and drift37 (none drift51's), held out whole through session 42,
read in session 43."""
SECOND52 = WRITTEN_GOLD / "second_drift52"
"""Croydon 2020 and Havering 2018 of session 42's second wave, labelled again."""
WAVE53 = "drift53"
"""The manifest's ``wave`` of session 43's drift wave: 12 reports with one article each, of
drift37 to drift40 (none drift41's to drift52's), held out at the session's start and after
drift52's first mends, then read."""
SECOND53 = WRITTEN_GOLD / "second_drift53"
"""Harrow 2025 and Leicester 2017 of session 43's wave, labelled again by a labeller who saw
neither the writers' gold nor the tool."""
WAVE54 = "drift54"
"""The manifest's ``wave`` of session 43's second drift wave: 12 more reports with one
article each, of drift37 to drift40 (none drift53's), held out whole."""
SECOND54 = WRITTEN_GOLD / "second_drift54"
"""Two articles of session 43's second wave, labelled again."""
DEV_COUNCIL_WAVES = (WAVE35, WAVE36, WAVE37)
"""The waves about reports of the dev set's tune-part councils (every report of a council
outside the dev set had an article by then); never a test-part council's."""

SECOND = WRITTEN_GOLD / "second_drift"
"""Three drift articles (two of the tune half, one held out) labelled again by a labeller
who saw neither the writers' gold nor the tool."""


def run(ev: EvalRun) -> None:
    """Each half of the drift wave, the second labeller's agreement with its gold, then
    the later waves read, and the last wave written, held out whole."""
    if run_halves(ev, WAVE, "drift articles"):
        show_agreement(ev.console, WRITTEN_GOLD, SECOND, "drift articles")
        read = (
            (WAVE26, SECOND26, "drift articles of session 26"),
            (WAVE27, SECOND27, "drift articles of session 27"),
            (WAVE28, SECOND28, "drift articles of session 28"),
            (WAVE29, SECOND29, "drift articles of session 28, second wave"),
            (WAVE30, SECOND30, "drift articles of session 28, third wave"),
            (WAVE31, SECOND31, "drift articles of session 29"),
            (WAVE32, SECOND32, "drift articles of session 29, second wave"),
            (WAVE33, SECOND33, "drift articles of session 29, third wave"),
            (WAVE34, SECOND34, "drift articles of session 30"),
            (WAVE35, SECOND35, "drift articles of session 30, second wave"),
            (WAVE36, SECOND36, "drift articles of session 30, third wave"),
            (WAVE37, SECOND37, "drift articles of session 31"),
        )
        for wave, second, what in read:
            run_read(ev, wave, what)
            show_agreement(ev.console, WRITTEN_GOLD, second, what)
        run_read(ev, WAVE38, "drift articles of session 34")
        run_read(ev, WAVE39, "drift articles of session 35")
        run_read(ev, WAVE40, "drift articles of session 35, second wave")
        run_read(ev, WAVE41, "drift articles of session 36")
        run_read(ev, WAVE42, "drift articles of session 37")
        show_agreement(ev.console, WRITTEN_GOLD, SECOND42, "drift articles of session 37")
        run_read(ev, WAVE43, "drift articles of session 38")
        show_agreement(ev.console, WRITTEN_GOLD, SECOND43, "drift articles of session 38")
        run_read(ev, WAVE44, "drift articles of session 38, second wave")
        show_agreement(
            ev.console, WRITTEN_GOLD, SECOND44, "drift articles of session 38, second wave"
        )
        run_read(ev, WAVE45, "drift articles of session 39")
        show_agreement(ev.console, WRITTEN_GOLD, SECOND45, "drift articles of session 39")
        run_read(ev, WAVE46, "drift articles of session 39, second wave")
        show_agreement(
            ev.console, WRITTEN_GOLD, SECOND46, "drift articles of session 39, second wave"
        )
        run_read(ev, WAVE47, "drift articles of session 40")
        show_agreement(ev.console, WRITTEN_GOLD, SECOND47, "drift articles of session 40")
        run_read(ev, WAVE48, "drift articles of session 40, second wave")
        show_agreement(
            ev.console, WRITTEN_GOLD, SECOND48, "drift articles of session 40, second wave"
        )
        run_read(ev, WAVE49, "drift articles of session 41")
        show_agreement(ev.console, WRITTEN_GOLD, SECOND49, "drift articles of session 41")
        run_read(ev, WAVE50, "drift articles of session 41, second wave")
        show_agreement(
            ev.console, WRITTEN_GOLD, SECOND50, "drift articles of session 41, second wave"
        )
        run_read(ev, WAVE51, "drift articles of session 42")
        show_agreement(ev.console, WRITTEN_GOLD, SECOND51, "drift articles of session 42")
        run_read(ev, WAVE52, "drift articles of session 42, second wave")
        show_agreement(
            ev.console, WRITTEN_GOLD, SECOND52, "drift articles of session 42, second wave"
        )
        run_read(ev, WAVE53, "drift articles of session 43")
        show_agreement(ev.console, WRITTEN_GOLD, SECOND53, "drift articles of session 43")
        if run_held_out(ev, WAVE54, "drift articles of session 43, second wave"):
            show_agreement(
                ev.console, WRITTEN_GOLD, SECOND54, "drift articles of session 43, second wave"
            )
