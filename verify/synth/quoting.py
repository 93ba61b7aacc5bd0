"""A synthetic release's quotations and findings: clean, a minor variation or one planted
error each (``PLANTERS``), report sentences restated as findings and the officials' own
words."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from verify.synth.draft import OPINIONS, ReleaseDraft
from verify.synth.edits import MINOR, MISQUOTES, Edit, elide
from verify.synth.wording import Sentence, quotable

INSPECTOR_LEADS = (
    "Inspectors said: “{}”",
    "The report states: “{}”",
    "In their report, inspectors said: “{}”",
    "Ofsted inspectors noted: “{}”",
    "According to the report: “{}”",
)
FRAGMENT_LEADS = ("Inspectors found that “{}”.", "The report highlights that “{}”.")
FINDING_LEADS = ("The report found that {}", "Inspectors found that {}")


def _inspectors(r: ReleaseDraft, text: str, error: str, **gold) -> None:
    r.quote(r.rng.choice(INSPECTOR_LEADS), text, error, "inspectors", **gold)


_EDGE_WORDS = {
    "to",
    "and",
    "the",
    "of",
    "a",
    "an",
    "in",
    "for",
    "with",
    "are",
    "is",
    "by",
    "that",
    "which",
    "their",
    "who",
    "at",
    "on",
    "as",
    "or",
    "from",
    "this",
    "be",
}


def _fragment(sentence: str, rng: random.Random) -> str | None:
    """Six or more inner words of ``sentence`` that start and end on a content word."""
    words = sentence.split(" ")
    spans = [
        (i, j)
        for i in range(1, len(words) - 6)
        for j in range(i + 6, len(words))
        if words[i].isalpha()
        and words[i] not in _EDGE_WORDS
        and words[j - 1].rstrip(",.") not in _EDGE_WORDS
        and words[j - 1][-1:].isalpha()
    ]
    if not spans:
        return None
    i, j = rng.choice(spans)
    return " ".join(words[i:j])


def clean_quote(r: ReleaseDraft) -> bool:
    s = r.sentence()
    if not s:
        return False
    fragment = _fragment(s.text, r.rng) if r.rng.random() < 0.3 else None
    if fragment:
        r.quote(
            r.rng.choice(FRAGMENT_LEADS),
            fragment,
            "clean",
            "inspectors",
            sources=[s.passage],
            original=s.text,
            detail="verbatim fragment",
        )
        return True
    _inspectors(r, s.text, "clean", sources=[s.passage], original=s.text, detail="verbatim")
    return True


def _edited(r: ReleaseDraft, edit: Edit) -> tuple[Sentence, str, str] | None:
    """The first unused sentence that ``edit`` applies to, with the edited text."""
    for s in list(r.pool):
        done = edit(s.text, r.rng)
        if done:
            r.pool.remove(s)
            return s, *done
    return None


def minor_variation(r: ReleaseDraft) -> bool:
    """One kind of minor variation, chosen first so that rare kinds (spelling) are planted."""
    names = list(MINOR)
    r.rng.shuffle(names)
    for name in names:
        found = _edited(r, MINOR[name])
        if found:
            s, text, detail = found
            _inspectors(
                r,
                text,
                "minor_variation",
                sources=[s.passage],
                original=s.text,
                detail=f"{name}: {detail}",
            )
            return True
    return False


def marked_cut(r: ReleaseDraft) -> bool:
    """A quote with inner words cut at a marked ellipsis: only the report's words, so
    clean (supported), as the labelling conventions have it."""
    found = _edited(r, elide)
    if not found:
        return False
    s, text, detail = found
    cut = f"ellipsis: {detail}"
    _inspectors(r, text, "clean", sources=[s.passage], original=s.text, detail=cut)
    return True


def _misquote(error: str) -> Callable[[ReleaseDraft], bool]:
    def plant(r: ReleaseDraft) -> bool:
        found = _edited(r, MISQUOTES[error])
        if not found:
            return False
        s, text, detail = found
        _inspectors(r, text, error, sources=[s.passage], original=s.text, detail=detail)
        return True

    plant.__doc__ = f"A quote with one {error.removeprefix('quote_')} of words."
    return plant


def splice(r: ReleaseDraft) -> bool:
    """Two sentences (or a head and a tail) from non-adjacent paragraphs, no ellipsis."""
    a = r.sentence()
    partners = [s for s in r.pool if a and abs(s.order - a.order) >= 2]
    if not a or not partners:
        return False
    b = r.rng.choice(partners)
    r.pool.remove(b)
    if r.rng.random() < 0.5:
        text, how = f"{a.text} {b.text}", "two sentences"
    else:
        # Both parts at least six words, so each is recognisably its passage's text.
        head, tail = a.text.split(" "), b.text.split(" ")
        if len(head) < 8 or len(tail) < 8:
            r.pool.append(b)
            return False
        cut_a = r.rng.randrange(6, len(head) - 1)
        cut_b = r.rng.randrange(1, len(tail) - 5)
        text = " ".join(head[:cut_a]).rstrip(",") + " " + " ".join(tail[cut_b:])
        how = "head of one sentence, tail of another"
    _inspectors(
        r,
        text,
        "splice",
        sources=[a.passage, b.passage],
        original=f"{a.text} | {b.text}",
        detail=f"{how} from {a.passage} and {b.passage}",
    )
    return True


def council_to_inspectors(r: ReleaseDraft) -> bool:
    """A council official's words put in the inspectors' mouths."""
    words = r.opinion()
    _inspectors(r, words, "council_to_inspectors", detail="council's words given to inspectors")
    return True


def inspectors_to_council(r: ReleaseDraft) -> bool:
    """The report's words presented as a councillor's own."""
    s = r.sentence()
    if not s:
        return False
    r.quote(
        r.councillor_lead(),
        s.text,
        "inspectors_to_council",
        "council",
        sources=[s.passage],
        original=s.text,
        detail="report words given to a councillor",
    )
    return True


def other_report_quote(r: ReleaseDraft) -> bool:
    """A sentence from another council's report, attributed to this report's inspectors."""
    if not r.others:
        return False
    other = r.rng.choice(r.others)
    name = other.authority.lower()
    candidates = [s for s in quotable(other.passages) if name not in s.text.lower()]
    r.rng.shuffle(candidates)
    for s in candidates[:8]:
        if not r.in_report(s.text):
            r.used_others.append(other.source)
            _inspectors(
                r,
                s.text,
                "other_report_quote",
                sources=[s.passage],
                original=s.text,
                detail=f"from {other.authority}'s report",
            )
            return True
    return False


PLANTERS: dict[str, Callable[[ReleaseDraft], bool]] = {
    "clean": clean_quote,
    "marked_cut": marked_cut,
    "minor_variation": minor_variation,
    **{name: _misquote(name) for name in MISQUOTES},
    "splice": splice,
    "council_to_inspectors": council_to_inspectors,
    "inspectors_to_council": inspectors_to_council,
    "other_report_quote": other_report_quote,
}


_EARLIER = re.compile(r"\b(?:last|previous|earlier) (?:inspection|visit)\b|\bsince 20\d\d\b", re.I)


def finding(r: ReleaseDraft) -> bool:
    """A report sentence restated as a finding (unquoted), which the report supports.

    Not one about an earlier inspection: that is a comparison claim, another kind.
    """
    s = next((s for s in r.pool if not _EARLIER.search(s.text)), None)
    if not s:
        return False
    r.pool.remove(s)
    first = s.text.split(" ", 1)[0]
    proper = re.search(rf"[a-z,] {re.escape(first)}\b", r.report.text)
    said = s.text if proper else s.text[0].lower() + s.text[1:]
    r.out.claim(
        r.rng.choice(FINDING_LEADS).format(said),
        "finding",
        "clean",
        sources=[s.passage],
        original=s.text,
        detail="report sentence, unquoted",
    )
    r.out.end_paragraph()
    return True


def council_statement(r: ReleaseDraft) -> None:
    """The councillor's and director's own words: opinions, not checkable."""
    said = iter(r.rng.sample(OPINIONS, 4))
    for who, title in (
        (f"Councillor {r.councillor}", "cabinet member for children’s services"),
        (r.director, f"director of children’s services at {r.place} Council"),
    ):
        words = f"{next(said)} {next(said)}".format(place=r.place)
        r.quote(
            f"{who}, {title}, said: “{{}}”",
            words,
            "clean",
            "council",
            verdict="not_checkable",
            detail="a council official's opinion",
        )
