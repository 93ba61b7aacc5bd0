"""The subject of a verb: who speaks when the words before a quotation end on a
reporting verb.

The speaker is the verb's subject, not a body named in an opening phrase ("Welcoming the
Ofsted report, Cllr Lee said"), an aside in parentheses or commas, or a relative clause
about them; a relative 'who' is read as its antecedent. Also: Ofsted, its report, the
council or councillors opening a sentence as its subject, and an inspectors' subject cut to
its noun phrase.
"""

from __future__ import annotations

import re

from verify.extract.attribution.cues import _PRONOUN, _Cue
from verify.words.clauses import Break, clause_start, without_conjunction
from verify.words.speakers import (
    COUNCIL_SUBJECT,
    INSPECTION_DOCUMENTS,
    INSPECTORS_SUBJECT,
    OFSTED_NAMES,
    OFSTED_NOUNS,
    OFSTED_OFFICIAL,
    REPORTING_VERB,
    names_person,
    role_of,
)

OPENING_ADVERBIAL = re.compile(
    r"^(?:(?:despite|meanwhile|however|but|and|also|in|following|after|as|today|on|during|"
    r"since|with|overall|now|indeed|further|additionally|speaking|commenting|asked|pressed|"
    r"(?!(?:every|some|no|any)thing\b)[a-z]{3,}ing)\b[^,]*,\s*)+",
    re.I,
)
"""Opening phrases before a sentence's subject ("As a result, they ...", "Welcoming the
Ofsted report, Cllr Lee said", "Asked about the findings, the leader told ..."): a body
named in them is not the speaker."""
_CLOSING_MARK = re.compile(r"[”\"]")

_WHO_NAMED = re.compile(r"(?P<np>.+?),?\s+who$", re.I)
"""A subject that is a relative 'who' ("Inspectors met Cllr Lee, who said ..."): its
antecedent comes just before it."""
_NAMED_AT_END = re.compile(
    r"(?:\b(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?<!\S)[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*$"
)
"""A name (with its title) ending the words before a relative 'who'."""
_RELATIVE_SUBJECT = re.compile(r"\b(?:what|which)\s+(?P<subject>\S.*)$", re.I)
"""A relative clause's own subject before its verb ("…, in what the borough's mayor
called “…”", "…, which inspectors described as “…”"): the speaker is that subject, not
the main clause's."""

_OBJECT_AT_END = re.compile(
    r"\b(?:to|with|from|by|met|meets|visited|interviewed|heard|and)\s+"
    r"(?P<np>(?:[\w’'-]+\s+){0,3}[\w’'-]+)$",
    re.I,
)
"""The object ending the words before a relative 'who' ("… spoke to young people")."""
_CONJUNCTION = re.compile(r"^(?:but|and|yet|so|then|also)\b\s*", re.I)
_NOT_A_SUBJECT = re.compile(r"^(?:with|for|to|of|in|on|at|by|from|into|that|which)\b", re.I)

_INSPECTORS_NP = re.compile(
    r"\b(?:(?:the|this|their) )?(?:(?:inspectors(?:’|')?|ofsted(?:(?:’|')s)?|inspection|focused|"
    rf"monitoring) )*(?:{OFSTED_NAMES}|{OFSTED_NOUNS}|{INSPECTION_DOCUMENTS})\b",
    re.I,
)


def _opening_subject(words: str, offset: int) -> _Cue | None:
    """Ofsted, its report or the council opening a sentence as its subject, or councillors
    ("Councillors discussed the findings. They said …": theirs, not the last speaker's)."""
    families = ((INSPECTORS_SUBJECT, "inspectors"), (COUNCIL_SUBJECT, "council"))
    for subject, role in (*families, (_COUNCILLORS_SUBJECT, "council")):
        if m := subject.match(words):
            named = m.group().strip()
            start = offset + words.find(named)
            return _Cue(named, role, start, start + len(named))
    return None


_COUNCILLORS_SUBJECT = re.compile(
    r"^(?:(?:the|our|local|senior|opposition|ward|cabinet)\s+){0,2}"
    r"(?:councillors|council members|cabinet members|elected members)\b",
    re.I,
)
"""Councillors opening a sentence as its subject: the council's own people."""


def _subject_clause(lead: str) -> str:
    """The clause of ``lead`` (the words before a reporting verb) its subject stands in:
    asides in parentheses left out, after the last closing quote mark, the last clause
    without its conjunction, or with the clause before when it is a relative one
    ("Inspectors met Cllr Lee, who")."""
    head = _CLOSING_MARK.split(_ASIDE.sub(_blank, lead))[-1]
    return without_conjunction(head[clause_start(head, len(head), Break.JOIN) :])


_ASIDE = re.compile(r"\([^()]*\)")
"""Words in parentheses, a quotation in them too ("The report (which runs to 70 pages)
says", "described the response (“…”) and said"): an aside, never the subject of the verb
after it."""


def _blank(m: re.Match[str]) -> str:
    """The matched words as spaces, so offsets into the words around them hold."""
    return " " * len(m.group())


_TRAILING_ADVERB = re.compile(
    r"\s+(?:also|then|later|further|particularly|have|has|had|did|does|do)$"
)
"""An adverb or auxiliary ending a subject region ("The inspectors also"), not the subject's."""


_PARTICIPLE_ASIDE = re.compile(
    r",\s+(?:[a-z]+ed|written|done|made|seen|given|taken|drawn|shown|known)\b[^,]*,?\s*$"
)
"""A participle phrase set off by commas after a subject ("The council’s self-assessment,
written before the inspection, had described"): about the subject, never the speaker."""


def _subject(region: str) -> str:
    """The subject of the verb ``region`` ends before: its opening phrases, a participle
    aside, trailing adverbs and conjunction dropped, a relative 'who' read as its
    antecedent, a relative clause's own subject taken ("…, in what the mayor called"),
    not one set off by commas: "Jo Smith, of a charity, which gave evidence to
    inspectors, said" is Jo Smith speaking ('which' is the clause's subject)."""
    aside = region.rstrip().endswith(",")
    region = _PARTICIPLE_ASIDE.sub("", _TRAILING_ADVERB.sub("", region.rstrip())) or region
    subject = OPENING_ADVERBIAL.sub("", region).strip(" ,;:\t—–-")
    subject = _IN_THE_REPORT.sub("", subject)
    subject = _TRAILING_ADVERB.sub("", subject)
    subject = _CONJUNCTION.sub("", subject)  # "… but warned": the subject went before
    relative = _RELATIVE_SUBJECT.search(subject)
    if relative and not aside and _own_subject(relative.group("subject")):
        return relative.group("subject")
    return _antecedent(subject)


_IN_THE_REPORT = re.compile(
    rf"^(?:in|within)\s+(?:its|their|the|this|his|her)\s+(?:[\w’'-]+\s+){{0,2}}?"
    rf"(?:{INSPECTION_DOCUMENTS})\s+(?=(?:he|she|they|it|the\s+(?:{OFSTED_NOUNS})|{OFSTED_NAMES})\b)",
    re.I,
)
"""The report or inspection named as where the words stand, before the subject with no
comma ("In their report they said: “…”", "In its report the watchdog said"): not the
subject (was read as one, a prepositional phrase, so the quotation had no speaker)."""


def _own_subject(words: str) -> bool:
    """True when a relative clause's words before its verb are a speaker of their own (a
    pronoun too: "…, which it said needs a “…”" is the report speaking, not the noun the
    clause is about): no verb of saying among them, the clause not closed by a comma."""
    return (
        not REPORTING_VERB.search(words)
        and not words.rstrip().endswith(",")
        and (role_of(words) != "unattributed" or bool(_PRONOUN.match(words.strip())))
    )


def _antecedent(subject: str) -> str:
    """For a relative subject ("Inspectors met Cllr Lee, who"), the name it stands for,
    when the name is the object of the words before it, not in apposition ("The lead
    inspector, Jo Park, who" stays whole), or the people it stands for after a verb or
    preposition ("Inspectors spoke to young people, who"); else ``subject``."""
    who = _WHO_NAMED.search(subject)
    if who is None:
        return subject
    name = _NAMED_AT_END.search(who.group("np"))
    if name is None:
        objects = _OBJECT_AT_END.search(who.group("np"))  # "spoke to young people, who"
        return objects.group("np").strip() if objects else subject
    if who.group("np")[: name.start()].rstrip().endswith(","):
        return subject
    return name.group().strip()


def _subject_cue(lead: str, offset: int, subject: str) -> _Cue:
    """A cue for ``subject`` as found in ``lead``; an inspectors' subject is cut to its
    noun phrase ("In their report inspectors" -> "inspectors") unless it names the
    inspector ("lead inspector Matt Reed", named again later as "Mr Reed")."""
    role = role_of(subject)
    if (
        role == "inspectors"
        and _INSPECTORS_NP.search(subject)
        and not names_person(f" {subject}")
        and not OFSTED_OFFICIAL.search(subject)
    ):
        subject = _INSPECTORS_NP.findall(subject)[-1]
    start = offset + lead.rfind(subject) if subject in lead else None
    end = start + len(subject) if start is not None else None
    return _Cue(subject, role, start, end)
