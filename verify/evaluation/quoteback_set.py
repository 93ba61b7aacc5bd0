"""A derived set: releases quoting real report sentences, truth given by the edit made
(lane quoteback, session 23).

The rule, written before the tool was run on the set. For each council in
../shared/corpora/ofsted/reports outside the dev set's test part (``split.json``'s
``test_councils``), one of its reports (picked by a stable hash) gives report sentences:
those of its numbered and summary passages with 10 to 45 words, opening with a capital and
closing with a full stop, holding no quotation mark, bracket, bullet or slash, no hyphen
with a space beside it, no word of over 20 letters and no page furniture ('Ofsted',
'inspection of', 'page'): text a journalist copies as printed. Each is quoted in one form,
the forms taken in turn, each in its own paragraph under a framing giving it to the report
or inspectors ('The report said:', 'Inspectors said', 'Ofsted found that', after it: ', the
report said.'). The form's edit gives the truth (../shared/dev/README.md):

- ``supported``: the whole sentence in curly marks or straight; a clause from after its
  first comma (a sentence starting mid-way); a phrase of 3 to 8 of its words, with no
  'not', 'no', 'never', 'nor' among the three words before it (words cut from their
  negation mislead: added on reading the tune half, where three such were the rule's
  truth wrong); its first
  and last words with the middle left out by an ellipsis; two sentences of one passage
  with the one between them left out by an ellipsis; two adjacent sentences, each its own
  release paragraph (a quotation over two paragraphs); the sentence without its full stop,
  the release's sentence going on after it; a 'What needs to improve' item of 4 to 30
  words (its stop or semicolon left off); a sentence holding a quotation in single curly
  marks (a child's words) quoted whole; the sentence with 'fi' copied as the PDF's
  ligature 'ﬁ' (the same letters).
- ``minor_variation``: an opening pronoun replaced by '[the council]'; a British
  spelling of a list written the American way; 'is', 'are', 'has', 'have', 'was', 'were'
  put in the other number; one 'the' dropped; the opening capital lowered after 'Ofsted
  found that'; a sentence holding a quotation in double curly marks, those made single;
  an '-ise' word (six letters or more) spelled '-ize'; a typing slip (two inner letters
  of the first word of eight letters or more swapped: a spelling); a word of eight
  letters or more broken by a hyphen as at a PDF line's end (hyphenation); '%' written
  'per cent'; the sentence's opening left out by a leading ellipsis, its capital lowered
  (a change of case: first written down as supported, corrected on reading the tune half).
- ``spliced``: two sentences of one passage, the one between them left out, joined with
  no ellipsis.
- ``misquoted``: a word of a list of evaluative words replaced by another of like sense
  (or, with none, the longest word of seven letters or more replaced by 'particular', one
  of its own forms, 'particularly', never: that is an inflection, a minor variation); a
  'not' added after the first auxiliary or the report's 'not' dropped; a number changed
  by two; the first word of six letters or more in '-ly' (an adverb mostly) dropped, no
  ellipsis.
- ``misattributed``: a sentence of another council's report (its source named in the
  item), not printed in this report, with no digit and no capital after its first word
  (added on reading the tune half: a year or a name in another report's words makes the
  whole release look like another inspection's, a warning rightly given, which then
  withholds every true quotation of the release).

Second version (written after the first measurement, before the tool was run on it):
three framings news prints, each ``supported``, of sentences no form above took: a
sentence in single curly marks; a sentence cut at its first comma (four words or more
each side) and interrupted there by its attribution ('“A,” the report said, “B.”', an
item each side); two phrases of 4 to 8 words (the phrase rule above) of two sentences
in one sentence of the release ('Inspectors praised “A” and “B”.').

Third version (written after the second's measurement, before the tool was run on it):
a quotable sentence the report runs over a page's end, quoted whole, ``supported``.

An edit that finds nothing to edit (no pronoun to bracket, no number) leaves the sentence
to the next form. Each release holds the quotations of one report, so each council is in
one half: ``tune`` or ``held-out`` by the parity of sha256('quoteback:' + folder). Only
locators and the rule live here: the sentences are read from the reports at run time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from verify.evaluation import derived
from verify.evaluation.halves import pick, test_councils
from verify.evaluation.quoteback_edits import SENTENCE_FORMS, phrase
from verify.types import Report
from verify.words.sentences import sentence_spans

FAITHFUL = ("supported", "minor_variation")
"""The truths that carry no flag: a flag on either is a false one."""


SALT = "quoteback:"
"""The salt of this set's halves (``verify.evaluation.halves``)."""


@dataclass(frozen=True)
class Item:
    """One quotation of a derived release: where its words stand in the release (``locator``,
    unique there), its form, the truth the rule gives and, for another council's words, the
    folder of the council they are from."""

    form: str
    truth: str
    locator: str
    source: str | None = None


class Derived(derived.Derived):
    """One derived release of this set, named after its council: the report it quotes
    (council folder and file), its text and its quotations (``Item``)."""

    salt = SALT


def councils(reports_dir: Path) -> list[str]:
    """The council folders the set may draw on: all but the test part's councils."""
    test = test_councils()
    return sorted(p.name for p in reports_dir.iterdir() if p.is_dir() and p.name not in test)


def report_of(reports_dir: Path, folder: str) -> str:
    """The report of ``folder`` the set quotes, picked by a stable hash of the folder."""
    files = sorted(p.name for p in (reports_dir / folder).glob("*.pdf"))
    return files[pick(f"report:{folder}", len(files))]


_FURNITURE = re.compile(r"ofsted|inspection of|\bpage\b", re.I)
_REFUSED = re.compile(r"[()\[\]•/]|\w-\s|\s-\w")
_MARKS = re.compile(r"['‘’“”\"]")
_INNER = re.compile(r"(?<!\w)[‘“][^‘’“”]{3,}[’”](?!\w)")


def _quotable(s: str) -> bool:
    words = s.split()
    return (
        10 <= len(words) <= 45
        and s[0].isupper()
        and s.endswith(".")
        and not s.endswith("..")
        and "\n" not in s
        and not _REFUSED.search(s)
        and not _FURNITURE.search(s)
        and max(len(w) for w in words) <= 20
    )


def _report_sentences(report: Report) -> Iterator[str]:
    for passage in report.passages:
        if passage.kind in ("numbered", "summary"):
            for a, b in sentence_spans(passage.text):
                yield passage.text[a:b].strip()


def sentences(report: Report) -> list[str]:
    """The report's sentences a release may quote as printed (the module's criterion),
    each once, in report order."""
    picked = (s for s in _report_sentences(report) if _quotable(s) and not _MARKS.search(s))
    return list(dict.fromkeys(picked))


def marked(report: Report) -> list[str]:
    """The report's quotable sentences holding a quotation in curly marks (a child's or a
    parent's words) and no other quotation mark."""
    picked = (
        s
        for s in _report_sentences(report)
        if _quotable(s) and _INNER.search(s) and not _MARKS.search(_INNER.sub("", s))
    )
    return list(dict.fromkeys(picked))


def improvements(report: Report) -> list[str]:
    """The report's 'What needs to improve' items of 4 to 30 words, with no mark, bracket
    or bullet inside, their closing stop left off."""
    out = []
    for p in report.improvements:
        item = p.text.strip().removesuffix(".").removesuffix(";")
        words = item.split()
        if (
            4 <= len(words) <= 30
            and "\n" not in item
            and not _REFUSED.search(item)
            and not _MARKS.search(item)
            and not _FURNITURE.search(item)
        ):
            out.append(item)
    return out


def over_page(report: Report) -> list[str]:
    """The report's quotable sentences (``sentences``) running over a page's end: the
    page's furniture stood between their lines in the PDF."""
    quotable = set(sentences(report))
    ends = [page.end for page in report.pages[:-1]]
    out = []
    for passage in report.passages:
        for a, b in sentence_spans(passage.text):
            s = passage.text[a:b].strip()
            at = passage.start + a
            if s in quotable and any(at < end < at + len(s) for end in ends):
                out.append(s)
    return out


def neighbours(report: Report) -> list[tuple[str, str, str]]:
    """Runs of three sentences of one passage, each quotable (``sentences``)."""
    quotable = set(sentences(report))
    runs = []
    for passage in report.passages:
        spans = [passage.text[a:b].strip() for a, b in sentence_spans(passage.text)]
        for i in range(len(spans) - 2):
            if all(s in quotable for s in spans[i : i + 3]):
                runs.append((spans[i], spans[i + 1], spans[i + 2]))
    return runs


# -- the edits: each returns the quoted words (None when it finds nothing to edit) --------

_FRAMES = (
    "The report said: “{q}”",
    "Inspectors said “{q}”",
    "Ofsted found that “{q}”",
    "“{q}” the report said.",
    "According to the report, “{q}”",
    "The inspectors wrote: “{q}”",
)


def _framed(form: str, quote: str, turn: int) -> str:
    if form == "unstopped":
        return f"Inspectors said “{quote}” in their report."
    if form == "lowered":
        return f"Ofsted found that “{quote}”"
    if form == "straight":
        return f'Inspectors said: "{quote}"'
    if form == "phrase":
        return f"The report highlighted “{quote}”."
    frame = _FRAMES[turn % len(_FRAMES)]
    if frame.startswith("“"):
        quote = quote.removesuffix(".") + ","
    return frame.format(q=quote)


def _forms(quotable: list[str]) -> Iterator[tuple[str, str, str]]:
    """(form, truth, quoted words) for the quotable sentences, the forms taken in turn, a
    sentence an edit finds nothing in going on to the next form."""
    turn = 0
    for s in quotable:
        for k in range(len(SENTENCE_FORMS)):
            form, truth, edit = SENTENCE_FORMS[(turn + k) % len(SENTENCE_FORMS)]
            if (quote := edit(s)) is not None and quote != s or form in ("whole", "straight"):
                yield form, truth, quote
                turn += k + 1
                break


def derive(
    folder: str,
    report_file: str,
    report: Report,
    other: tuple[str, Report] | None,
    size: int,
) -> Derived:
    """The release quoting ``size`` sentences of ``report`` by the rule, then two
    sentences skipped over by an ellipsis, a quotation over two paragraphs and, when
    ``other`` (a council's folder and report) is given, one of its sentences this report
    does not print."""
    title = " ".join(
        w if w in ("and", "of", "upon", "on", "the") else w.capitalize()
        for w in folder.split("_", 1)[1].split()
    )
    paras = [f"{title} children's services: Ofsted publishes its report", ""]
    items: list[Item] = []
    quotable = sentences(report)
    step = max(1, len(quotable) // (size + 1))
    chosen = quotable[::step][:size]
    for turn, (form, truth, quote) in enumerate(_forms(chosen)):
        paras += [_framed(form, quote, turn), ""]
        items.append(Item(form, truth, quote))
    if runs := neighbours(report):
        a, _, c = runs[pick(f"skip:{folder}", len(runs))]
        paras += [f"Inspectors said: “{a} … {c}”", ""]
        items.append(Item("skipped", "supported", a))
        items.append(Item("skipped", "supported", c))
        a, _, c = runs[pick(f"join:{folder}", len(runs))]
        if a not in "".join(paras):
            paras += [f"The report said: “{a} {c}”", ""]
            items.append(Item("joined", "spliced", f"{a} {c}"))
        a, b, _ = runs[-1 - pick(f"split:{folder}", len(runs))]
        if a not in paras[-2]:
            paras += [f"The report said: “{a}", "", f"“{b}”", ""]
            items.append(Item("split", "supported", a))
            items.append(Item("split", "supported", b))
    if inner := marked(report):
        s = inner[pick(f"marked:{folder}", len(inner))]
        quote = s.replace("“", "‘").replace("”", "’")
        paras += [f"The report said: “{quote}”", ""]
        items.append(Item("marked", "supported" if quote == s else "minor_variation", quote))
    if needs := improvements(report):
        item = needs[pick(f"improve:{folder}", len(needs))]
        paras += [f"The report said the council must improve “{item}”.", ""]
        items.append(Item("improvement", "supported", item))
    if crossing := [s for s in over_page(report) if s not in "".join(paras)]:
        s = crossing[pick(f"page:{folder}", len(crossing))]
        paras += [f"The report said: “{s}”", ""]
        items.append(Item("over_page", "supported", s))
    spare = [s for s in quotable if s not in chosen]
    more, found = _more_framings(folder, spare)
    paras += more
    items += found
    if other is not None:
        printed = squash(report.text)
        theirs = [
            s
            for s in sentences(other[1])
            if squash(s) not in printed and not re.search(r"\d|(?<=\s)[A-Z]", s)
        ]
        if theirs:
            s = theirs[pick(f"other:{folder}", len(theirs))]
            paras += [f"Inspectors also said: “{s}”", ""]
            items.append(Item("elsewhere", "misattributed", s, other[0]))
    text = "\n".join(paras).strip() + "\n"
    items = [i for i in items if text.count(i.locator) == 1]
    return Derived(folder.replace(" ", "_"), folder, report_file, text, tuple(items))


def _more_framings(folder: str, spare: list[str]) -> tuple[list[str], list[Item]]:
    """Paragraphs and items quoting sentences no other form took, as news prints them
    (the rule's second version): in single marks; interrupted by its attribution at a
    comma; two phrases of two sentences in one sentence of the release."""
    paras: list[str] = []
    items: list[Item] = []
    if not spare:
        return paras, items
    s = spare[pick(f"single:{folder}", len(spare))]
    paras += [f"Inspectors said: ‘{s}’", ""]
    items.append(Item("single", "supported", s))
    cut = [s for s in spare if _halves(s)]
    if cut:
        a, b = _halves(cut[pick(f"interrupted:{folder}", len(cut))])
        paras += [f"“{a},” the report said, “{b}”", ""]
        items += [
            Item("interrupted", "supported", a),
            Item("interrupted", "supported", b),
        ]
    pair = [p for s in spare[-6:] if (p := phrase(s)) and len(p.split()) >= 4]
    if len(pair) >= 2:
        paras += [f"Inspectors praised “{pair[0]}” and “{pair[1]}”.", ""]
        items += [
            Item("pair", "supported", pair[0]),
            Item("pair", "supported", pair[1]),
        ]
    return paras, items


def _halves(s: str) -> tuple[str, str] | None:
    """A sentence cut at its first comma with four words or more each side."""
    cut = s.find(", ")
    a, b = s[:cut], s[cut + 2 :]
    return (a, b) if cut > 0 and len(a.split()) >= 4 and len(b.split()) >= 4 else None


def squash(text: str) -> str:
    """``text`` lower-cased, all but its letters and digits left out: as printed, case,
    spaces and punctuation aside."""
    return re.sub(r"\W+", "", text.lower())
