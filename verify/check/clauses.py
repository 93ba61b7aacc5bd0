"""A verdict placed on the clause it is about.

A sentence stating two things ('... now take 29 weeks, quicker than the 40-week average')
is one claim, and a flag on it flagged both: the right half beside the wrong one (five of
the seven wrong flags left on the read sets in session 31, each on a sentence gold labels
clause by clause). Likewise a sentence the report bears out in part ('Children wait an
average of 547 days ..., and Lewisham's adoption service is among the best performing in
London', read whole as a vague standing) was left not checkable whole. When a sentence is
flagged, or left not checkable with no flag held back, its halves
(``verify.extract.claims.halves``) are checked on their own, and the first cut whose
verdicts show where the sentence's belongs replaces it: the flag stands on the words it is
about, and the journalist sees the rest supported. A flag's half may stand beside one that
reads as no claim of its own ('..., and some social workers were responsible for as many as
55 children'): that half is shown not checked. Nothing changes where no cut shows it: a
flag that needs the whole sentence stays on the whole sentence, and a supported sentence
is cut only when the passage supporting it gives none of some figures it tells
(``figures_unread``): a half telling them, contradicted on its own, takes the flag
('Adoption orders were made for 44 children in 2013-14, up 45 per cent on the previous
year, and children waited an average of 450 days ...': drift49, supported by the 450
days' sentence, the report's 38 per cent unread).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from verify.check.common import verdict
from verify.check.finding.figures import _figures
from verify.extract.claims.halves import Cut
from verify.types import FLAGS, CheckedClaim, Claim


def placeable(checked: CheckedClaim) -> bool:
    """True for a flag, or a not checkable that holds none back (a flag held back stays on
    the sentence its check read), or a supported finding whose figures its support leaves
    unread (``figures_unread``)."""
    if checked.verdict == "not_checkable":
        return checked.held_back is None
    return checked.verdict in FLAGS or figures_unread(checked)


def figures_unread(checked: CheckedClaim) -> bool:
    """True for a finding supported by a passage that gives none of some of its figures:
    what it says of them was never read against the report."""
    if checked.kind != "finding" or checked.verdict != "supported" or not checked.evidence:
        return False
    return bool(_unread(checked))


def _unread(checked: CheckedClaim) -> set[str]:
    """The figures a checked claim gives that its first evidence does not."""
    return _figures(checked.text) - _figures(checked.evidence[0].text)


def halves_judged(cut: Cut, checked: CheckedClaim) -> list[Claim]:
    """The halves of ``cut`` that ``on_its_clause`` may judge for ``checked``: those that
    read as claims, and the unread one too beside a flag (``_beside_unread``) or a not
    checkable (``_both_borne_out``); the caller encodes their lookups in one batch."""
    if cut.unread and checked.verdict != "supported":
        return [cut.one, cut.two]
    return cut.read()


def on_its_clause(
    checked: CheckedClaim, cuts: list[Cut], judge: Callable[[Claim], CheckedClaim]
) -> list[CheckedClaim]:
    """``checked``, or the two halves of the first of ``cuts`` (the sentence's, when it is
    ``placeable``) whose verdicts by ``judge`` show where its verdict belongs
    (``_placed_by``, ``_beside_unread``)."""
    for cut in cuts:
        if cut.unread:
            pair = _beside_unread(cut, checked, judge)
        else:
            pair = [judge(cut.one), judge(cut.two)]
            pair = pair if _placed_by({c.verdict for c in pair}, checked.verdict) else None
        if pair and checked.verdict == "supported" and not _its_figures_flagged(pair, checked):
            pair = None
        if pair:
            return [_told_whole(half, checked) for half in pair]
    return [checked]


def _told_whole(half: CheckedClaim, whole: CheckedClaim) -> CheckedClaim:
    """``half``, and when it is left not checkable as its sentence was, what the check of
    the whole sentence found too: read whole, the sentence may have found the passage its
    figures differ from ('Use of agency social workers is just 5.5%, against a national
    figure of 15%': the report's 12%), which the half alone, with fewer words, may not."""
    if half.verdict != "not_checkable" or whole.verdict != "not_checkable":
        return half
    if half.explanation == whole.explanation:
        return half
    why = f"{half.explanation} Read with the rest of its sentence: {whole.explanation}"
    evidence = half.evidence + [e for e in whole.evidence if e not in half.evidence]
    return half.model_copy(update={"explanation": why, "evidence": evidence})


def _placed_by(halves: set[str], whole: str) -> bool:
    """True when the halves' verdicts show where the whole's belongs: one half supported
    and the other judged as the whole was; or, for a sentence left not checkable, both
    supported, each by a passage of its own where none says the whole ('Social work
    vacancies have more than halved, ..., and care proceedings now take an average of 27
    weeks': drift33, the whole matched the passage on proceedings, without the
    vacancies' figures); or, for a supported one, one half supported and the other
    contradicted (``_its_figures_flagged``)."""
    if whole == "supported":
        return halves == {"supported", "contradicted"}
    return halves == {"supported", whole} or (whole == "not_checkable" and halves == {"supported"})


def _its_figures_flagged(pair: list[CheckedClaim], whole: CheckedClaim) -> bool:
    """True when the contradicted half of a supported finding tells figures its whole's
    support left unread: the contradiction is of what the support never said."""
    unread = _unread(whole)
    return any(c.verdict == "contradicted" and _figures(c.text) & unread for c in pair)


_FRONTED = re.compile(
    r"\W*(?:in|at|on|of|for|from|among|across|during|after|before|since|within|under|over)\b",
    re.I,
)
"""A half opening on a preposition: a phrase fronted to the clause after it ('In 13 of the
19 cases seen involving child sexual exploitation, children did not benefit ...': drift34,
gold's one claim), which states nothing alone, so the whole's flag stays whole."""


def _beside_unread(
    cut: Cut, checked: CheckedClaim, judge: Callable[[Claim], CheckedClaim]
) -> list[CheckedClaim] | None:
    """For a flag, the cut's half that reads as a claim flagged alike on its own, and the
    other shown not checked (drift30: 'At the last full inspection, in July 2019, every area
    inspected was judged inadequate, and some social workers were responsible for as many
    as 55 children' flagged the caseloads with the grades); for a sentence left not
    checkable, both halves when each is borne out (``_both_borne_out``); else None."""
    if checked.verdict not in FLAGS:
        return _both_borne_out(cut, checked, judge)
    (read,) = cut.read()
    said = judge(read)
    unread = cut.one if cut.unread == 1 else cut.two
    if (
        said.verdict == "supported"
        and not _FRONTED.match(unread.text)
        and (own := judge(unread)).verdict == checked.verdict
    ):
        # The flag is the unread half's, read as its sentence was ('Ofsted has made eight
        # monitoring visits since the 2018 judgement, and the watchdog found that while
        # some progress had been made, ...': drift40, the count's half).
        return [own, said] if cut.unread == 1 else [said, own]
    if said.verdict != checked.verdict:
        return None
    why = "Says nothing the check reads on its own; the flag is on the clause beside it."
    rest = verdict(unread, "not_checkable", why)
    return [rest, said] if cut.unread == 1 else [said, rest]


def _both_borne_out(
    cut: Cut, checked: CheckedClaim, judge: Callable[[Claim], CheckedClaim]
) -> list[CheckedClaim] | None:
    """For a sentence left not checkable, both halves of a cut with one unread half, when
    each is supported on its own, the unread one read as its sentence was (as
    ``_placed_by`` places two halves that read as claims): '80 per cent of children
    adopted were placed within 12 months ..., and there have been no adoption disruptions
    since April 2010' (drift51: the first half's passage, with no negation, left the whole
    not checkable); else None. Each half's passage must all but restate it
    (``_BORNE_OUT_MIN``): halves supported by passages that share a third of their words
    ('Permanency planning is not considered for all children at their second review' and
    'this has led to delays ...' against a report praising permanence, a stress set's
    summary sentence told against a report of the opposite grade) say nothing the whole
    did not."""
    if checked.verdict != "not_checkable":
        return None
    pair = [judge(cut.one), judge(cut.two)]
    borne_out = all(
        c.verdict == "supported" and c.evidence and c.evidence[0].score >= _BORNE_OUT_MIN
        for c in pair
    )
    return pair if borne_out else None


_BORNE_OUT_MIN = 0.8
"""The score of the passage supporting each half of a not-checkable sentence cut in two, at
the least, for the cut to stand (``_both_borne_out``): a passage that all but restates it."""
