"""A derived set of paraphrased findings: the reports' own summaries (lane summaries23).

Releases paraphrase what a report found, and real paraphrases of a report's findings stand
inside it: an ILACS report opens with a summary of its findings that its numbered paragraphs
develop, a SIF report with an executive summary, a summary for children and young people
and a summary heading each judgement's section. The rule, written before the tool was run
on the set:

- Sources: every report in ../shared/corpora/ofsted/reports of a council that is not a test
  council (corpora/gold/dev/split.json), with an overall grade.
- Summary passages: those the parser calls ``summary`` and the SIF judgement sections' own
  summaries (an ``other`` passage opening 'Summary '). The *body* is the report with them
  taken out: their passages dropped and their text blanked (offsets kept), so nothing can
  be found in the summary itself.
- Items: each summary sentence of 12 to 40 words with no digit and none of 'Ofsted',
  'report', 'inspect' (the boilerplate about the inspection), not opening with a word that
  points back ('This', 'They', 'As a result', ``_POINTS_BACK``: what it says is in the
  sentence before, which a release would have to say too), of which at least 75% of the
  content words (``check.common.content_words``) recur somewhere in the body: the
  criterion that the body restates it (a summary sentence the body never develops has no
  truth here). At most ``PER_REPORT`` of a report's items, the first by a stable hash.
- Release: 'Inspectors found that ' and the sentence, its first letter lowered. An item
  is kept when extraction makes finding claims of it and nothing else (a grade or a
  comparison is another set's business).
- Truth: checked against its own report's body, each finding claim is ``supported``
  (recall). Negatives: an item that praises (no critical words,
  ``check.negation.restated.criticises``) from a report graded good or outstanding
  overall, checked against the body of another council's report (same half) graded
  inadequate, and an item that criticises from an inadequate report against a good or
  outstanding one: none of its finding claims may be ``supported`` (false support).
- Halves: by council, the first byte of sha256('summaries23:' + folder) even: tune, else
  held-out. Per-item results are read on the tune half only.

Noise, read by hand on the tune half (session 23): of 24 positives read with the body
sentence MiniLM supported them by, about 3 in 24 are not restated in the body (a
pandemic-era visit's 'face-to-face visits throughout', a 'strong focus on public health'),
and 7 were supported by a sentence that does not say it (a heading, boilerplate, another
topic): recall overstates right support. Of 20 negatives read, 4 or 5 are generic praise or
criticism that the other report may well make too ('additional investment has been
provided to strengthen services', 'political leaders are committed corporate parents'), so
false support has a floor near 0.2. Which side a negative's sentence is on is read with the
tool's own word list (``criticises``): a change to it can move an item (session 23's
'strengths and weaknesses' moved one, 913 items to 914).

Item text is never stored: an item is its report's path and the sentence's offsets.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from verify.check.common import content_words
from verify.check.negation.restated import criticises
from verify.errors import VerifyError
from verify.evaluation.halves import half, test_councils
from verify.match.index import split_sentences
from verify.report import load_report
from verify.settings import Settings
from verify.types import Passage, Report

PER_REPORT = 3
"""At most this many items of one report (the set stays at hundreds, not thousands)."""

RECUR_MIN = 0.75
"""The share of a sentence's content words the body must hold for the item to be kept."""

_WORDS = (12, 40)
_BOILERPLATE = re.compile(r"\d|ofsted|report|inspect", re.I)
_POINTS_BACK = re.compile(
    r"(?:this|these|that|those|they|their|it|its|he|she|such|however|as a result|consequently"
    r"|in others|in addition|also|similarly|despite this)\b",
    re.I,
)
FRAME = "Inspectors found that "
PRAISED = frozenset({"good", "outstanding"})
CRITICISED = frozenset({"inadequate"})


SALT = "summaries23:"
"""The salt of this set's halves (``verify.evaluation.halves``)."""


@dataclass(frozen=True)
class Item:
    """One summary sentence: where it stands and which report it is checked against."""

    council: str
    source: str
    """The report (path) the sentence is from."""
    start: int
    end: int
    against: str
    """The report (path) whose body it is checked against: ``source`` for a positive."""
    positive: bool
    half: str


def _where(path: str | Path) -> str:
    """A report's place in the corpus (council folder and file), the same on every machine:
    the set's choices hash it, never the absolute path (a checkout elsewhere, CI's, chose
    other sentences)."""
    return f"{Path(path).parent.name}/{Path(path).name}"


def _stable(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def is_summary(p: Passage) -> bool:
    """A passage that sums up the report: the parser's summaries and SIF sections' own."""
    return p.kind == "summary" or (p.kind == "other" and p.text.startswith("Summary "))


@lru_cache(maxsize=512)
def body(path: str, settings: Settings) -> Report:
    """The report at ``path`` with its summary passages taken out: dropped, and their text
    blanked in the report's text (offsets kept) so no search can reach it; its sha256 is
    another, so nothing cached of the whole report is read for it."""
    report = load_report(path, settings)
    text = list(report.text)
    for p in report.passages:
        if is_summary(p):
            text[p.start : p.end] = " " * (p.end - p.start)
    sha = _stable(f"summaries23-body:{report.sha256}")
    kept = [p for p in report.passages if not is_summary(p)]
    return report.model_copy(update={"text": "".join(text), "passages": kept, "sha256": sha})


def overall(report: Report) -> str | None:
    return next((j.grade for j in report.judgements if j.name == "overall_effectiveness"), None)


def sentence_text(report: Report, start: int, end: int) -> str:
    return " ".join(report.text[start:end].lstrip("•· ").split())


def framed(sentence: str) -> str:
    """The sentence told as a release tells a finding."""
    return FRAME + sentence[:1].lower() + sentence[1:]


def candidates(report: Report, whole: Report) -> list[tuple[int, int]]:
    """The summary sentences of ``whole`` kept by the rule, against its ``report`` body."""
    held = {w for s in _body_sentences(report) for w in content_words(s)}
    kept = []
    for p in whole.passages:
        if not is_summary(p):
            continue
        for s in split_sentences(p, whole.text):
            text = sentence_text(whole, s.start, s.end)
            n = len(text.split())
            words = content_words(text)
            if not _WORDS[0] <= n <= _WORDS[1] or _BOILERPLATE.search(text) or not words:
                continue
            if _POINTS_BACK.match(text):
                continue
            if len(words & held) / len(words) >= RECUR_MIN:
                kept.append((s.start, s.end))
    return kept


def _body_sentences(report: Report) -> list[str]:
    return [s.text for p in report.passages for s in split_sentences(p, report.text)]


def sources(shared: Path) -> list[tuple[str, str]]:
    """(council folder, report path) of every report of a council outside the test part."""
    test = test_councils()
    folder = shared / "corpora" / "ofsted" / "reports"
    return [
        (c.name, str(pdf))
        for c in sorted(folder.iterdir())
        if c.is_dir() and c.name not in test
        for pdf in sorted(c.glob("*.pdf"))
    ]


def derive(shared: Path, settings: Settings, councils: frozenset[str] | None = None) -> list[Item]:
    """The set by the rule: positives, then a negative for each of a polar report's; of
    the ``councils`` (folder names) alone when given, a sample the tests check in bounded
    time (its negatives against one another's reports)."""
    positives, grades = [], {}
    for council, path in sources(shared):
        if councils is not None and council not in councils:
            continue
        try:
            whole = load_report(path, settings)
        except VerifyError:  # an HTML page saved as a PDF, or another report never printed
            continue
        grades[path] = (council, overall(whole))
        if grades[path][1] is None:
            continue
        spans = sorted(
            candidates(body(path, settings), whole), key=lambda s: _stable(f"{_where(path)}{s}")
        )
        side = half(council, SALT)
        positives += [Item(council, path, a, b, path, True, side) for a, b in spans[:PER_REPORT]]
    negatives = []
    for item in positives:
        wanted = _opposite(grades[item.source][1], _praises(item, settings))
        others = sorted(
            (
                p
                for p, (c, g) in grades.items()
                if g in wanted and c != item.council and half(c, SALT) == item.half
            ),
            key=lambda p: _stable(f"{_where(item.source)}{item.start}{_where(p)}"),
        )
        if others:
            negatives.append(
                Item(item.council, item.source, item.start, item.end, others[0], False, item.half)
            )
    return positives + negatives


def _praises(item: Item, settings: Settings) -> bool:
    text = sentence_text(load_report(item.source, settings), item.start, item.end)
    return not criticises(text)


def _opposite(grade: str | None, praises: bool) -> frozenset[str]:
    """The grades a negative's report may have: inadequate for praise from a report graded
    good or outstanding, good or outstanding for criticism from an inadequate one; none
    for a sentence that goes against its own report's grade, or a grade between."""
    if grade in PRAISED and praises:
        return CRITICISED
    if grade in CRITICISED and not praises:
        return PRAISED
    return frozenset()
