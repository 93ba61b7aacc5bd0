"""A derived set: the dev part's real quotations put into the dev part's real framings of
other articles, truth given by the framing's role (lane framings, session 23).

The rule, written before the tool was run on the set. The material is the dev part's
articles (../shared/dev/articles; the ids ``split.json`` does not list as test) and their
gold (corpora/gold/dev/<id>.json):

- A *framing* is the article paragraph (a line of its own) round a gold ``quote`` claim of
  role ``inspectors`` or ``council`` whose words stand between an opening mark just
  before them and a closing mark at most two characters after them, in a paragraph
  holding no other gold quote claim and no other quotation mark. The quoted stretch
  (between the marks) becomes a slot; its closing punctuation stays the framing's. When
  nothing but the quotation, punctuation, a pronoun and a verb of saying ('it said', 'she
  added') is left in the paragraph (a speaker named in the paragraph before), the
  paragraph before comes with it, as written.
- A *quotation* is the words of a gold ``quote`` claim that is (``inspectors``,
  ``supported``: the report's own words) or (``council``, ``not_checkable``: an
  official's words), of 4 to 60 words, within one paragraph, holding no quotation mark,
  its closing punctuation left off.
- Each quotation of an article A is put into two framings of articles of *other*
  councils, picked in turn by a stable hash, one in each of two releases checked against
  A's report (the article's report in the manifest): ``matched``, a framing of the
  quotation's own role, and ``crossed``, a framing of the other role.
- Truth, by the conventions (../shared/dev/README.md): every item is a claim of kind
  ``quote``; in an inspectors framing its role is ``inspectors``, in a council framing
  ``council``. Report words in an inspectors framing are ``supported``; anything in a
  council framing is ``not_checkable`` (an official's statement, even of the report's
  words); an official's words in an inspectors framing are ``misattributed``, save those
  whose words (case, spaces and punctuation aside) the report prints: those are left out
  (the rule cannot tell, so the criterion excludes them).

Second version (written after reading the tune half's results of the first, before the
tool was run on it), where the rule's truth was wrong or unknowable to a reader:

- a quotation whose gold span ends within three characters of the article's end (cut by
  the page's end: 'A number of recen') is left out;
- a framing whose paragraph before (brought for its speaker) is itself nothing but a
  quotation (the speaker two paragraphs away, out of the release) is left out;
- a framing naming its speaker only by a surname ('Russell said', 'said Mr Hackett')
  that it does not give in full, or by a pronoun ('he', 'she', 'they', 'it') with no
  person, report, Ofsted or inspector named in it, is left out (who speaks, and in what
  role, was told in the article's earlier text);
- an inspectors framing whose speaker is a person ('he', 'she', a title, 'Director',
  'inspector' and a name: an Ofsted official speaking) takes no official's words:
  words an Ofsted person says need not be the report's, so the report's lacking them
  shows no misattribution.

Third version (written after the second's measurement, before the tool was run on it):
a third release per article, ``again``, puts each quotation into a framing of its own
role once more, picked by another hash (a framing ``matched`` took is passed over for the
next of the pool), so more of the pool's framings meet more quotations.

A release opens with a headline naming A's council; its paragraphs are the framed
quotations in A's gold order. Each release holds the quotations of one article, so each
council is in one half: ``tune`` or ``held-out`` by the parity of sha256('framings:' +
folder). Only locators and the rule live here: the words are read from ../shared at run
time.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from verify.evaluation import derived
from verify.evaluation.halves import pick, split

OPENING = "“\"‘'"
CLOSING = "”\"’'"
_MARK = re.compile(r"[“”\"‘’]|(?<!\w)'|'(?!\w)")
_END = ".,;:!?…"
_MARK_SPANS = re.compile(r"[“\"][^”\"]*(?:[”\"]|$)")
ROLES = ("inspectors", "council")
_BARE = re.compile(r"\b(?:it|he|she|they|said|says|added|adds|continued|wrote|also)\b", re.I)


SALT = "framings:"
"""The salt of this set's halves (``verify.evaluation.halves``)."""


@dataclass(frozen=True)
class Framing:
    """A paragraph of a real article with its quotation's place left open: the text before
    and after the slot, the slot's closing punctuation, the paragraph before when it
    names the speaker, and the framing's role."""

    article: str
    folder: str
    role: str
    before: str
    after: str
    stop: str
    context: str = ""

    @property
    def a_person(self) -> bool:
        """True when the framing's speaker is a person (the second version's criterion)."""
        return bool(_PERSON.search(f"{self.context} {self.before} {self.after}"))

    def put(self, words: str) -> str:
        """The framing with ``words`` in its slot, the paragraph before first."""
        para = f"{self.before}“{words}{self.stop}”{self.after}"
        return f"{self.context}\n\n{para}" if self.context else para


@dataclass(frozen=True)
class Quotation:
    """A real quotation: its article, council folder, role and words (no closing stop)."""

    article: str
    folder: str
    role: str
    words: str


@dataclass(frozen=True)
class Item:
    """One framed quotation of a derived release: its words (the locator, unique in the
    release), the framing's article and role, and the truth the rule gives."""

    locator: str
    quoted_role: str
    framing: str
    role: str
    truth: str
    form: str


class Derived(derived.Derived):
    """One derived release of this set: its items are framed quotations (``Item``)."""

    salt = SALT


def _paragraph(text: str, start: int, end: int) -> tuple[int, int] | None:
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    b = len(text) if b < 0 else b
    return None if "\n" in text[start:end] else (a, b)


def _previous(text: str, a: int) -> str:
    lines = [line for line in text[:a].split("\n") if line.strip()]
    return lines[-1].strip() if lines else ""


_SURNAME = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr)\.? ([A-Z][\w’'-]+)|(?:^|[,”’])\s*([A-Z][a-z]+) (?:said|says|added|wrote)\b"
)
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\b")
_PERSON = re.compile(r"\b(?:[Hh]e|[Ss]he|Mr|Mrs|Ms|Dr)\b|Director|\binspector\s+[A-Z]")
_NAMED = re.compile(
    r"\b[A-Z][a-z]+ [A-Z][\w’'-]+|\b(?:report|Ofsted|[Ii]nspect\w*|watchdog|regulator)\b"
)


def _speaker_unknown(words: str) -> bool:
    """True when the framing names its speaker by a surname it does not give in full, or
    by a pronoun with no person or source named in it (the second version's criterion)."""
    for m in _SURNAME.finditer(words):
        name = m.group(1) or m.group(2)
        if not re.search(rf"\b(?!(?:Mr|Mrs|Ms|Dr)\b)[A-Z][\w’'-]+ {name}\b", words):
            return True
    return bool(_PRONOUN.search(words)) and not _NAMED.search(words)


def framing(
    article: str, folder: str, text: str, claim: dict, others: list[dict]
) -> Framing | None:
    """The framing round ``claim`` (the module's criterion), or None."""
    start, end = claim["start"], claim["end"]
    span = _paragraph(text, start, end)
    if claim.get("role") not in ROLES or span is None or start < 1:
        return None
    a, b = span
    if text[start - 1] not in OPENING:
        return None
    close = next((i for i in range(end, min(end + 3, b)) if text[i] in CLOSING), None)
    if close is None or text[end:close].strip(_END):
        return None
    if any(a <= o["start"] < b for o in others if o is not claim and o.get("kind") == "quote"):
        return None
    before, after = text[a : start - 1], text[close + 1 : b]
    if _MARK.search(before + after):
        return None
    stop = text[start:close].rstrip()[-1:] if text[start:close].rstrip()[-1:] in _END else ""
    alone = not re.search(r"\w", _BARE.sub("", before + after))
    context = _previous(text, a) if alone else ""
    if alone and (not context or not re.search(r"\w", _MARK_SPANS.sub("", context))):
        return None
    if _speaker_unknown(f"{context} {before} {after}"):
        return None
    return Framing(article, folder, claim["role"], before, after, stop, context)


def quotation(article: str, folder: str, text: str, claim: dict) -> Quotation | None:
    """The claim's words as a quotation (the module's criterion), or None."""
    pair = (claim.get("role"), claim.get("verdict"))
    if pair not in (("inspectors", "supported"), ("council", "not_checkable")):
        return None
    if claim["end"] >= len(text.rstrip()) - 3:
        return None
    words = text[claim["start"] : claim["end"]].strip().rstrip(_END).strip()
    if "\n" in words or _MARK.search(words) or not 4 <= len(words.split()) <= 60:
        return None
    return Quotation(article, folder, claim["role"], words)


def material(
    shared: Path, gold_dir: Path
) -> tuple[list[Framing], list[Quotation], dict[str, dict]]:
    """The dev part's framings and quotations, and the manifest rows of its articles."""
    test = set(split()["test"])
    manifest = {r["id"]: r for r in json.loads((shared / "dev" / "manifest.json").read_text())}
    framings, quotations = [], []
    for aid in sorted(manifest):
        gold_file = gold_dir / f"{aid}.json"
        if aid in test or not gold_file.exists():
            continue
        folder = manifest[aid]["authority_folder"]
        text = (shared / "dev" / "articles" / f"{aid}.txt").read_text(encoding="utf-8")
        gold = json.loads(gold_file.read_text())["claims"]
        claims = [c for c in gold if c.get("kind") == "quote"]
        for c in claims:
            if f := framing(aid, folder, text, c, claims):
                framings.append(f)
            if q := quotation(aid, folder, text, c):
                quotations.append(q)
    return framings, quotations, manifest


def _squash(text: str) -> str:
    return re.sub(r"\W+", "", text.lower())


def _truth(quoted: str, framed: str, words: str, report_text: str) -> str | None:
    if framed == "council":
        return "not_checkable"
    if quoted == "inspectors":
        return "supported"
    return None if _squash(words) in _squash(report_text) else "misattributed"


def derive(
    article: str,
    quotations: list[Quotation],
    framings: list[Framing],
    manifest_row: dict,
    report_text: str,
    form: str,
) -> Derived:
    """The ``form`` release (``matched``, ``crossed`` or ``again``) of ``article``'s
    quotations."""
    folder = manifest_row["authority_folder"]
    title = folder.split("_", 1)[1].title()
    paras = [f"{title} children's services: Ofsted publishes its report"]
    items = []
    for i, q in enumerate(quotations):
        role = q.role if form != "crossed" else next(r for r in ROLES if r != q.role)
        truth = _truth(q.role, role, q.words, report_text)
        pool = [
            f
            for f in framings
            if f.role == role
            and f.folder != folder
            and not (truth == "misattributed" and f.a_person)
        ]
        if not pool or truth is None:
            continue
        at = pick(f"{form}:{article}:{i}", len(pool))
        if form == "again" and pool[at] is pool[pick(f"matched:{article}:{i}", len(pool))]:
            at = (at + 1) % len(pool)
        f = pool[at]
        paras.append(f.put(q.words))
        items.append(Item(q.words, q.role, f.article, role, truth, form))
    text = "\n\n".join(paras) + "\n"
    kept = tuple(i for i in items if text.count(i.locator) == 1)
    return Derived(f"{article}_{form}", folder, manifest_row["report"], text, kept)
